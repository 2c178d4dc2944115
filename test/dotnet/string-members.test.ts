// .NET's String instance members with a StringComparison (StartsWith, EndsWith, IndexOf, Equals)
// and .NET's white space (Char.IsWhiteSpace, String.Trim) in the harness. Expected values from
// Microsoft's pages: "String.StartsWith Method" and "String.EndsWith Method" (StartsWith(String,
// StringComparison): "true if this instance begins with value"; "If value is Empty ... true";
// ArgumentNullException: "value is null"), "String.IndexOf Method" (IndexOf(String,
// StringComparison): "The zero-based index position of the value parameter if that string is
// found, or -1 if it is not. If value is Empty, the return value is 0"), "String.Equals Method"
// (Equals(String, StringComparison): false for a null value), "StringComparison Enum"
// (OrdinalIgnoreCase: "as if converted to uppercase using the conventions of the invariant
// culture"), "Char.IsWhiteSpace Method" (Remarks: the members of SpaceSeparator, LineSeparator,
// ParagraphSeparator and U+0009-U+000D, U+0085) and "String.Trim Method" (Trim(): every leading
// and trailing white-space character). Each value was also printed by mono 6.8.
import { beforeAll, describe, expect, it } from "vitest";
import { ArgumentException, ArgumentNullException } from "../../harness/dotnet/index.ts";
import { installStringMembers } from "../../harness/dotnet/string-members.ts";
import {
  isDotnetWhiteSpace,
  trimWhiteSpace,
  withDotnetWhiteSpace,
} from "../../harness/dotnet/white-space.ts";

/** The .NET members as the harness installs them on String.prototype. */
interface DotnetString {
  StartsWith(value: string | null, comparisonType: string): boolean;
  EndsWith(value: string | null, comparisonType: string): boolean;
  IndexOf(value: string | null, comparisonType: string): number;
  Equals(value: string | null, comparisonType: string): boolean;
}
const net = (s: string) => s as unknown as DotnetString;
const O = "Ordinal";
const I = "OrdinalIgnoreCase";
const NULL_VALUE = new ArgumentNullException("value");

beforeAll(() => {
  installStringMembers();
});

describe("StartsWith and EndsWith", () => {
  it("compare the start or the end, ordinally or ignoring case", () => {
    const hello = net("Hello");
    expect([
      hello.StartsWith("He", O),
      hello.StartsWith("he", O),
      hello.StartsWith("he", I),
    ]).toEqual([true, false, true]);
    expect([
      hello.StartsWith("Hello", O),
      net("He").StartsWith("Hello", O),
      hello.StartsWith("", O),
    ]).toEqual([true, false, true]);
    expect([hello.EndsWith("lo", O), hello.EndsWith("LO", O), hello.EndsWith("LO", I)]).toEqual([
      true,
      false,
      true,
    ]);
    expect([
      hello.EndsWith("Hell", O),
      net("lo").EndsWith("Hello", O),
      hello.EndsWith("", O),
    ]).toEqual([false, false, true]);
    expect(net("").StartsWith("", O)).toBe(true);
    expect(net("").EndsWith("a", O)).toBe(false);
  });

  it("throw ArgumentNullException for a null value", () => {
    expect(() => net("Hello").StartsWith(null, O)).toThrow(NULL_VALUE);
    expect(() => net("Hello").EndsWith(null, I)).toThrow(NULL_VALUE);
    // The harness's undefined is C#'s null too.
    expect(() => net("Hello").StartsWith(undefined as unknown as null, O)).toThrow(NULL_VALUE);
  });
});

describe("IndexOf", () => {
  it("finds the first occurrence, -1 when absent, 0 for the empty string", () => {
    const hello = net("Hello");
    expect(hello.IndexOf("l", O)).toBe(2);
    expect(hello.IndexOf("L", O)).toBe(-1);
    expect(hello.IndexOf("LO", I)).toBe(3);
    expect(hello.IndexOf("H", O)).toBe(0);
    expect(hello.IndexOf("o", O)).toBe(4);
    expect(hello.IndexOf("Hello", O)).toBe(0);
    expect(hello.IndexOf("Hello!", O)).toBe(-1);
    expect(hello.IndexOf("", O)).toBe(0);
    expect(net("").IndexOf("", O)).toBe(0);
    expect(net("abab").IndexOf("ab", O)).toBe(0);
    expect(net("xabab").IndexOf("ab", O)).toBe(1);
  });

  it("throws ArgumentNullException for a null value", () => {
    expect(() => net("Hello").IndexOf(null, O)).toThrow(NULL_VALUE);
  });
});

describe("Equals(value, comparisonType)", () => {
  it("compares the whole string; null is never equal", () => {
    const hello = net("Hello");
    expect([hello.Equals("hello", O), hello.Equals("hello", I), hello.Equals("Hello", O)]).toEqual([
      false,
      true,
      true,
    ]);
    expect([
      hello.Equals("Hell", I),
      net("Hell").Equals("Hello", I),
      net("").Equals("", O),
    ]).toEqual([false, false, true]);
    expect(hello.Equals(null, O)).toBe(false);
    expect(hello.Equals(null, I)).toBe(false);
    expect(hello.Equals(undefined as unknown as null, I)).toBe(false);
    // OrdinalIgnoreCase folds unit by unit: é and É are equal, ß and SS are not (mono 6.8).
    expect(net("é").Equals("É", I)).toBe(true);
    expect(net("straße").Equals("STRASSE", I)).toBe(false);
  });
});

describe("the comparison argument", () => {
  it("an unknown StringComparison is an ArgumentException, after the value's null check but before Equals' null", () => {
    // .NET Framework's text for a value outside the enum (mono 6.8, (StringComparison)99); the
    // culture-sensitive comparisons are refused the same way (harness/dotnet/string-statics.ts).
    const unsupported = new ArgumentException(
      "The string comparison type passed in is currently not supported.\nParameter name: comparisonType",
    );
    const hello = net("Hello");
    expect(() => hello.StartsWith("H", "Bogus")).toThrow(unsupported);
    expect(() => hello.EndsWith("o", "Bogus")).toThrow(unsupported);
    expect(() => hello.IndexOf("l", "Bogus")).toThrow(unsupported);
    expect(() => hello.Equals("Hello", "Bogus")).toThrow(unsupported);
    // Also where no unit is compared: a value longer than the string, or of another length.
    expect(() => hello.StartsWith("Hello world", "Bogus")).toThrow(unsupported);
    expect(() => hello.EndsWith("Hello world", "Bogus")).toThrow(unsupported);
    expect(() => hello.IndexOf("Hello world", "Bogus")).toThrow(unsupported);
    expect(() => hello.Equals("Hi", "Bogus")).toThrow(unsupported);
    // referencesource mscorlib/system/string.cs: Equals checks comparisonType first, StartsWith,
    // EndsWith and IndexOf the value first (mono 6.8 agrees, except that its Equals exception
    // has an empty message).
    expect(() => hello.Equals(null, "Bogus")).toThrow(unsupported);
    expect(() => hello.StartsWith(null, "Bogus")).toThrow(NULL_VALUE);
    expect(() => hello.EndsWith(null, "Bogus")).toThrow(NULL_VALUE);
    expect(() => hello.IndexOf(null, "Bogus")).toThrow(NULL_VALUE);
  });
});

describe("installStringMembers", () => {
  it("adds the members as JavaScript's own methods are, and again changes nothing", () => {
    const before = Object.getOwnPropertyDescriptor(String.prototype, "StartsWith");
    installStringMembers();
    expect(Object.getOwnPropertyDescriptor(String.prototype, "StartsWith")).toEqual(before);
    // ECMA-262, "ECMAScript Standard Built-in Objects": a built-in method is { [[Writable]]:
    // true, [[Enumerable]]: false, [[Configurable]]: true }, as String.prototype.startsWith is.
    for (const name of ["StartsWith", "EndsWith", "IndexOf", "Equals"]) {
      const { value, ...attributes } = Object.getOwnPropertyDescriptor(String.prototype, name)!;
      expect(typeof value).toBe("function");
      expect(attributes).toEqual({ writable: true, enumerable: false, configurable: true });
    }
    const keys: string[] = [];
    for (const key in new String("ab")) keys.push(key);
    expect(keys).toEqual(["0", "1"]);
  });
});

describe("Char.IsWhiteSpace and String.Trim", () => {
  // mono 6.8, char.IsWhiteSpace over these units (1 = white space).
  const units: [number, boolean][] = [
    [0x08, false],
    [0x09, true],
    [0x0a, true],
    [0x0b, true],
    [0x0c, true],
    [0x0d, true],
    [0x0e, false],
    [0x1f, false],
    [0x20, true],
    [0x21, false],
    [0x84, false],
    [0x85, true],
    [0x86, false],
    [0x9f, false],
    [0xa0, true],
    [0xa1, false],
    [0x1680, true],
    [0x180e, false],
    [0x1fff, false],
    [0x2000, true],
    [0x2005, true],
    [0x200a, true],
    [0x200b, false],
    [0x2027, false],
    [0x2028, true],
    [0x2029, true],
    [0x202a, false],
    [0x202e, false],
    [0x202f, true],
    [0x2030, false],
    [0x205e, false],
    [0x205f, true],
    [0x2060, false],
    [0x2fff, false],
    [0x3000, true],
    [0x3001, false],
    [0xfeff, false],
    [0x61, false],
  ];
  it.each(units)("U+%s", (unit, expected) => {
    expect(isDotnetWhiteSpace(String.fromCharCode(unit))).toBe(expected);
  });

  it("IsWhiteSpace takes one unit: two white spaces or none are no match", () => {
    expect(isDotnetWhiteSpace("  ")).toBe(false);
    expect(isDotnetWhiteSpace("")).toBe(false);
  });

  it("Trim removes .NET's white space at both ends only (U+0085 goes, U+FEFF and U+200B stay)", () => {
    expect(trimWhiteSpace("\u0085\u3000 a b\t\u2028\n")).toBe("a b");
    expect(trimWhiteSpace("\ufeffa\u200b")).toBe("\ufeffa\u200b");
    expect(trimWhiteSpace(" \t\u00a0")).toBe("");
    expect(trimWhiteSpace("  a  ")).toBe("a");
    expect(trimWhiteSpace("a")).toBe("a");
  });

  it("withDotnetWhiteSpace reads \\s as .NET's set and keeps the flags", () => {
    const pattern = withDotnetWhiteSpace(/^a\s+b$/i);
    expect(pattern.flags).toBe("i");
    expect(pattern.test("A\u0085B")).toBe(true);
    expect(pattern.test("a\u3000\u2028b")).toBe(true);
    expect(pattern.test("a\ufeffb")).toBe(false);
    expect(pattern.test("ab")).toBe(false);
    expect(withDotnetWhiteSpace(/\s\S/g).test("\u0085x")).toBe(true);
  });
});
