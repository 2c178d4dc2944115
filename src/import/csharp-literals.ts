// The values of C# string and character literals (C# spec, "Lexical structure", string and
// character literals): regular literals with backslash escapes, verbatim literals `@"..."` where
// `""` is a quote. Used to write the same string in TypeScript and to compare two C# texts.
import type { CsNode } from "./csharp-parser.ts";

const SIMPLE: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  "\\": "\\",
  "0": "\0",
  a: "\u0007",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decodes C#'s backslash escapes (`\n`, `\u0041`, `\x41`, `\U0001F600`). */
export function unescapeCSharp(text: string): string {
  return text.replace(
    /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4}|.)/g,
    (_, escape: string) => {
      if (/^[uUx]/.test(escape) && escape.length > 1)
        return String.fromCodePoint(parseInt(escape.slice(1), 16));
      const simple = SIMPLE[escape];
      if (simple === undefined) throw new Error(`unknown C# escape '\\${escape}'`);
      return simple;
    },
  );
}

/** The value of a literal written as C# text (`"a\n"`, `@"a""b"`, `'x'`). */
export function literalTextValue(text: string): string {
  if (text.startsWith("@")) return text.slice(2, -1).replace(/""/g, '"');
  return unescapeCSharp(text.slice(1, -1));
}

/** The value of a string_literal, verbatim_string_literal, character_literal or escape_sequence node. */
export function stringLiteralValue(node: CsNode): string {
  if (node.type === "escape_sequence") return unescapeCSharp(node.text);
  return literalTextValue(node.text);
}
