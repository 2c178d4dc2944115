// docs/translation.md's mapping table, string and array rows: the exact C# and the same outcome in
// both languages on the known risk inputs (culture, whitespace sets, clamping, ordinal search).
import { describeConformance } from "../../harness/conformance/index.ts";

const WS =
  "\t\n\u000B\f\r \u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u0085\u180E\u200B";
const texts = [
  [""],
  ["abc"],
  ["ABC"],
  ["é"],
  ["\u{1F600}x"],
  [`${WS}a${WS}`],
  ["\u0085"],
  ["\uFEFFa\u180E"],
  ["a,b,,c"],
  ["İ"],
  ["ı"],
];
const searches = [
  ["", ""],
  ["abc", ""],
  ["abc", "a"],
  ["abc", "c"],
  ["abc", "abcd"],
  ["ae", "æ"],
  ["\u00C5", "A\u030A"],
  ["ﬃ", "ffi"],
  ["a\u0000b", "\u0000"],
  ["x-é-y", "é"],
];

// ECMA-262's WhiteSpace and LineTerminator code points (String.prototype.trim, "TrimString"), as a
// C# string literal: C#'s Trim() without arguments would use Char.IsWhiteSpace's set instead.
const JAVASCRIPT_TRIMMED = String.raw`"\t\n\u000B\u000C\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF"`;

describeConformance("mapping: string and array members", (t) => {
  t.expression("(s: string) => s.length")
    .withInputs(...texts)
    .expectCSharp("@(s.Length)")
    .expectSameInCSharp();
  t.expression("(s: string, p: string) => s.startsWith(p)")
    .withInputs(...searches)
    .expectCSharp("@(s.StartsWith(p, StringComparison.Ordinal))")
    .expectSameInCSharp();
  t.expression("(s: string, p: string) => s.endsWith(p)")
    .withInputs(...searches)
    .expectCSharp("@(s.EndsWith(p, StringComparison.Ordinal))")
    .expectSameInCSharp();
  t.expression("(s: string, p: string) => s.includes(p)")
    .withInputs(...searches)
    .expectCSharp("@(s.Contains(p))")
    .expectSameInCSharp();
  t.expression("(s: string, p: string) => s.indexOf(p)")
    .withInputs(...searches)
    .expectCSharp("@(s.IndexOf(p, StringComparison.Ordinal))")
    .expectSameInCSharp();

  // ASCII, Latin-1, Greek and Cyrillic letters with one-to-one mappings agree; the letters where
  // JavaScript and .NET's invariant casing differ are pinned in test/conformance/checker.test.ts ("still sees the documented differences").
  const caseInputs = [[""], ["Hello World"], ["ÀÉÎõü"], ["ΑΒΓ αβγ"], ["Жж"], ["x\u{1F600}"]];
  t.expression("(s: string) => s.toLowerCase()")
    .withInputs(...caseInputs)
    .allowWarning("APIM1022")
    .expectCSharp("@(s.ToLowerInvariant())")
    .expectSameInCSharp();
  t.expression("(s: string) => s.toUpperCase()")
    .withInputs(...caseInputs)
    .allowWarning("APIM1022")
    .expectCSharp("@(s.ToUpperInvariant())")
    .expectSameInCSharp();

  t.expression("(s: string) => s.trim()")
    .withInputs(...texts)
    .expectCSharp(`@(s.Trim(${JAVASCRIPT_TRIMMED}.ToCharArray()))`)
    .expectSameInCSharp();
  t.expression("(s: string) => s.trimStart()")
    .withInputs(...texts)
    .expectCSharp(`@(s.TrimStart(${JAVASCRIPT_TRIMMED}.ToCharArray()))`)
    .expectSameInCSharp();
  t.expression("(s: string) => s.trimEnd()")
    .withInputs(...texts)
    .expectCSharp(`@(s.TrimEnd(${JAVASCRIPT_TRIMMED}.ToCharArray()))`)
    .expectSameInCSharp();

  t.expression('(s: string) => s.replaceAll("a", "{b}")')
    .withInputs(...texts, ["aaa"])
    .expectCSharp('@(s.Replace("a", "{b}"))')
    .expectSameInCSharp();
  t.expression('(s: string) => s.split(",")')
    .withInputs(...texts)
    .expectCSharp("@(s.Split(','))")
    .expectSameInCSharp();
  t.expression('(s: string) => s.split(", ")')
    .withInputs([""], ["a, b,  c"], [", "])
    .expectCSharp('@(s.Split(new string[] { ", " }, StringSplitOptions.None))')
    .expectSameInCSharp();
  t.expression("(s: string) => s.substring(1, 3)")
    .withInputs(...texts)
    .expectCSharp(
      "@(s.Substring(Math.Min(1, s.Length), Math.Min(3, s.Length) - Math.Min(1, s.Length)))",
    )
    .expectSameInCSharp();
  t.expression("(s: string) => s.substring(4, 0)")
    .withInputs(...texts)
    .expectSameInCSharp();
  t.expression("(s: string) => s.substring(2)")
    .withInputs(...texts)
    .expectCSharp("@(s.Substring(Math.Min(2, s.Length)))")
    .expectSameInCSharp();

  const arrays = [[[]], [["a"]], [["", "b", "ab"]], [["x", "x"]]];
  t.expression('(a: string[]) => a.some(x => x === "x")')
    .withInputs(...arrays)
    .expectCSharp('@(a.Any(x => x == "x"))')
    .expectSameInCSharp();
  t.expression("(a: string[]) => a.every(x => x.length > 0)")
    .withInputs(...arrays)
    .expectCSharp("@(a.All(x => x.Length > 0))")
    .expectSameInCSharp();
  t.expression('(a: string[]) => a.find(x => x.startsWith("a")) ?? "none"')
    .withInputs(...arrays)
    .expectCSharp('@(a.FirstOrDefault(x => x.StartsWith("a", StringComparison.Ordinal)) ?? "none")')
    .expectSameInCSharp();
  t.expression('(a: string[]) => a.filter(x => x !== "x")')
    .withInputs(...arrays)
    .expectCSharp('@(a.Where(x => x != "x").ToArray())')
    .expectSameInCSharp();
  t.expression('(a: string[]) => a.map(x => x + "!")')
    .withInputs(...arrays)
    .expectCSharp('@(a.Select(x => x + "!").ToArray())')
    .expectSameInCSharp();
  t.expression("(a: string[]) => a.length")
    .withInputs(...arrays)
    .expectCSharp("@(a.Length)")
    .expectSameInCSharp();
  t.expression('(a: string[]) => a.includes("x")')
    .withInputs(...arrays)
    .expectCSharp('@(a.Contains("x"))')
    .expectSameInCSharp();
  t.expression('(a: string[]) => a.join(";")')
    .withInputs(...arrays)
    .expectCSharp('@(string.Join(";", a))')
    .expectSameInCSharp();
  // join() without a separator: JavaScript's default is "," (ECMA-262 Array.prototype.join, step 3).
  t.expression("(a: string[]) => a.join()")
    .withInputs(...arrays, [["a,b", ""]])
    .expectCSharp('@(string.Join(",", a))')
    .expectSameInCSharp();
  t.expression("(a: string[]) => a.join().length")
    .withInputs(...arrays)
    .expectSameInCSharp();
  t.expression('(a: string[]) => a[1] ?? "-"')
    .withInputs(...arrays)
    .expectCSharp('@(a.ElementAtOrDefault(1) ?? "-")')
    .expectSameInCSharp();
  // ElementAtOrDefault takes an int: a long or double index would not compile (mcs CS1928), and
  // a silent (int) would wrap a long onto another element. Refused, with the explicit conversion
  // as the way out, which both languages run the same (OverflowException past int's range).
  t.expression("(a: string[], i: long) => a[i]").expectDiagnostic("APIM1042", "'i' is a long");
  t.expression('(s: string, i: long) => s.split(",")[i]').expectDiagnostic("APIM1042", "a long");
  t.expression("(a: string[], s: string) => a[long.Parse(s)]").expectDiagnostic("APIM1042");
  t.expression("(a: string[], i: int) => a[i / 2]").expectDiagnostic(
    "APIM1042",
    "'i / 2' is a double",
  );
  t.expression("(a: string[], i: double) => a[i]").expectDiagnostic("APIM1042", "Convert.ToInt32");
  t.expression('(a: string[], i: long) => a[Convert.ToInt32(i)] ?? "-"')
    .withInputs([["x", "y"], 1], [["x", "y"], 2], [["x", "y"], -1], [["x", "y"], 4294967296])
    .expectCSharp('@(a.ElementAtOrDefault(Convert.ToInt32(i)) ?? "-")')
    .expectSameInCSharp();
  t.expression("(a: string[], i: int) => a[i + 1]")
    .withInputs([["x", "y"], 0], [["x", "y"], 1])
    .expectCSharp("@(a.ElementAtOrDefault(i + 1))")
    .expectSameInCSharp();
  // find on value types: FirstOrDefault would give 0/false where JavaScript gives undefined.
  t.expression("(a: string[]) => a.map(x => x.length).find(n => n > 1)").expectDiagnostic(
    "APIM1002",
    "default value",
  );
  t.expression("(a: boolean[]) => a.find((x) => x)").expectDiagnostic(
    "APIM1002",
    "find over bool values would yield a default value",
  );
  // JavaScript passes thisArg as a second argument; C#'s Where has no such parameter.
  t.expression('(a: string[]) => a.filter((x) => x !== "", undefined)').expectDiagnostic(
    "APIM1002",
    "exactly one argument",
  );
  // Forms JavaScript has and C# has not: each refused with what to write instead.
  t.expression('(s: string) => s.endsWith("a", 2)').expectDiagnostic(
    "APIM1002",
    "endsWith(suffix, length) has no exact equivalent; use substring first",
  );
  t.expression('(s: string) => s.includes("a", 1)').expectDiagnostic(
    "APIM1002",
    "this form of 'includes' has no exact C# equivalent",
  );
  t.expression('(s: string) => s.indexOf("a", 1)').expectDiagnostic(
    "APIM1002",
    "indexOf(search, position) has no exact equivalent",
  );
  t.expression('(s: string) => s.startsWith("a", 1)').expectDiagnostic(
    "APIM1002",
    "startsWith(prefix, position) has no exact equivalent",
  );
  t.expression('(s: string) => s.replaceAll("", "x")').expectDiagnostic(
    "APIM1002",
    "replaceAll needs a non-empty string literal pattern",
  );
  t.expression('(s: string, r: string) => s.replaceAll("a", r)').expectDiagnostic(
    "APIM1002",
    "write the replacement as a literal; build computed text with concatenation",
  );
  t.expression('(s: string, p: string) => s.replaceAll(p, "x")').expectDiagnostic(
    "APIM1002",
    "write the pattern as a literal",
  );
  t.expression('(s: string) => s.split(",", 2)').expectDiagnostic(
    "APIM1002",
    'write split(",") with a literal separator',
  );
  t.expression("(s: string, p: string) => s.split(p)").expectDiagnostic(
    "APIM1002",
    "split needs one non-empty string literal separator",
  );
  t.expression("(s: string) => s.trim().substring(1)").expectDiagnostic(
    "APIM1002",
    "bind the string to a const and use literal indices",
  );
  t.expression("(s: string) => s.substring(1.5)").expectDiagnostic(
    "APIM1002",
    "substring needs literal indices on a simple receiver",
  );
  t.expression("(s: string, n: int) => s.substring(0, n)").expectDiagnostic(
    "APIM1002",
    "substring needs literal indices",
  );
  // A member chain is a simple receiver: read twice in C#, it gives the same text both times.
  t.expression("(context: Context) => context.Request.Method.substring(1)").expectTranslation(
    "@(context.Request.Method.Substring(Math.Min(1, context.Request.Method.Length)))",
  );
  // substring(start, end) with start > end swaps them, as JavaScript does; equal indices give "".
  t.expression("(s: string) => s.substring(3, 1)").expectTranslation(
    "@(s.Substring(Math.Min(1, s.Length), Math.Min(3, s.Length) - Math.Min(1, s.Length)))",
  );
  t.expression("(s: string) => s.substring(2, 2)").expectTranslation(
    "@(s.Substring(Math.Min(2, s.Length), Math.Min(2, s.Length) - Math.Min(2, s.Length)))",
  );
  t.expression('(s: string) => s.replace("a", "b")').expectDiagnostic(
    "APIM1003",
    "replaces only the first match in JavaScript but every match in C#",
  );

  // find over reference types (strings, byte arrays, string arrays): FirstOrDefault's default is
  // null, as undefined is JavaScript's.
  t.expression("(a: string[][]) => a.find((x) => x.length > 1)").expectTranslation(
    "@(a.FirstOrDefault(x => x.Length > 1))",
  );
  t.expression("(a: bytes[]) => a.find((x) => x.length > 0)").expectTranslation(
    "@(a.FirstOrDefault(x => x.Length > 0))",
  );
  // An element type without a C# name is named in the refusal as "these".
  t.expression("(a: Date[]) => a.find((x) => x !== null)").expectDiagnostic(
    "APIM1002",
    "find over these values would yield a default value instead of undefined in C#",
  );
  t.expression("(a: int[]) => a.find((x) => x > 1)").expectDiagnostic(
    "APIM1002",
    "use some(...) to test, then read the value",
  );
  t.expression('(a: string[]) => a.find((x) => x === "a", undefined)').expectDiagnostic(
    "APIM1002",
    "exactly one argument",
  );
  // join over ints: string.Join formats an int as JavaScript does (invariant digits and sign).
  t.expression('(a: int[]) => a.join("-")').expectTranslation('@(string.Join("-", a))');
  // join over doubles is refused: C# formats some doubles differently (1E+21 against 1e+21).
  t.expression('(a: number[]) => a.join("-")').expectDiagnostic(
    "APIM1002",
    "join is translated for one separator over strings or ints",
  );

  // APIM dictionaries keep their PascalCase members.
  const headerContexts = [
    { now: "2030-01-01T00:00:00Z" },
    {
      now: "2030-01-01T00:00:00Z",
      request: { headers: { "X-Client": ["a", "b"], Accept: ["*/*"] } },
    },
  ];
  t.expression('(context: Context) => context.Request.Headers.ContainsKey("x-client")')
    .withContexts(...headerContexts)
    .expectCSharp('@(context.Request.Headers.ContainsKey("x-client"))')
    .expectSameInCSharp();
  t.expression(
    '(context: Context) => context.Request.Headers.Any(kv => kv.Key.startsWith("X-") && kv.Value.length > 1)',
  )
    .withContexts(...headerContexts)
    .expectCSharp(
      '@(context.Request.Headers.Any(kv => kv.Key.StartsWith("X-", StringComparison.Ordinal) && kv.Value.Length > 1))',
    )
    .expectSameInCSharp();
  t.expression("(context: Context) => context.Request.Headers.All(kv => kv.Value.length === 1)")
    .withContexts(...headerContexts)
    .expectSameInCSharp();
});
