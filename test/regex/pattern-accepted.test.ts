// Patterns the translator must accept (src/translate/members/regex.ts), each run by the harness
// (JavaScript's RegExp on the pattern as written) and by C# (.NET's Regex on the translator's
// rewrite) on the same inputs: hex escapes, escaped literals and classes inside optional groups,
// groups nested in repeated groups, named groups after non-capturing ones, top-level alternation,
// a pattern kept in a module constant, and the ASCII edge of IgnoreCase.
//
// .NET's side of each construct: learn.microsoft.com, "Character Escapes in Regular Expressions"
// (\xnn exactly two hexadecimal digits, \unnnn exactly four, \ followed by a character that is not
// recognised as escaped matches that character), "Quantifiers in Regular Expressions" ({n}: n is
// a decimal integer), "Grouping Constructs in Regular Expressions" (noncapturing and named groups)
// and "Regular expression options" (IgnoreCase). JavaScript's side: ECMAScript, "Patterns"
// (Annex B grammar, no `u` flag, as the harness compiles them: harness/dotnet/regex.ts).
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("Regex patterns both engines read alike", (t) => {
  t.declare('const THUMBPRINT = "^[0-9A-F]{40}$";');

  // \xnn and \unnnn: the same character in both engines, copied as written (an escape not at the
  // pattern's start, followed by more hexadecimal digits that are literals, not part of it).
  t.expression(String.raw`(s: string) => Regex.IsMatch(s, "^\\x41BC\\u0044$")`)
    .withInputs(["ABCD"], ["ABC"], ["aBCD"], ["ABCD\n"], ["xABCD"])
    .expectSameInCSharp();

  // An optional sign written as escapes: each escape is one character, so the group cannot match
  // empty text and may be made optional.
  t.expression(
    String.raw`(s: string) => { const m = Regex.Match(s, "^(\\x2B|\\-)?([0-9]+)$"); return m.Success ? "[" + m.Groups[1]!.Value + "]" + m.Groups[2]!.Value : "-"; }`,
  )
    .withInputs(["+12"], ["-3"], ["7"], ["x"], ["+-1"])
    .expectSameInCSharp();

  // A character class is one character too.
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^([a-f])?([0-9]+)$"); return m.Success ? "[" + m.Groups[1]!.Value + "]" + m.Groups[2]!.Value : "-"; }',
  )
    .withInputs(["a12"], ["3"], ["g4"], [""])
    .expectSameInCSharp();

  // {05} repeats five times in both engines (the leading zero is not an octal marker), so the
  // group cannot match empty text.
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^([0-9]{05})?$"); return m.Success ? "[" + m.Groups[1]!.Value + "]" : "-"; }',
  )
    .withInputs(["12345"], [""], ["1234"], ["123456"])
    .expectSameInCSharp();

  // `.` is one character (its rewrite, a class, too).
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^(.)?([0-9])$"); return m.Success ? "[" + m.Groups[1]!.Value + "]" : "-"; }',
  )
    .withInputs(["a1"], ["1"], ["\n1"], ["ab1"], ["\r1"])
    .expectSameInCSharp();

  // Non-capturing groups inside a repeated group capture nothing, so there is nothing for the
  // engines to keep or clear at each repetition.
  t.expression(String.raw`(s: string) => Regex.IsMatch(s, "^(?:(?:[0-9]{1,3})\\.){3}[0-9]{1,3}$")`)
    .withInputs(["10.0.0.1"], ["1.2.3"], ["1234.1.1.1"], ["255.255.255.255\n"])
    .expectSameInCSharp();

  // Named groups after a non-capturing one, and a named group whose whole content is a group.
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^(?:/api)?/(?<version>v[0-9]+)/"); return m.Success ? m.Groups["version"]!.Value : "-"; }',
  )
    .withInputs(["/api/v2/orders"], ["/v10/"], ["/api/x/"], [""])
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^(?<scheme>(?:https?|ftp))?://(?<host>[a-z.]+)$"); return m.Success ? m.Groups["scheme"]!.Value + "|" + m.Groups["host"]!.Value : "-"; }',
  )
    .withInputs(["https://contoso.com"], ["://a.b"], ["ftp://x"], ["gopher://x"])
    .expectSameInCSharp();

  // A group that can match empty text is fine when it is not itself repeated, whatever follows.
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^([a-z]?)[0-9]*$"); return m.Success ? "[" + m.Groups[1]!.Value + "]" : "-"; }',
  )
    .withInputs(["a12"], ["12"], [""], ["ab"])
    .expectSameInCSharp();
  // A capturing group inside a non-capturing group that is not repeated, before a quantifier.
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^(?:(s)|)://[a-z]+$"); return m.Success ? "[" + m.Groups[1]!.Value + "]" : "-"; }',
  )
    .withInputs(["s://ab"], ["://c"], ["x://c"], ["s://"])
    .expectSameInCSharp();

  // Alternation at the top level.
  t.expression('(s: string) => Regex.IsMatch(s, "^[0-9]+$|^none$")')
    .withInputs(["42"], ["none"], ["nonE"], [""], ["4 2"])
    .expectSameInCSharp();

  // A pattern in a module constant is known when the policy is built: checked and written out.
  t.expression("(s: string) => Regex.IsMatch(s, THUMBPRINT)")
    .withInputs(["C9AF2C74A22DBCA898BF291E8B84C68E5D3661F0"], ["THUMBPRINT"], [""])
    .expectSameInCSharp();

  // IgnoreCase is simulated for ASCII, and U+007F (DELETE) is its last character: accepted
  // written as itself and as \x7F.
  t.expression(
    String.raw`(s: string) => Regex.IsMatch(s, "^a\\x7F?` +
      "\u007f" +
      `?$", RegexOptions.IgnoreCase)`,
  )
    .withInputs(["A\u007f"], ["a\u007f\u007f"], ["a"], ["b\u007f"], ["A\u007f\u007f\u007f"])
    .expectSameInCSharp();
  // An ASCII letter written as \x41 matches either case.
  t.expression(String.raw`(s: string) => Regex.IsMatch(s, "^\\x41$", RegexOptions.IgnoreCase)`)
    .withInputs(["a"], ["A"], ["b"])
    .expectSameInCSharp();
});
