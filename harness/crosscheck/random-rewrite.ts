// System.Random in the replay: the harness's Random is a seeded sequence (harness/dotnet/random.ts)
// and each evaluation records what its Next calls returned (ContextDescription.randoms). Before
// compiling the cross-check program, the type token `Random` (also `System.Random`,
// `global::System.Random`; in `new Random()` and in declarations alike) becomes the model's
// `Chance` (model/replay-randoms.cs, same length: diagnostics keep their line and column), whose
// Next overloads return the recorded values after checking the C# drew from the same range.
// Only the cross-check program is rewritten: the C# emitted to dist-policies uses System.Random.
import { rewriteTypeToken } from "./token-rewrite.ts";

const randomType = /(?<![\w.@])((?:global\s*::\s*)?System\s*\.\s*)?\bRandom\b/g;

/** Rewrites System.Random to the replaying model type; same length and line breaks. */
export function rewriteRandoms(code: string): string {
  return rewriteTypeToken(code, randomType, "Chance");
}

/** The spelling the author wrote, for messages that mention the model's replaying type. */
export function unrewriteRandomNames(message: string): string {
  return message
    .replace(/\bApimModel\.Chance\b/g, "System.Random")
    .replace(/\bChance\b/g, "Random");
}
