// String's statics beyond text.test.ts: composite formatting (String.Format), ordinal
// comparison with and without case (Equals, Compare), Concat and the nulls of each. Expected
// values from Microsoft's pages: "Composite formatting" (sections "Index component", "Alignment
// component", "Escaping braces"; a null argument is formatted as String.Empty), String.Format
// (Exceptions: FormatException when "the index of a format item is ... greater than or equal to
// the length of the args array", ArgumentNullException when "format ... is null"), String.Equals
// and String.Compare with a StringComparison ("any string, including the empty string, compares
// greater than a null reference; and two null references compare equal"), StringComparison
// (OrdinalIgnoreCase: as if "converted to uppercase using the conventions of the invariant
// culture") and String.Concat ("An Empty string is used in place of any null argument"). Each
// value was also printed by mono 6.8 (the C# cross-check's runtime) unless a comment says why not.
import { describe, expect, it } from "vitest";
import {
  ArgumentException,
  ArgumentNullException,
  FormatException,
  StringStatics,
} from "../../harness/dotnet/index.ts";

const { Format, Equals, Compare, Concat, IsNullOrEmpty, IsNullOrWhiteSpace, Join } = StringStatics;

describe("String.Format", () => {
  it("replaces each item by its argument, any number of times, up to index 10 and beyond", () => {
    expect(Format("a{0}b", "x")).toBe("axb");
    expect(Format("{0}: {1} ({0})", "s", 7)).toBe("s: 7 (s)");
    const eleven = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"];
    expect(Format("<{10}>", ...eleven)).toBe("<ten>");
  });

  it("pads to the alignment: positive right-aligns, negative left-aligns, shorter is ignored", () => {
    expect(Format("[{0,5}|{0,-5}|{0,12}|{0,-12}|{0,1}]", "ab")).toBe(
      "[   ab|ab   |          ab|ab          |ab]",
    );
  });

  it("writes {{ and }} as one brace each, and leaves other text as it is", () => {
    expect(Format("{{0}} aa }}", "x")).toBe("{0} aa }");
    expect(Format("[{0}]{{", "x")).toBe("[x]{");
  });

  it("formats a null argument (the harness's undefined too) as the empty string", () => {
    expect(Format("[{0}]", null)).toBe("[]");
    expect(Format("[{0}]", undefined as unknown as null)).toBe("[]");
  });

  it("throws FormatException for a lone } and for an index past the arguments", () => {
    expect(() => Format("a}b", "x")).toThrow(
      new FormatException("Input string was not in a correct format."),
    );
    expect(() => Format("{1}", "x")).toThrow(
      new FormatException(
        "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.",
      ),
    );
    expect(Format("{0}", "x")).toBe("x");
  });

  it("throws ArgumentNullException naming format for a null format", () => {
    // mono's string.Format(null, "a") binds the IFormatProvider overload; the page's
    // Exceptions section is the source here.
    for (const format of [null, undefined])
      expect(() => Format(format as unknown as string, "a")).toThrow(
        new ArgumentNullException("format"),
      );
  });

  it("refuses, rather than guesses, an item it does not simulate", () => {
    // A format string ({0:D3}) is refused by the translator (APIM1076); the twin refuses too.
    for (const format of ["{x}", "{x}{0}", "a{0:D3}", "{0, 5}", "{0,}", "{"])
      expect(() => Format(format, "a")).toThrow(/not simulated/);
  });
});

describe("String.Equals and String.Compare with a StringComparison", () => {
  it("Ordinal compares UTF-16 units exactly; OrdinalIgnoreCase upper-cases each unit", () => {
    expect(Equals("a", "a", "Ordinal")).toBe(true);
    expect(Equals("a", "A", "Ordinal")).toBe(false);
    expect(Equals("a", "A", "OrdinalIgnoreCase")).toBe(true);
    expect(Equals("\u00e9t\u00e9", "\u00c9T\u00c9", "OrdinalIgnoreCase")).toBe(true);
    expect(Equals("ab", "a", "OrdinalIgnoreCase")).toBe(false);
    expect(Equals("a", "ab", "Ordinal")).toBe(false);
    expect(Equals("", "", "Ordinal")).toBe(true);
  });

  it("OrdinalIgnoreCase keeps a letter whose upper case is not one unit (ß → SS)", () => {
    expect(Equals("\u00df", "S", "OrdinalIgnoreCase")).toBe(false);
    expect(Equals("\u00df", "SS", "OrdinalIgnoreCase")).toBe(false);
    expect(Equals("\u00df", "\u00df", "OrdinalIgnoreCase")).toBe(true);
  });

  it("OrdinalIgnoreCase keeps dotless ı apart from I (mono's answer, docs/project-choices.md)", () => {
    expect(Equals("\u0131", "I", "OrdinalIgnoreCase")).toBe(false);
    expect(Equals("\u0131", "\u0131", "OrdinalIgnoreCase")).toBe(true);
  });

  it("two nulls are equal, a null and a string are not", () => {
    expect(Equals(null, null, "Ordinal")).toBe(true);
    expect(Equals(undefined as unknown as null, null, "Ordinal")).toBe(true);
    expect(Equals(null, "a", "Ordinal")).toBe(false);
    expect(Equals("a", null, "OrdinalIgnoreCase")).toBe(false);
    expect(Equals("a", undefined as unknown as null, "Ordinal")).toBe(false);
    expect(Equals(undefined as unknown as null, "a", "Ordinal")).toBe(false);
  });

  it("Compare orders by the first differing unit, then by length", () => {
    expect(Compare("a", "ab", "Ordinal")).toBeLessThan(0);
    expect(Compare("ab", "a", "Ordinal")).toBeGreaterThan(0);
    expect(Compare("b", "aa", "Ordinal")).toBeGreaterThan(0);
    expect(Compare("ab", "ac", "OrdinalIgnoreCase")).toBeLessThan(0);
    expect(Compare("ab", "AB", "OrdinalIgnoreCase")).toBe(0);
    expect(Compare("ab", "ab", "Ordinal")).toBe(0);
    // Upper-cased, '_' (U+005F) sorts after 'A' (U+0041); lower-cased it would sort before 'a'.
    expect(Compare("_", "a", "OrdinalIgnoreCase")).toBeGreaterThan(0);
    expect(Compare("a", "B", "OrdinalIgnoreCase")).toBeLessThan(0);
    expect(Compare("a", "B", "Ordinal")).toBeGreaterThan(0);
  });

  it("Compare puts null before any string, the empty one included", () => {
    expect(Compare(null, "", "Ordinal")).toBeLessThan(0);
    expect(Compare("", null, "Ordinal")).toBeGreaterThan(0);
    expect(Compare(null, null, "Ordinal")).toBe(0);
    expect(Compare(undefined as unknown as null, "a", "Ordinal")).toBeLessThan(0);
    expect(Compare("a", undefined as unknown as null, "Ordinal")).toBeGreaterThan(0);
    expect(Compare(undefined as unknown as null, null, "Ordinal")).toBe(0);
    expect(Compare(null, undefined as unknown as null, "Ordinal")).toBe(0);
  });

  it("throws ArgumentException for a comparison type it does not know, nulls or not", () => {
    // .NET Framework's reference source (String.Equals/Compare): NotSupported_StringComparison,
    // checked before the nulls. mono 6.8 throws the same type (with an empty message for Equals).
    const unsupported = new ArgumentException(
      "The string comparison type passed in is currently not supported.\nParameter name: comparisonType",
    );
    expect(() => Equals("a", "a", "Bogus")).toThrow(unsupported);
    expect(() => Equals(null, null, "Bogus")).toThrow(unsupported);
    expect(() => Compare("a", "b", "Bogus")).toThrow(unsupported);
    expect(() => Compare(null, null, "Bogus")).toThrow(unsupported);
  });
});

describe("String.Concat, IsNullOrEmpty, IsNullOrWhiteSpace, Join", () => {
  it("Concat writes null arguments as the empty string", () => {
    expect(Concat("a", null, "b")).toBe("ab");
    expect(Concat(null)).toBe("");
  });

  it("IsNullOrEmpty / IsNullOrWhiteSpace: null (and the harness's undefined) are both", () => {
    for (const value of [null, undefined]) {
      expect(IsNullOrEmpty(value)).toBe(true);
      expect(IsNullOrWhiteSpace(value)).toBe(true);
    }
    expect(IsNullOrEmpty("a")).toBe(false);
    expect(IsNullOrEmpty(" ")).toBe(false);
    expect(IsNullOrWhiteSpace(" \t")).toBe(true);
    expect(IsNullOrWhiteSpace(" a ")).toBe(false);
  });

  it("Join: a null separator is the empty string, a null collection ArgumentNullException", () => {
    expect(Join(null, ["a", "b"])).toBe("ab");
    // Named as Join(String, IEnumerable<String>) names it (its page: "values is null"); the
    // array overload's parameter is `value`, which a null at run time cannot tell apart.
    for (const values of [null, undefined])
      expect(() => Join(",", values as unknown as null)).toThrow(
        new ArgumentNullException("values"),
      );
  });
});
