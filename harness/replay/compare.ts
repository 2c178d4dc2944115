// Compares one recorded TypeScript outcome with the C# runner's outcome for the same inputs.
// There is ONE normaliser: harness/conformance/normalise.ts (byte[] vs Uint8Array, DateTime by
// ticks + Kind, TimeSpan ticks, Guid text, exceptions by .NET type, the translator's announced
// type). This module only adapts the harness's evaluation record to it, plus traces:
//
// - a recorded exception goes through the normaliser as the error object the expression threw;
//   where the normaliser has no rule (a JavaScript error that is not a .NET exception), the
//   harness's own claim about it (records.ts ExpressionException.type, what LastError reported)
//   is compared instead: a harness that maps an error to the wrong .NET type diverges;
// - messages written with context.Trace must be the same, in order.
import type { ReplayableRecord } from "./collect.ts";
import type { CSharpCaseResult } from "../crosscheck/context-description.ts";
import {
  canonicalCSharp,
  canonicalJavaScript,
  divergence,
  type Canonical,
} from "../conformance/normalise.ts";

/** The canonical form of what the TypeScript expression did in the harness. */
export function canonicalRecorded(record: ReplayableRecord): Canonical {
  if ("canonical" in record) return record.canonical;
  const outcome = record.outcome;
  if ("value" in outcome) return canonicalJavaScript({ value: outcome.value });
  const canonical = canonicalJavaScript({ error: outcome.exception.error });
  if (canonical.kind !== "unknown") return canonical;
  return { kind: "exception", type: outcome.exception.type, message: outcome.exception.message };
}

export interface Comparison {
  readonly typescript: Canonical;
  readonly csharp: Canonical;
  /** Why they differ; undefined when they agree. */
  readonly reason: string | undefined;
}

/** Compares a record with the C# result of its case. */
export function compareOutcome(record: ReplayableRecord, result: CSharpCaseResult): Comparison {
  const typescript = canonicalRecorded(record);
  const csharp = canonicalCSharp(result);
  let reason = divergence(typescript, csharp, result, record.resultType);
  if (reason === undefined) {
    const csharpTraces = "harnessError" in result ? [] : (result.traces ?? []);
    if (JSON.stringify(record.traces) !== JSON.stringify(csharpTraces))
      reason = `different context.Trace messages: ${JSON.stringify(record.traces)} vs ${JSON.stringify(csharpTraces)}`;
  }
  return { typescript, csharp, reason };
}
