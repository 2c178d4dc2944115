// Property tests of the C# printer's literals, read back by a reader written from the C#
// specification (csharp-literals.ts, independent of the printer): every character class in a
// string, char and interpolated literal reads back as the value printed; the literal stays on one
// line and shows every invisible character as an escape; `{{` never reaches the text (APIM
// substitutes `{{name}}` named values in the policy before compiling, string literals included:
// Microsoft, "Use named values in Azure API Management policies", section "Use a named value").
// These run without mono: the C# side of the same values is string-literals.property.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printExpression, stringLiteral } from "../../src/csharp-syntax/printer.ts";
import type { CsExpression } from "../../src/csharp-syntax/syntax.ts";
import { readCharLiteral, readInterpolated, readStringLiteral } from "./csharp-literals.ts";

/** Random samples; fewer under mutation testing (mutation/README.md). */
const RUNS = process.env.MUTATE_AREA ? 300 : 3000;

/** Characters a reader sees as themselves: printed unescaped, so the C# stays readable. */
const READABLE = {
  letters: ["a", "Z", "0", " ", "'", "$", "@", "<", "&", "~"],
  bmp: ["é", "ß", "中", "Ω", "€", "\u00FF", "\uFFFD"],
  astral: ["😀", "\u{10000}", "\u{1D11E}", "\u{10FFFF}"],
};
/** Characters that need an escape or a hole. */
const SPECIAL = {
  quotesAndBackslash: ['"', "\\", "\\n", '\\"'],
  braces: ["{", "}", "{{", "}}", "{{x}}", "{{{", "}{"],
  whitespace: ["\t", "\n", "\r", "\r\n", "\v", "\f"],
  c0Controls: ["\0", "\u0001", "\u0007", "\b", "\u001B", "\u001F", "\u007F"],
  c1: ["\u0080", "\u0085", "\u009F"],
  /** Spaces other than U+0020, format characters, fillers, variation selectors, separators. */
  invisible: [
    "\u00A0",
    "\u00AD",
    "\u034F",
    "\u061C",
    "\u115F",
    "\u1680",
    "\u17B4",
    "\u180E",
    "\u2000",
    "\u200B",
    "\u200D",
    "\u200F",
    "\u2028",
    "\u2029",
    "\u202E",
    "\u205F",
    "\u2060",
    "\u3000",
    "\u3164",
    "\uFE0F",
    "\uFEFF",
    "\uFFA0",
    "\uFFF9",
  ],
  loneSurrogates: ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800"],
};
const CLASSES: Record<string, string[]> = { ...READABLE, ...SPECIAL };
const ALL = Object.values(CLASSES).flat();

/** Nothing a reader cannot see, and no line break: controls, separators, formats, lone surrogates. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|\p{Cs}/u;
const codeUnits = (s: string) => [...s].map((c) => c.length);

function checkString(value: string): string {
  const text = stringLiteral(value);
  expect(readStringLiteral(text), JSON.stringify(text)).toBe(value);
  expect(text, "a visible, one-line literal").not.toMatch(UNSEEN);
  expect(text, "no named-value token").not.toContain("{{");
  expect(printExpression({ kind: "string", value }), "the string node prints the same").toBe(text);
  return text;
}

describe("C# string literals (C# spec §6.4.5.6)", () => {
  for (const [name, members] of Object.entries(CLASSES))
    it(`reads back every member of the class '${name}', alone and between letters`, () => {
      for (const member of members) {
        checkString(member);
        checkString(`a${member}b`);
        checkString(`${member}${member}`);
      }
    });

  it("writes readable characters as themselves, escapes the rest", () => {
    for (const member of Object.values(READABLE).flat())
      expect(stringLiteral(`x${member}y`)).toBe(`"x${member}y"`);
    // An astral character is one character, kept as its surrogate pair, never \uD83D\uDE00.
    expect(codeUnits(stringLiteral("😀"))).toEqual([1, 2, 1]);
    expect(stringLiteral('"\\\n\r\t\0')).toBe('"\\"\\\\\\n\\r\\t\\0"');
    for (const member of [...SPECIAL.c0Controls, ...SPECIAL.c1, ...SPECIAL.invisible])
      if (member !== "\0")
        expect(stringLiteral(member), JSON.stringify(member)).toMatch(/^"\\u[0-9A-F]{4}"$/);
    expect(stringLiteral("\uD800x")).toBe('"\\uD800x"');
    expect(stringLiteral("x\uDC00")).toBe('"x\\uDC00"');
  });

  it("breaks every {{ of the value, and only there", () => {
    expect(stringLiteral("{{x}}")).toBe('"\\u007B{x}}"');
    expect(stringLiteral("{x}")).toBe('"{x}"');
    expect(stringLiteral("a{")).toBe('"a{"');
    expect(stringLiteral("{{{")).toBe('"\\u007B\\u007B{"');
  });

  it(`reads back ${RUNS} seeded strings mixing every class`, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALL), { maxLength: 8 }), (parts) => {
        checkString(parts.join(""));
      }),
      { seed: 20261201, numRuns: RUNS },
    );
  });
});

describe("C# char literals (C# spec §6.4.5.5)", () => {
  it("reads back every single code unit of every class", () => {
    for (const member of ALL)
      for (const unit of member.split("")) {
        const text = printExpression({ kind: "char", value: unit });
        expect(readCharLiteral(text), JSON.stringify(text)).toBe(unit);
        expect(text).not.toMatch(UNSEEN);
      }
  });

  it("escapes the single quote and leaves the double quote as it is", () => {
    expect(printExpression({ kind: "char", value: "'" })).toBe("'\\''");
    expect(printExpression({ kind: "char", value: '"' })).toBe("'\"'");
    expect(printExpression({ kind: "char", value: "\\" })).toBe("'\\\\'");
    expect(printExpression({ kind: "char", value: "\n" })).toBe("'\\n'");
  });
});

describe("C# interpolated strings (C# spec §12.8.3)", () => {
  const name: CsExpression = { kind: "identifier", name: "n" };
  const read = (parts: (string | CsExpression)[]) => {
    const text = printExpression({ kind: "interpolated", parts });
    expect(text, "no named-value token").not.toMatch(/\{\{|\}\}/);
    expect(text).not.toMatch(UNSEEN);
    return readInterpolated(text, { n: "N" });
  };

  it("reads back every class as literal text around a hole", () => {
    for (const member of ALL) {
      expect(read([member]), JSON.stringify(member)).toBe(member);
      expect(read([`a${member}`, name, `${member}b`])).toBe(`a${member}N${member}b`);
    }
  });

  it("writes each literal brace as a hole holding it, since {{ would be a named value", () => {
    expect(printExpression({ kind: "interpolated", parts: ["{", name, "}"] })).toBe(
      '$"{"{"}{n}{"}"}"',
    );
    expect(printExpression({ kind: "interpolated", parts: ["a{b}c"] })).toBe('$"a{"{"}b{"}"}c"');
  });

  it(`reads back ${RUNS} seeded mixes of text and holes`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...ALL), fc.constant(name)), { maxLength: 6 }),
        (parts) => {
          const expected = parts.map((p) => (typeof p === "string" ? p : "N")).join("");
          expect(read(parts)).toBe(expected);
        },
      ),
      { seed: 20261202, numRuns: RUNS },
    );
  });
});
