// Guid.NewGuid() in the replay: the harness's Guid.NewGuid() is a seeded sequence (issue 13 item
// 5: "the harness takes a seed ... so tests are deterministic; the C# replay feeds the recorded
// values"), so before compiling the cross-check program, `Guid.NewGuid` (also spelled
// `System.Guid...` or `global::System.Guid...`) is rewritten to the model's `Uuid.NewGuid`
// (harness/crosscheck/model/replay-guids.cs), which returns the GUIDs the evaluation recorded
// (ContextDescription.guids). As the virtual clock (clock-rewrite.ts): the token `Guid` becomes
// `Uuid` (same length) and a `System.` qualifier becomes spaces, so compiler diagnostics keep
// their line and column; literals and comments are untouched. Only the cross-check program is
// rewritten: the C# emitted to dist-policies still calls System.Guid.NewGuid().
import { rewriteTypeToken } from "./token-rewrite.ts";

const newGuid = /(?<![\w.@])((?:global\s*::\s*)?System\s*\.\s*)?\bGuid(\s*\.\s*)NewGuid\b/g;

/** Rewrites Guid.NewGuid to the replayed sequence; the result has the same length and line breaks. */
export function rewriteGuids(code: string): string {
  return rewriteTypeToken(code, newGuid, "Uuid");
}

/** The spelling the author wrote, for messages that mention the model's replayed GUIDs. */
export function unrewriteGuidNames(message: string): string {
  return message.replace(/\bApimModel\.Uuid\b/g, "System.Guid").replace(/\bUuid\b/g, "Guid");
}
