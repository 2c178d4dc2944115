// The C# replay of recorded scenarios: collect the evaluations of `send` results, compile each
// distinct emitted expression once, run each distinct recorded context state once on mono, and
// compare the outcomes with the conformance suite's normaliser. See replay.ts.
export { ReplayRecorder } from "./collect.ts";
export type {
  ExpressionVariant,
  ExtraExpression,
  HasEvaluations,
  Occurrence,
  ReplayCase,
} from "./collect.ts";
export { documentExpressions } from "./document-expressions.ts";
export { runSeedScenario, seedScenarios, SEED_INSTANT } from "./seed-matrix.ts";
export type { SeedScenario } from "./seed-matrix.ts";
export { replayEvaluations, summaryLine } from "./replay.ts";
export type { ReplayOptions, ReplayReport, ReplayStats } from "./replay.ts";
export { formatDivergence, formatProblem, summariseInputs } from "./report.ts";
export type { Divergence, ReplayProblem } from "./report.ts";
export { canonicalRecorded, compareOutcome } from "./compare.ts";
export { sourceLocation } from "./source-location.ts";
