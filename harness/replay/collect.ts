// Gathers the evaluations of many `send` results into what one C# batch needs: each distinct
// expression once (its C# with the named values the gateway substituted: APIM compiles the text
// after substitution, so `{{validate-certificate-chain}}` true and false are two programs), and
// each distinct (expression, context state) once as a case. Dedupe matters: mono's X509Chain.Build
// costs 20-40 ms, and a scenario matrix repeats the same state on every tier with the same store.
import type { EvaluationRecord } from "../apim/records.ts";
import type { ContextDescription } from "../crosscheck/context-description.ts";
import type { Canonical } from "../conformance/normalise.ts";
import { policyOf, sourceOf } from "./report.ts";

/**
 * What the replay needs of an evaluation: a live EvaluationRecord, or one stored by a test run
 * (recording.ts), whose TypeScript outcome was put in canonical form before it was written.
 */
export type ReplayableRecord = Pick<
  EvaluationRecord,
  "csharp" | "resultType" | "slot" | "location" | "inputs" | "traces"
> & {
  readonly sourceTag: { readonly file: string; readonly start: number } | undefined;
} & ({ readonly outcome: EvaluationRecord["outcome"] } | { readonly canonical: Canonical });

/** One evaluation as it happened in one scenario. */
export interface Occurrence {
  /** The scenario's label, e.g. `validate-from-agw, Developer, C=true: Valid Client`. */
  readonly scenario: string;
  /** The policy the scenario ran (when the caller said), else the expression's file. */
  readonly policy: string | undefined;
  readonly record: ReplayableRecord;
}

/** One distinct C# program text: the emitted expression with its named values substituted. */
export interface ExpressionVariant {
  readonly id: string;
  /** As emitted (rawxml text), `{{names}}` unsubstituted. */
  readonly csharp: string;
  readonly namedValues: Readonly<Record<string, string>>;
  /** The policy and TypeScript source location of (the first evaluation of) the expression. */
  readonly policy: string;
  readonly source: string;
}

/** An expression of a policy that must compile even if no scenario evaluated it. */
export interface ExtraExpression {
  readonly csharp: string;
  readonly namedValues: Readonly<Record<string, string>>;
  readonly policy: string;
  readonly source: string;
}

/** One distinct case: a variant and the context state it ran against, with every occurrence. */
export interface ReplayCase {
  readonly caseId: string;
  readonly variant: ExpressionVariant;
  readonly context: ContextDescription;
  readonly occurrences: Occurrence[];
}

/** An evaluation the replay cannot reproduce, and why. */
export interface Unreplayable {
  readonly occurrence: Occurrence;
  readonly reasons: readonly string[];
}

export interface Collected {
  readonly variants: readonly ExpressionVariant[];
  readonly cases: readonly ReplayCase[];
  readonly unreplayable: readonly Unreplayable[];
  readonly evaluations: number;
}

/** Anything that carries evaluations: an APIM `SendResult` (or an Application Gateway result's `backend`). */
export interface HasEvaluations {
  readonly evaluations: readonly EvaluationRecord[];
}

/** Collects evaluations from scenario runs for one replay. */
export class ReplayRecorder {
  readonly #occurrences: Occurrence[] = [];

  /** Adds a result's evaluations; null/undefined (e.g. the gateway answered itself) adds nothing. */
  add(result: HasEvaluations | null | undefined, scenario: string, policy?: string): void {
    if (!result) return;
    for (const record of result.evaluations) this.#occurrences.push({ scenario, policy, record });
  }

  /** Adds single evaluations (e.g. read back from a test run's recordings). */
  addRecord(record: ReplayableRecord, scenario: string, policy?: string): void {
    this.#occurrences.push({ scenario, policy, record });
  }

  get evaluations(): number {
    return this.#occurrences.length;
  }

  /**
   * Groups the occurrences into variants and deduplicated cases; `extra` expressions whose C# no
   * scenario evaluated are added as variants without cases (compiled and allow-list checked only).
   */
  collect(extra: readonly ExtraExpression[] = []): Collected {
    const variants = new Map<string, ExpressionVariant>();
    const cases = new Map<string, ReplayCase>();
    const unreplayable: Unreplayable[] = [];
    for (const occurrence of this.#occurrences) {
      const { record } = occurrence;
      const reasons = [...record.inputs.limitations];
      if (record.csharp === undefined) reasons.push("the evaluation has no C# text");
      if (reasons.length > 0) {
        unreplayable.push({ occurrence, reasons });
        continue;
      }
      const namedValues = record.inputs.namedValues;
      const variantKey = `${record.csharp}\0${JSON.stringify(Object.entries(namedValues).sort())}`;
      let variant = variants.get(variantKey);
      if (!variant) {
        variant = {
          id: `e${variants.size + 1}`,
          csharp: record.csharp!,
          namedValues,
          policy: policyOf(occurrence),
          source: sourceOf(occurrence),
        };
        variants.set(variantKey, variant);
      }
      const context = record.inputs.context;
      const caseKey = `${variant.id}\0${JSON.stringify(context)}`;
      let found = cases.get(caseKey);
      if (!found) {
        found = { caseId: `c${cases.size + 1}`, variant, context, occurrences: [] };
        cases.set(caseKey, found);
      }
      found.occurrences.push(occurrence);
    }
    const evaluated = new Set([...variants.values()].map((variant) => variant.csharp));
    for (const expression of extra) {
      if (evaluated.has(expression.csharp)) continue;
      evaluated.add(expression.csharp);
      const key = `${expression.csharp}\0${JSON.stringify(Object.entries(expression.namedValues).sort())}`;
      variants.set(key, { id: `e${variants.size + 1}`, ...expression });
    }
    return {
      variants: [...variants.values()],
      cases: [...cases.values()],
      unreplayable,
      evaluations: this.#occurrences.length,
    };
  }
}
