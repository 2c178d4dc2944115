// Where the evaluations of every request go besides the SendResult: the test run's recorder
// (harness/replay/vitest-setup.ts installs one in each vitest worker, so that every evaluation a
// team's tests perform is replayed through the emitted C# at the end of the run). The sink lives
// on a global symbol, not in this module's state, so that a test importing the harness through a
// different path (the package vs. a relative import) still reaches the same recorder.
import type { EvaluationRecord } from "./records.ts";
import { translatorOverridden } from "./translation-check.ts";

/** Receives the evaluations of one finished request. */
export type EvaluationSink = (evaluations: readonly EvaluationRecord[]) => void;

const SINK = Symbol.for("apim-ts.evaluation-sink");
const slot = globalThis as { [SINK]?: EvaluationSink };

/** Installs (or with undefined removes) the process-wide sink. */
export function setEvaluationSink(sink: EvaluationSink | undefined): void {
  slot[SINK] = sink;
}

/** The process-wide sink, for code that installs its own for a while and puts this one back. */
export function evaluationSink(): EvaluationSink | undefined {
  return slot[SINK];
}

/**
 * Hands a request's evaluations to the sink. Not while a test has replaced the translator
 * (setTranslatorForHarness): the C# of those evaluations is the test's, not what `build` emits.
 */
export function notifyEvaluations(evaluations: readonly EvaluationRecord[]): void {
  const sink = slot[SINK];
  if (sink && evaluations.length > 0 && !translatorOverridden()) sink(evaluations);
}
