// Runs a batch of snippets both ways: one TypeScript program (snippet-program.ts), the translator
// on each snippet, every case in JavaScript through the harness's .NET runtime, and every case in
// C# with ONE mcs compile and ONE mono run for the whole batch; then the normaliser compares.
// A snippet with any diagnostic (TypeScript's or the translator's) runs no cases: a comparison
// can never pass while the compiler complains.
import type { CsPolicyExpression, CsStatement } from "../../src/csharp-syntax/syntax.ts";
import { printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import { formatDiagnostic } from "../../src/diagnostics/diagnostic.ts";
import { sourceTagOf } from "../../src/model/source-tag.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import {
  translateFunction,
  type TranslateOptions,
  type TranslatedParameter,
} from "../../src/translate/translate-function.ts";
import { compileExpressions, type CSharpToolchain } from "../crosscheck/index.ts";
import type {
  CSharpCase,
  CSharpCaseResult,
  ContextDescription,
} from "../crosscheck/context-description.ts";
import { installDotnet } from "../dotnet/install.ts";
import { runInDotnetEnvironment } from "../dotnet/environment.ts";
import type { DateTimeValue } from "../dotnet/date-time.ts";
import { drawFields, newDrawLog, withDrawLog, type DrawLog } from "../dotnet/draw-log.ts";
import { argumentContext, argumentProblem, parameterPrologue } from "./arguments.ts";
import { createJavaScriptContext, instant } from "./js-context.ts";
import {
  canonicalCSharp,
  canonicalJavaScript,
  describeCanonical,
  divergence,
  type Canonical,
} from "./normalise.ts";
import { createSnippetModule } from "./snippet-program.ts";

/** The default virtual instant of argument-only cases (never the wall clock). */
export const DEFAULT_NOW = "2030-06-15T12:00:00Z";

export interface SnippetSpec {
  /** Unique in the batch; names the C# expression. */
  readonly id: string;
  /** A function: `(s: string) => ...` (arguments) or `(context: Context) => ...` (context). */
  readonly source: string;
  /** Argument lists, for snippets whose parameters are not `context`. */
  readonly inputs?: readonly (readonly unknown[])[];
  /** Contexts, for `(context) => ...` snippets; for argument snippets, the base of every case. */
  readonly contexts?: readonly ContextDescription[];
}

export interface CaseOutcome {
  readonly label: string;
  readonly javascript: Canonical;
  readonly csharp?: Canonical;
  readonly divergence?: string;
}

export interface SnippetResult {
  readonly id: string;
  readonly source: string;
  /** Formatted diagnostics: TypeScript's (TSnnnn) and the translator's (APIMnnnn). */
  readonly diagnostics: readonly string[];
  /** Codes of the translator's warnings (the translation still stands). */
  readonly warnings: readonly string[];
  readonly codes: readonly string[];
  /** The translator's errors, unformatted: what each refusal says and what it tells the user to write. */
  readonly refusals: readonly { code: string; message: string; hint?: string }[];
  /** The translation as printed (without the argument prologue). */
  readonly csharp?: string;
  readonly resultType?: string;
  /** Faults of the test or the harness (bad arguments, mcs errors in the emitted C#). */
  readonly problems: readonly string[];
  readonly cases: readonly CaseOutcome[];
}

export interface BatchOptions {
  /** Module-level declarations shared by the snippets (helpers, constants). */
  readonly declarations?: string;
  /** Passed to the translator (e.g. a deliberately wrong string mapping, to test the checker). */
  readonly translateOptions?: Omit<TranslateOptions, "parameters">;
  /** Without a toolchain only translation and JavaScript run (C# outcomes stay undefined). */
  readonly toolchain?: CSharpToolchain;
}

export interface BatchReport {
  readonly results: readonly SnippetResult[];
  readonly stats: {
    snippets: number;
    cases: number;
    divergences: number;
    /** Distinct outcomes summed over the snippets (a snippet's constant answer counts once). */
    distinctOutcomes: number;
    /** The fewest distinct outcomes of any snippet with two or more cases. */
    minDistinctOutcomes: number;
    compileMs: number;
    runMs: number;
    totalMs: number;
  };
}

interface Pending {
  spec: SnippetSpec;
  result: { -readonly [K in keyof SnippetResult]: SnippetResult[K] } & {
    problems: string[];
    cases: CaseOutcome[];
  };
  code?: string;
  cases: { label: string; context: ContextDescription; javascript: Canonical; traces: string[] }[];
}

/**
 * How many different outcomes (values or exceptions, in JavaScript) a snippet's cases gave. A
 * snippet whose cases all answer the same tests nothing its inputs vary: a tautology, or
 * generators that never reach the edges.
 */
export function distinctOutcomes(result: SnippetResult): number {
  return new Set(result.cases.map((c) => describeCanonical(c.javascript))).size;
}

function label(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Uint8Array) return `bytes[${Buffer.from(value).toString("base64")}]`;
  if (Array.isArray(value)) return `[${value.map(label).join(", ")}]`;
  if (value && typeof value === "object" && "Ticks" in value)
    return `${(value as { constructor: { name: string } }).constructor.name}(${String((value as { Ticks: bigint }).Ticks)})`;
  return String(value);
}

/**
 * Runs the JavaScript twin; `draws` is what its Guid.NewGuid() and Random.Next calls returned
 * (the C# side replays them: harness/crosscheck/guid-rewrite.ts, random-rewrite.ts).
 */
function runJavaScript(
  fn: Function,
  args: readonly unknown[],
  now: string,
  timeZone: string | undefined,
  instants: Map<string, DateTimeValue>,
): { outcome: Canonical; draws: DrawLog } {
  const draws = newDrawLog();
  // A batch has a handful of distinct instants; a DateTimeValue is immutable, so one serves all.
  let at = instants.get(now);
  if (at === undefined) instants.set(now, (at = instant(now)));
  // A fresh environment per case: each case's Guid and Random sequences start at 0, as in C#.
  const env = { instant: at, timeZone };
  // The canonical outcome of an exception is its .NET type and message, never its stack; a fifth
  // of the cases throw, and capturing each stack was the largest cost of a throwing case.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const value = runInDotnetEnvironment(env, () => withDrawLog(draws, () => fn(...args)));
    return { outcome: canonicalJavaScript({ value }), draws };
  } catch (error) {
    return { outcome: canonicalJavaScript({ error }), draws };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * Whether two runs wrote the same traces: their JSON texts are equal (a null message and an
 * undefined one print alike), compared message by message without printing the usual equal ones.
 */
function sameTraces(javascript: readonly unknown[], csharp: readonly unknown[]): boolean {
  const json = (message: unknown) => JSON.stringify(message) ?? "null";
  return (
    javascript.length === csharp.length &&
    javascript.every((message, n) => message === csharp[n] || json(message) === json(csharp[n]))
  );
}

/** The case's context with the GUIDs and random numbers the JavaScript drew, when it drew any. */
function withDraws(context: ContextDescription, draws: DrawLog): ContextDescription {
  const fields = drawFields(draws);
  return Object.keys(fields).length > 0 ? { ...context, ...fields } : context;
}

function withPrologue(expression: CsPolicyExpression, prologue: CsStatement[]): CsPolicyExpression {
  if (prologue.length === 0) return expression;
  const body: CsStatement[] =
    expression.kind === "single"
      ? [{ kind: "return", expression: expression.expression }]
      : [...expression.statements];
  return { kind: "block", statements: [...prologue, ...body] };
}

function prepare(
  spec: SnippetSpec,
  index: number,
  module: ReturnType<typeof createSnippetModule>,
  options: BatchOptions,
  instants: Map<string, DateTimeValue>,
): Pending {
  const result: Pending["result"] = {
    id: spec.id,
    source: spec.source,
    diagnostics: [],
    warnings: [],
    codes: [],
    refusals: [],
    problems: [],
    cases: [],
  };
  const pending: Pending = { spec, result, cases: [] };
  const typeErrors = module.typeErrors[index]!;
  result.diagnostics = [...typeErrors];
  result.codes = typeErrors.map((message) => message.slice(0, message.indexOf(":")));
  const fn = module.functions[index];
  // A snippet may be a call that returns a function (a helper's product): follow its tag.
  const tag = sourceTagOf(fn);
  const node = findFunctionAt(
    module.program,
    tag?.file ?? module.file,
    tag?.start ?? module.ranges[index]!.start,
  );
  if (!fn || !node) {
    result.problems.push(module.loadError ?? "the snippet is not a function");
    return pending;
  }
  const isContext =
    node.parameters.length === 1 && node.parameters[0]!.name.getText() === "context";
  const translated = translateFunction(module.program, node, tag, {
    ...options.translateOptions,
    parameters: isContext ? "context" : "arguments",
  });
  // Warnings (APIM1022) do not stop a snippet; the DSL makes a test acknowledge each one.
  result.diagnostics = [
    ...result.diagnostics,
    ...translated.diagnostics.filter((d) => d.category === "error").map((d) => formatDiagnostic(d)),
  ];
  result.warnings = translated.diagnostics
    .filter((d) => d.category === "warning")
    .map((d) => d.code);
  result.codes = [...result.codes, ...translated.diagnostics.map((d) => d.code)];
  result.refusals = translated.diagnostics
    .filter((d) => d.category === "error")
    .map(({ code, message, hint }) => ({ code, message, hint }));
  result.resultType = translated.resultType;
  if (translated.expression) result.csharp = printPolicyExpression(translated.expression);
  if (result.diagnostics.length > 0 || !translated.expression) return pending;

  const parameters: readonly TranslatedParameter[] = translated.parameters;
  const prologue = isContext ? [] : parameterPrologue(parameters);
  if (typeof prologue === "string") {
    result.problems.push(prologue);
    return pending;
  }
  pending.code = printPolicyExpression(withPrologue(translated.expression, prologue));
  installDotnet();
  if (isContext) {
    for (const [n, context] of (spec.contexts ?? []).entries()) {
      const { context: jsContext, traces } = createJavaScriptContext(context);
      const { outcome, draws } = runJavaScript(
        fn,
        [jsContext],
        context.now,
        context.timeZone,
        instants,
      );
      pending.cases.push({
        label: `context #${n}`,
        context: withDraws(context, draws),
        javascript: outcome,
        traces,
      });
    }
  } else {
    const bases = spec.contexts?.length ? spec.contexts : [{ now: DEFAULT_NOW }];
    for (const base of bases) {
      for (const args of spec.inputs ?? []) {
        const problem = argumentProblem(parameters, args);
        if (problem) {
          result.problems.push(`(${args.map(label).join(", ")}): ${problem}`);
          continue;
        }
        const { outcome, draws } = runJavaScript(fn, args, base.now, base.timeZone, instants);
        pending.cases.push({
          label: `(${args.map(label).join(", ")})`,
          context: withDraws(argumentContext(parameters, args, base), draws),
          javascript: outcome,
          traces: [],
        });
      }
    }
  }
  return pending;
}

/** Runs the batch (see the module header). */
export async function runBatch(
  suite: string,
  specs: readonly SnippetSpec[],
  options: BatchOptions = {},
): Promise<BatchReport> {
  const started = performance.now();
  const module = createSnippetModule(
    suite,
    options.declarations ?? "",
    specs.map((spec) => spec.source.trim()),
  );
  const instants = new Map<string, DateTimeValue>();
  const pending = specs.map((spec, index) => prepare(spec, index, module, options, instants));
  const stats = {
    snippets: specs.length,
    cases: 0,
    divergences: 0,
    distinctOutcomes: 0,
    minDistinctOutcomes: Infinity,
    compileMs: 0,
    runMs: 0,
    totalMs: 0,
  };

  const toRun = pending.filter((p) => p.code !== undefined && p.cases.length > 0);
  if (options.toolchain && toRun.length > 0) {
    let batch = toRun;
    let compiled = await compileExpressions(
      batch.map((p) => ({ id: p.spec.id, code: p.code! })),
      { toolchain: options.toolchain },
    );
    stats.compileMs += compiled.timings.compileMs + compiled.timings.inspectMs;
    if (!compiled.ok) {
      // Report the expressions mcs (or the allow-list) refused, and compile the rest again.
      const failed = new Set(
        compiled.diagnostics.filter((d) => d.severity === "error").map((d) => d.id),
      );
      for (const p of batch) {
        const errors = compiled.diagnostics.filter(
          (d) => d.id === p.spec.id && d.severity === "error",
        );
        if (errors.length)
          p.result.problems.push(
            ...errors.map((d) => `C# ${d.code} ${d.line}:${d.column}: ${d.message}\n${p.code}`),
          );
      }
      batch = batch.filter((p) => !failed.has(p.spec.id));
      if (failed.size === 0)
        throw new Error(`C# compilation failed: ${JSON.stringify(compiled.diagnostics)}`);
      compiled = batch.length
        ? await compileExpressions(
            batch.map((p) => ({ id: p.spec.id, code: p.code! })),
            { toolchain: options.toolchain },
          )
        : compiled;
      stats.compileMs += compiled.timings.compileMs + compiled.timings.inspectMs;
      if (batch.length && !compiled.ok)
        throw new Error(
          `C# compilation failed twice: ${JSON.stringify(compiled.diagnostics.slice(0, 5))}`,
        );
    }
    if (batch.length && compiled.compiled) {
      const cases: CSharpCase[] = batch.flatMap((p) =>
        p.cases.map((c, n) => ({
          caseId: `${p.spec.id}#${n}`,
          expressionId: p.spec.id,
          context: c.context,
        })),
      );
      const runStarted = performance.now();
      const report = await compiled.compiled.runCases(cases);
      stats.runMs = performance.now() - runStarted;
      await compiled.compiled.dispose();
      // runCases answers in the order of `cases`: the n-th result is the n-th case's.
      let next = 0;
      for (const p of batch) {
        p.cases.forEach((c) => {
          const raw: CSharpCaseResult = report.results[next++]!;
          const csharp = canonicalCSharp(raw);
          const csharpTraces = "harnessError" in raw ? [] : (raw.traces ?? []);
          const why =
            divergence(c.javascript, csharp, raw, p.result.resultType) ??
            (sameTraces(c.traces, csharpTraces)
              ? undefined
              : `different traces: ${JSON.stringify(c.traces)} vs ${JSON.stringify(csharpTraces)}`);
          p.result.cases.push({
            label: c.label,
            javascript: c.javascript,
            csharp,
            divergence: why,
          });
        });
      }
    }
  }
  for (const p of pending) {
    if (p.result.cases.length === 0)
      p.result.cases.push(...p.cases.map((c) => ({ label: c.label, javascript: c.javascript })));
    stats.cases += p.result.cases.filter((c) => c.csharp).length;
    stats.divergences += p.result.cases.filter((c) => c.divergence).length;
    const distinct = distinctOutcomes(p.result);
    stats.distinctOutcomes += distinct;
    if (p.result.cases.length >= 2)
      stats.minDistinctOutcomes = Math.min(stats.minDistinctOutcomes, distinct);
  }
  stats.totalMs = performance.now() - started;
  return { results: pending.map((p) => p.result), stats };
}
