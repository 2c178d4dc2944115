// The values of C# string and character literals (C# spec, "Lexical structure", string and
// character literals): regular literals with backslash escapes, verbatim literals `@"..."` where
// `""` is a quote. Used to write the same string in TypeScript and to compare two C# texts.
import { readRegularStringLiteral } from "../csharp-syntax/string-literal-reading.ts";
import type { CsNode } from "./csharp-parser.ts";

/** Decodes C#'s backslash escapes (`\n`, `\u0041`, `\x41`, `\U0001F600`). */
export function unescapeCSharp(text: string, delimiter: '"' | "'" = '"'): string {
  const reading = readRegularStringLiteral(text, delimiter);
  if (!reading.ok) throw new Error(`not the text of a C# string literal: ${reading.problem.kind}`);
  return reading.value;
}

/** The value of a literal written as C# text (`"a\n"`, `@"a""b"`, `'x'`). */
export function literalTextValue(text: string): string {
  if (text.startsWith("@")) return text.slice(2, -1).replace(/""/g, '"');
  return unescapeCSharp(text.slice(1, -1), text.startsWith("'") ? "'" : '"');
}

/** The value of a string_literal, verbatim_string_literal, character_literal or escape_sequence node. */
export function stringLiteralValue(node: CsNode): string {
  if (node.type === "escape_sequence") return unescapeCSharp(node.text);
  return literalTextValue(node.text);
}
