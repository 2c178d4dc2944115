// The C# string literal reader (C# specification, "String literals"): what C# reads from the
// text between the quotes, or why it would not compile. mono agrees on every accepted text here
// (test/replay/named-values-replay.test.ts replays named values through it).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringLiteral } from "../../src/csharp-syntax/printer.ts";
import { readRegularStringLiteral } from "../../src/csharp-syntax/string-literal-reading.ts";

describe("readRegularStringLiteral", () => {
  it.each([
    ["plain {braces}", "plain {braces}"],
    [String.raw`\' \" \\ \0 \a \b \f \n \r \t \v`, "' \" \\ \0 \x07 \b \f \n \r \t \v"],
    [String.raw`\x41\x4g\x00411`, "A\x04gA1"],
    [String.raw`\u0041\uD800`, "A\uD800"],
    [String.raw`\U0001F600\U00000041`, "\u{1F600}A"],
    ["tab\there", "tab\there"],
  ])("reads %j", (text, value) => {
    expect(readRegularStringLiteral(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['a"b', { kind: "quote", index: 1 }],
    ["a\nb", { kind: "line-break", index: 1, character: "\n" }],
    ["a\rb", { kind: "line-break", index: 1, character: "\r" }],
    ["\u2028", { kind: "line-break", index: 0, character: "\u2028" }],
    ["a\u0085", { kind: "line-break", index: 1, character: "\u0085" }],
    ["ab\\", { kind: "trailing-backslash", index: 2 }],
    [String.raw`a\q`, { kind: "escape", index: 1, sequence: String.raw`\q` }],
    [String.raw`\xg`, { kind: "escape", index: 0, sequence: String.raw`\x` }],
    [String.raw`\u12g4`, { kind: "escape", index: 0, sequence: String.raw`\u12` }],
    [String.raw`\U00110000`, { kind: "escape", index: 0, sequence: String.raw`\U00110000` }],
    [String.raw`\U0010FFF`, { kind: "escape", index: 0, sequence: String.raw`\U0010FFF` }],
  ])("refuses %j", (text, problem) => {
    expect(readRegularStringLiteral(text)).toEqual({ ok: false, problem });
  });

  it("reads a character literal's contents, where a double quote is plain", () => {
    expect(readRegularStringLiteral('"', "'")).toEqual({ ok: true, value: '"' });
    expect(readRegularStringLiteral("'", "'")).toMatchObject({ ok: false });
  });

  it("reads back every string the printer writes as a C# literal, lone surrogates included", () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const special = fc.constantFrom('"', "\\", "\n", "{{", "\u0085", "\u2028", "\uD83D\uDE00");
    fc.assert(
      fc.property(fc.array(fc.oneof(codeUnit, special)), (parts) => {
        const value = parts.join("");
        const printed = stringLiteral(value);
        expect(readRegularStringLiteral(printed.slice(1, -1))).toEqual({ ok: true, value });
      }),
      { numRuns: process.env.MUTATE_AREA ? 300 : 2000 },
    );
  });
});
