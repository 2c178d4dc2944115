// System.Text.RegularExpressions.Regex's statics in the harness (harness/dotnet/regex.ts,
// regex-scan.ts), called directly: the options, the null arguments, Match and its groups, the
// scan of Matches, Replace's substitutions and Split. Each expected value is what .NET's pages
// say ("Regex.Match", "Match.NextMatch", "GroupCollection.Item[]", "MatchCollection.Item[]",
// "Substitutions in Regular Expressions", "Regex.Split" Remarks, "RegexOptions Enum") and was
// printed by mono 6.8 (System.dll, .NET Framework's Regex); the conformance cases
// (test/conformance/cases/regex.ts) compare generated patterns with mono through the translator,
// too slow to run per mutant.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { RegexOptionsValues, RegexStatics } from "../../harness/dotnet/regex.ts";
import type { GroupValue, MatchValue } from "../../harness/dotnet/regex-scan.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const { IgnoreCase, Multiline, Singleline } = RegexOptionsValues;
const group = (match: MatchValue, key: number | string) =>
  (match.Groups as Record<string, GroupValue>)[key]!;
const collection = (c: object) => c as { Count: number } & Record<number, MatchValue>;
/** Every match of a collection as index:length. */
const spans = (input: string, pattern: string, options?: number) => {
  const c = collection(RegexStatics.Matches(input, pattern, options));
  return Array.from({ length: c.Count }, (_, i) => `${c[i]!.Index}:${c[i]!.Length}`);
};

describe("RegexOptions", () => {
  it("has .NET's values: None 0, IgnoreCase 1, Multiline 2, Singleline 16 (RegexOptions Enum)", () => {
    expect({ ...RegexOptionsValues }).toEqual({
      None: 0,
      IgnoreCase: 1,
      Multiline: 2,
      Singleline: 16,
    });
  });

  it("IgnoreCase, Singleline and all three together match as .NET does", () => {
    expect(RegexStatics.IsMatch("ABC", "abc", IgnoreCase)).toBe(true);
    expect(RegexStatics.IsMatch("ABC", "abc")).toBe(false);
    // Letters outside ASCII that do not fold into ASCII are compared as they are (mono: true).
    expect(RegexStatics.IsMatch("\u00c9t\u00e9", "T", IgnoreCase)).toBe(true);
    expect(RegexStatics.IsMatch("a\nb", "a.b", Singleline)).toBe(true);
    expect(RegexStatics.IsMatch("a\nb", "a.b")).toBe(false);
    expect(RegexStatics.Match("X\nY", "^x.y$", IgnoreCase | Singleline | Multiline).Value).toBe(
      "X\nY",
    );
  });

  it("Multiline: ^ and $ at \\n only, not at \\r (mono: ^b in a\\rb and a$ in a\\rb are false)", () => {
    expect(RegexStatics.IsMatch("a\nb", "^b", Multiline)).toBe(true);
    expect(RegexStatics.IsMatch("a\rb", "^b", Multiline)).toBe(false);
    expect(RegexStatics.IsMatch("a\nb", "a$", Multiline)).toBe(true);
    expect(RegexStatics.IsMatch("a\rb", "a$", Multiline)).toBe(false);
    expect(RegexStatics.IsMatch("a\nb", "a$")).toBe(false);
    expect(RegexStatics.Replace("ab\ncd\n", "^", ">", Multiline)).toBe(">ab\n>cd\n>");
    expect(RegexStatics.Replace("ab\ncd\n", "$", "<", Multiline)).toBe("ab<\ncd<\n<");
  });

  it("Multiline leaves escaped anchors and anchors in a character class alone", () => {
    expect(RegexStatics.Match("x^y", "x\\^y", Multiline).Value).toBe("x^y");
    expect(RegexStatics.Match("a$^b", "[$^]+", Multiline).Value).toBe("$^");
    // [^\n] stays a negated class; the $ after it is still an anchor.
    expect(spans("ab\ncd", "[^\\n]+$", Multiline)).toEqual(["0:2", "3:2"]);
    // After a class ends, ^ is an anchor again.
    expect(RegexStatics.Match("q\nab", "^[a]b$", Multiline).Index).toBe(2);
  });

  it("refuses options the harness does not simulate (ExplicitCapture is 4)", () => {
    expect(() => RegexStatics.IsMatch("x", "x", 4)).toThrow("RegexOptions 4 is not simulated");
    expect(() => RegexStatics.IsMatch("x", "x", 4)).toThrow(HarnessRefusal);
    expect(RegexStatics.IsMatch("x", "x", IgnoreCase | Multiline | Singleline)).toBe(true);
  });

  it("refuses IgnoreCase on input whose letters fold into ASCII (the Kelvin sign), only then", () => {
    expect(() => RegexStatics.IsMatch("\u212a", "k", IgnoreCase)).toThrow(/U\+212A/);
    expect(() => RegexStatics.IsMatch("\u212a", "k", IgnoreCase)).toThrow(HarnessRefusal);
    expect(RegexStatics.IsMatch("\u212a", "k")).toBe(false);
    expect(() => RegexStatics.Match("\u0130", "i", IgnoreCase)).toThrow(/U\+0130/);
    // Long s and dotless i: lower case outside ASCII, upper case "S" and "I".
    expect(() => RegexStatics.IsMatch("\u017f", "s", IgnoreCase)).toThrow(/U\+017F/);
    expect(() => RegexStatics.IsMatch("\u0131", "i", IgnoreCase)).toThrow(/U\+0131/);
  });

  it("compiles each pattern and options on its own (the cache keys both)", () => {
    expect(RegexStatics.IsMatch("b", "a")).toBe(false);
    expect(RegexStatics.IsMatch("b", "b")).toBe(true);
    expect(RegexStatics.IsMatch("A", "a")).toBe(false);
    expect(RegexStatics.IsMatch("A", "a", IgnoreCase)).toBe(true);
  });
});

describe("null arguments and bad patterns", () => {
  it("ArgumentNullException for the pattern first, then the input, then the replacement", () => {
    const message = (name: string) => `Value cannot be null.\nParameter name: ${name}`;
    throwsDotnet(
      () => RegexStatics.IsMatch("x", null),
      "System.ArgumentNullException",
      message("pattern"),
    );
    throwsDotnet(
      () => RegexStatics.IsMatch(null, null),
      "System.ArgumentNullException",
      message("pattern"),
    );
    throwsDotnet(
      () => RegexStatics.Match(null, "x"),
      "System.ArgumentNullException",
      message("input"),
    );
    throwsDotnet(
      () => RegexStatics.Matches(null, "x"),
      "System.ArgumentNullException",
      message("input"),
    );
    throwsDotnet(
      () => RegexStatics.Split(null, "x"),
      "System.ArgumentNullException",
      message("input"),
    );
    throwsDotnet(
      () => RegexStatics.Replace("x", "x", null),
      "System.ArgumentNullException",
      message("replacement"),
    );
    throwsDotnet(
      () => RegexStatics.Replace(null, "x", null),
      "System.ArgumentNullException",
      message("input"),
    );
  });

  it("ArgumentException 'parsing \"<pattern>\" - …' for a pattern that does not parse", () => {
    // mono: parsing "(" - Not enough )'s. (the reason is JavaScript's here)
    throwsDotnet(() => RegexStatics.IsMatch("x", "("), "System.ArgumentException");
    expect(() => RegexStatics.IsMatch("x", "(")).toThrow(/^parsing "\(" - ./);
    // mono: parsing "a\" - Illegal \ at end of pattern. (also with Multiline, whose rewrite
    // of ^ and $ must leave a trailing backslash as it is)
    throwsDotnet(() => RegexStatics.IsMatch("a", "a\\", Multiline), "System.ArgumentException");
    expect(() => RegexStatics.IsMatch("a", "a\\", Multiline)).toThrow(/^parsing "a\\" - ./);
  });
});

describe("Match and its groups", () => {
  it("Success, Value, Index, Length and the numbered groups", () => {
    const m = RegexStatics.Match("order 42 and 7", "([a-z]+) ([0-9]+)");
    expect([m.Success, m.Value, m.Index, m.Length, group(m, "Count")]).toEqual([
      true,
      "order 42",
      0,
      8,
      3,
    ]);
    expect(group(m, 1).Value).toBe("order");
    expect([group(m, 2).Index, group(m, 2).Length, String(group(m, 2))]).toEqual([6, 2, "42"]);
    const later = RegexStatics.Match("xxab", "ab");
    expect([later.Index, group(later, 0).Index, group(later, 0).Success]).toEqual([2, 2, true]);
  });

  it("no match is Match.Empty: unsuccessful, empty, at 0, one unsuccessful group", () => {
    const m = RegexStatics.Match("zzz", "a(b)");
    expect([m.Success, m.Value, m.Index, m.Length, group(m, "Count")]).toEqual([
      false,
      "",
      0,
      0,
      1,
    ]);
    expect([group(m, 0).Success, group(m, 1).Success, group(m, 1).Value]).toEqual([
      false,
      false,
      "",
    ]);
  });

  it("a group that did not take part, or is no group at all, is unsuccessful, empty, at 0", () => {
    const m = RegexStatics.Match("ac", "a(b)?c");
    expect(group(m, "Count")).toBe(2);
    for (const key of [1, 5, -1, "nope"]) {
      const g = group(m, key);
      expect([g.Success, g.Value, g.Index, g.Length], String(key)).toEqual([false, "", 0, 0]);
    }
    expect((m.Groups as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
  });

  it("named groups by name and by number", () => {
    const m = RegexStatics.Match("/contoso/v2/", "^/(?<tenant>[a-z]+)/v(?<version>[0-9]+)/");
    expect(group(m, "tenant").Value).toBe("contoso");
    expect([group(m, "version").Value, group(m, "version").Index]).toEqual(["2", 10]);
    expect(group(m, 2).Value).toBe("2");
    expect(group(m, "0").Value).toBe("/contoso/v2/");
    expect(group(m, "Count")).toBe(3);
    expect(group(m, "nope").Success).toBe(false);
    // A name that ends in digits is a name, not a number (mono: x).
    expect(group(RegexStatics.Match("xy", "(?<g1>x)(?<g2>y)"), "g1").Value).toBe("x");
  });

  it("groups from 10 up by number (mono: Groups[10] is j)", () => {
    const m = RegexStatics.Match("abcdefghijk", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)");
    expect([group(m, 10).Value, group(m, 11).Value, group(m, "Count")]).toEqual(["j", "k", 12]);
  });
});

describe("Matches: .NET's scan", () => {
  it("finds each match after the previous one", () => {
    const c = collection(RegexStatics.Matches("a1b22c333", "[0-9]+"));
    expect([c.Count, c[0]!.Value, c[1]!.Value, c[1]!.Index, c[2]!.Value]).toEqual([
      3,
      "1",
      "22",
      3,
      "333",
    ]);
  });

  it("after an empty match the next begins one character later, up to the end (Match.NextMatch)", () => {
    expect(spans("abc", "x*")).toEqual(["0:0", "1:0", "2:0", "3:0"]);
    expect(spans("aaa", "a*?")).toEqual(["0:0", "1:0", "2:0", "3:0"]);
    expect(spans("", "x*")).toEqual(["0:0"]);
    expect(spans("ab", "a|")).toEqual(["0:1", "1:0", "2:0"]);
  });

  it("the indexer outside 0..Count-1 throws ArgumentOutOfRangeException for i", () => {
    const c = collection(RegexStatics.Matches("abc", "b"));
    const message = "Specified argument was out of the range of valid values.\nParameter name: i";
    throwsDotnet(() => c[1], "System.ArgumentOutOfRangeException", message);
    throwsDotnet(() => c[-1], "System.ArgumentOutOfRangeException", message);
    expect(c[0]!.Value).toBe("b");
    // from 10 up too (mono: k)
    expect(collection(RegexStatics.Matches("abcdefghijk", "[a-z]"))[10]!.Value).toBe("k");
    expect((c as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
  });
});

describe("Replace: .NET's substitutions", () => {
  it.each([
    ["a1b22c", "[0-9]+", "#", "a#b#c"],
    ["abc", "x", "#", "abc"],
    ["john smith", "([a-z]+) ([a-z]+)", "$2, $1", "smith, john"],
    ["/contoso/v2/x", "^/(?<t>[a-z]+)/v(?<n>[0-9]+)", "/${t}-${n}$$", "/contoso-2$/x"],
    ["abcd", "c", "[$`]", "ab[ab]d"],
    ["abcd", "b", "[$']", "a[cd]cd"],
    ["abcd", "b", "[$&]", "a[b]cd"],
    ["ac", "a(b)?c", "<$1>", "<>"],
    ["abc", "x*", "-", "-a-b-c-"],
    ["a-b-c", "-", "$3", "a$3b$3c"],
    ["aXbXc", "X", "$", "a$b$c"],
    ["a1a2", "a([0-9])", "$1$0", "1a12a2"],
    // a number of no group is literal text
    ["ab", "(a)", "[$2]", "[$2]b"],
    ["ab", "(a)", "[$1]", "[a]b"],
  ])("Regex.Replace(%j, %j, %j) is %j (mono)", (input, pattern, replacement, expected) => {
    expect(RegexStatics.Replace(input, pattern, replacement)).toBe(expected);
  });

  it("refuses $+ and $_, which the harness does not simulate", () => {
    expect(() => RegexStatics.Replace("ab", "(a)", "$+")).toThrow(/\$\+ is not simulated/);
    expect(() => RegexStatics.Replace("ab", "(a)", "$_")).toThrow(/\$_ is not simulated/);
    expect(() => RegexStatics.Replace("ab", "(a)", "$+")).toThrow(HarnessRefusal);
  });
});

describe("Split: the pieces between matches and the captured text (Regex.Split, Remarks)", () => {
  it.each([
    ["a,b,,c", ",", ["a", "b", "", "c"]],
    ["abc", "x", ["abc"]],
    ["a1b2c", "([0-9])", ["a", "1", "b", "2", "c"]],
    ["a1b-c", "([0-9])|-", ["a", "1", "b", "c"]],
    ["abc", "", ["", "a", "b", "c", ""]],
    [",a,", ",", ["", "a", ""]],
    ["a12b", "(1)(2)", ["a", "1", "2", "b"]],
  ])("Regex.Split(%j, %j) is %j (mono)", (input, pattern, expected) => {
    expect(RegexStatics.Split(input, pattern)).toEqual(expected);
  });
});
