// What C# reads from the text between the quotes of a regular string literal `"..."`, or why it
// would not compile. The harness reads a named value with it (APIM pastes the text into the
// expression's C# `"{{name}}"` before compiling it: harness/apim/named-value-reading.ts) and
// `apim-ts import` the escapes of the literals it reads (src/import/csharp-literals.ts).
//
// The rules are the C# specification's "String literals" (lexical structure, §6.4.5.6):
//   regular_string_literal_character: single_regular_string_literal_character
//     | simple_escape_sequence | hexadecimal_escape_sequence | unicode_escape_sequence
//   single_regular_string_literal_character: anything but ", \ and new_line_character
//   new_line_character: U+000D, U+000A, U+0085, U+2028, U+2029
//   simple_escape_sequence: \' \" \\ \0 \a \b \f \n \r \t \v
//   hexadecimal_escape_sequence: \x followed by 1 to 4 hex digits (as many as there are)
//   unicode_escape_sequence: \u and 4 hex digits, or \U and 8 (at most 10FFFF; a pair above FFFF)
// Anything else after a backslash is error CS1009 "Unrecognized escape sequence". mono's mcs
// (the cross-check's compiler) agrees except that it lets U+0085 through; the specification and
// Roslyn treat it as a line break, so it is refused here.

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  "\\": "\\",
  "0": "\0",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

const NEW_LINE = /[\r\n\u0085\u2028\u2029]/;

/** Why the text cannot sit between the quotes of a C# string literal. */
export type StringLiteralProblem =
  | { readonly kind: "quote"; readonly index: number }
  | { readonly kind: "line-break"; readonly index: number; readonly character: string }
  | { readonly kind: "escape"; readonly index: number; readonly sequence: string }
  | { readonly kind: "trailing-backslash"; readonly index: number };

export type StringLiteralReading =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: StringLiteralProblem };

function hexDigits(text: string, from: number, max: number): string {
  let end = from;
  while (end < text.length && end - from < max && /[0-9A-Fa-f]/.test(text[end]!)) end++;
  return text.slice(from, end);
}

/**
 * Reads `text` as the contents of the regular literal `"text"` (or, with `'` as the delimiter,
 * of the character literal `'text'`, which has the same escapes).
 */
export function readRegularStringLiteral(
  text: string,
  delimiter: '"' | "'" = '"',
): StringLiteralReading {
  let value = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === delimiter) return { ok: false, problem: { kind: "quote", index: i } };
    if (NEW_LINE.test(c))
      return { ok: false, problem: { kind: "line-break", index: i, character: c } };
    if (c !== "\\") {
      value += c;
      i++;
      continue;
    }
    // A backslash as the last character escapes the closing quote: the literal never ends.
    if (i + 1 === text.length)
      return { ok: false, problem: { kind: "trailing-backslash", index: i } };
    const next = text[i + 1]!;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 2;
      continue;
    }
    const escape = (length: number) => ({
      ok: false as const,
      problem: { kind: "escape" as const, index: i, sequence: text.slice(i, i + length) },
    });
    if (next === "x") {
      const digits = hexDigits(text, i + 2, 4);
      if (digits.length === 0) return escape(2);
      value += String.fromCharCode(parseInt(digits, 16));
      i += 2 + digits.length;
      continue;
    }
    if (next === "u" || next === "U") {
      const length = next === "u" ? 4 : 8;
      const digits = hexDigits(text, i + 2, length);
      const code = parseInt(digits, 16);
      if (digits.length !== length || code > 0x10ffff) return escape(2 + digits.length);
      value += String.fromCodePoint(code);
      i += 2 + length;
      continue;
    }
    return escape(2);
  }
  return { ok: true, value };
}

/**
 * Reads `text` as the contents of the verbatim literal `@"text"` (specification, "String
 * literals": every character stands for itself, line breaks included, except `""`, one quote).
 */
export function readVerbatimStringLiteral(text: string): StringLiteralReading {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] !== '"') return { ok: false, problem: { kind: "quote", index: i } };
    i++;
  }
  return { ok: true, value: text.replaceAll('""', '"') };
}
