// The translator's conformance harness: snippets compiled in one TypeScript program, translated,
// run in JavaScript (harness/dotnet) and in C# (harness/crosscheck, one batch), compared by one
// normaliser. See dsl.ts for the vitest API and normalise.ts for what counts as the same.
export {
  describeConformance,
  ConformanceSuite,
  SnippetBuilder,
  divergences,
  MIN_DISTINCT_OUTCOMES,
} from "./dsl.ts";
export {
  runBatch,
  distinctOutcomes,
  DEFAULT_NOW,
  type SnippetSpec,
  type SnippetResult,
  type BatchReport,
  type BatchOptions,
  type CaseOutcome,
} from "./engine.ts";
export {
  canonicalJavaScript,
  canonicalCSharp,
  divergence,
  describeCanonical,
  type Canonical,
} from "./normalise.ts";
export { createJavaScriptContext, instant } from "./js-context.ts";
export { PRELUDE } from "./snippet-program.ts";
