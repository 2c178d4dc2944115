// The shared step of the replay rewrites (guid-rewrite.ts, random-rewrite.ts): where `pattern`
// matches in the code (literals and comments masked), an optional `System.` qualifier (group 1)
// becomes spaces and the type token after it is overwritten by a model type of the same length,
// so compiler diagnostics keep their line and column.
import { maskNonCode } from "./code-mask.ts";

/** Overwrites each match's type token with `replacement`; same length and line breaks. */
export function rewriteTypeToken(code: string, pattern: RegExp, replacement: string): string {
  const masked = maskNonCode(code);
  const out = code.split("");
  for (const match of masked.matchAll(pattern)) {
    const qualifier = match[1] ?? "";
    const start = match.index;
    for (let i = start; i < start + qualifier.length; i++) if (out[i] !== "\n") out[i] = " ";
    const typeStart = start + qualifier.length;
    for (let i = 0; i < replacement.length; i++) out[typeStart + i] = replacement[i]!;
  }
  return out.join("");
}
