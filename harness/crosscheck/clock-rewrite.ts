// The virtual clock: before compiling, `DateTime.Now`, `DateTime.UtcNow`, `DateTime.Today` (also
// spelled `System.DateTime...` or `global::System.DateTime...`) and `DateTimeOffset.Now/UtcNow`
// in an expression are rewritten to the model's `ApimTime` / `ApimTimeOffset`
// (harness/crosscheck/model/extensions.cs), which read the case's instant and the gateway time
// zone. The token `DateTime` becomes `ApimTime` (same length) and a `System.` qualifier becomes
// spaces, so compiler diagnostics keep their line and column. Literals and comments are untouched.
import { maskNonCode } from "./code-mask.ts";

const clockRead =
  /(?<![\w.@])((?:global\s*::\s*)?System\s*\.\s*)?\b(DateTime|DateTimeOffset)(\s*\.\s*)(Now|UtcNow|Today)\b/g;

/** Rewrites clock reads to the virtual clock; the result has the same length and line breaks. */
export function rewriteClock(code: string): string {
  const masked = maskNonCode(code);
  const out = code.split("");
  for (const match of masked.matchAll(clockRead)) {
    const [, qualifier = "", type, , member] = match;
    if (type === "DateTimeOffset" && member === "Today") continue; // not a member; let mcs say so
    const start = match.index;
    for (let i = start; i < start + qualifier.length; i++) if (out[i] !== "\n") out[i] = " ";
    const typeStart = start + qualifier.length;
    const replacement = type === "DateTime" ? "ApimTime" : "ApimTimeOffset";
    for (let i = 0; i < replacement.length; i++) out[typeStart + i] = replacement[i]!;
  }
  return out.join("");
}

/** The spelling the author wrote, for messages that mention the model's clock types. */
export function unrewriteClockNames(message: string): string {
  return message
    .replace(/\bApimTimeOffset\b/g, "DateTimeOffset")
    .replace(/\bApimTime\b/g, "DateTime");
}
