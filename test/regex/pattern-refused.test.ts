// Patterns the translator must refuse (APIM1016, src/translate/members/regex.ts), each with the
// reason it gives: constructs .NET and JavaScript read differently, patterns one of them rejects,
// and patterns not known when the policy is built. The last describe runs a few of the refused
// patterns in both engines to show the refusal is needed: both accept them and answer differently.
//
// .NET's side: learn.microsoft.com, "Character Escapes in Regular Expressions" (\xnn takes exactly
// two hexadecimal digits, \unnnn exactly four), "Character Classes in Regular Expressions"
// (character class subtraction [a-z-[aeiou]]; a ']' first in a class is a literal),
// "Grouping Constructs in Regular Expressions" (balancing groups (?<name1-name2>...)).
// JavaScript's: ECMAScript, "Patterns" (Annex B grammar without the `u` flag; [] and [^] are
// the empty class and every character; a quantifier never repeats an empty match).
import { beforeAll, describe, expect, it } from "vitest";
import { describeConformance } from "../../harness/conformance/index.ts";
import {
  createSnippetModule,
  type SnippetModule,
} from "../../harness/conformance/snippet-program.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { csharpBooleans } from "./support/csharp-booleans.ts";
import { stringLiteral } from "../../src/csharp-syntax/printer.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import { translateFunction } from "../../src/translate/translate-function.ts";

/** `Regex.IsMatch(s, "<pattern>")` as TypeScript source; the pattern is written as the regex engine reads it. */
const isMatch = (pattern: string, options = "") =>
  `(s: string) => Regex.IsMatch(s, ${JSON.stringify(pattern)}${options ? `, ${options}` : ""})`;

const EMPTY_TEXT = 'captures "" in .NET where JavaScript leaves it unmatched';

describeConformance("Regex patterns the engines read differently", (t) => {
  // Escapes.
  t.expression(isMatch("a\\")).expectDiagnostic("APIM1016", "ends with a lone backslash");
  t.expression(isMatch("^v\\d00$")).expectDiagnostic("APIM1016", "'\\d' is Unicode-aware");
  // Too few hexadecimal digits: .NET rejects the pattern, JavaScript reads `\u` as a plain 'u'.
  t.expression(isMatch("\\u12g4")).expectDiagnostic("APIM1016", "'\\u' means different things");
  t.expression(isMatch("\\x4g")).expectDiagnostic("APIM1016", "'\\x' means different things");
  t.expression(isMatch("caf\\u00e")).expectDiagnostic("APIM1016", "'\\u' means different things");

  // Classes: .NET's subtraction, and a ']' first in a class ([] and [^] in JavaScript).
  t.expression(isMatch("^[a-z-[aeiou]]+$")).expectDiagnostic(
    "APIM1016",
    "'[' inside a character class must be escaped",
  );
  t.expression(isMatch("[^]a]")).expectDiagnostic("APIM1016", "a leading ']' differs");
  t.expression(isMatch("[]a]")).expectDiagnostic("APIM1016", "a leading ']' differs");

  // Group names: a .NET balancing group is not a name JavaScript takes.
  t.expression(isMatch("(?<close-open>x)")).expectDiagnostic(
    "APIM1016",
    "the group name 'close-open' must be letters, digits and '_'",
  );

  // Optional or repeated groups that can capture empty text: .NET captures "", JavaScript
  // rejects the empty repetition and leaves the group unmatched.
  for (const pattern of [
    "([\\-\\x2B]?)?[0-9]",
    "^(?:([0-9]*))?$",
    "^((?:[0-9]?))?x",
    "((?:a?)+)?x",
    "(|v)?[0-9]",
    "(^|/)?x",
    "^([0-9]{0,3})?x",
  ])
    t.expression(isMatch(pattern)).expectDiagnostic("APIM1016", EMPTY_TEXT);

  // Braces and parentheses: a literal brace must be escaped (even where a quantifier follows),
  // and a pattern that is not valid is refused with the engine's reason.
  t.expression(isMatch("a{x}b{2}")).expectDiagnostic("APIM1016", "a literal '{' must be escaped");
  t.expression(isMatch("a}")).expectDiagnostic("APIM1016", "a literal '}' must be escaped");
  t.expression(isMatch("a)b")).expectDiagnostic("APIM1016", "an unmatched ')'");
  t.expression(isMatch("(a")).expectDiagnostic("APIM1016", "not a valid pattern");

  // A pattern known only at run time cannot be checked.
  t.expression("(s: string, p: string) => Regex.IsMatch(s, p)").expectDiagnostic(
    "APIM1016",
    "the pattern must be a string known when the policy is built",
  );
});

describe("Regex pattern refusals point at the pattern", () => {
  const sources = ["(s: string, p: string) => Regex.IsMatch(s, p)"];
  let module: SnippetModule;
  beforeAll(() => {
    module = createSnippetModule("regex-pattern-location", "", sources);
  });

  it("a pattern known only at run time is reported at the argument", () => {
    const start = module.ranges[0]!.start;
    const node = findFunctionAt(module.program, module.file, start)!;
    const result = translateFunction(module.program, node, undefined, { parameters: "arguments" });
    const refusal = result.diagnostics.find((d) => d.code === "APIM1016");
    expect(refusal).toBeDefined();
    const argument = start + sources[0]!.lastIndexOf("p)");
    expect({ start: refusal!.start, length: refusal!.length }).toEqual({
      start: argument,
      length: 1,
    });
  });
});

// Each refused pattern is valid in both engines, and the two answer differently on the input.
const DIFFERENT: readonly { pattern: string; input: string; read: "group 1" | "match" }[] = [
  { pattern: "[^]a]", input: "b", read: "match" },
  { pattern: "^(?:([0-9]*))?$", input: "", read: "group 1" },
  { pattern: "((?:a?)+)?x", input: "x", read: "group 1" },
  { pattern: "(|v)?[0-9]", input: "1", read: "group 1" },
  { pattern: "(^|/)?x", input: "x", read: "group 1" },
  { pattern: "^([0-9]{0,3})?x", input: "x", read: "group 1" },
];

describeWithCSharp("Regex patterns refused because the engines differ", () => {
  it("answer differently in JavaScript and .NET", async () => {
    const csharp = await csharpBooleans(
      DIFFERENT.map(({ pattern, input, read }) =>
        read === "match"
          ? `@(Regex.IsMatch(${stringLiteral(input)}, ${stringLiteral(pattern)}))`
          : `@(Regex.Match(${stringLiteral(input)}, ${stringLiteral(pattern)}).Groups[1].Success)`,
      ),
    );
    const same: string[] = [];
    DIFFERENT.forEach(({ pattern, input, read }, i) => {
      const match = new RegExp(pattern).exec(input);
      const js = read === "match" ? match !== null : match?.[1] !== undefined;
      expect(typeof csharp[i], `${pattern} in C#: ${csharp[i]}`).toBe("boolean");
      if (csharp[i] === js) same.push(`${pattern} on ${JSON.stringify(input)}: both ${js}`);
    });
    expect(same).toEqual([]);
  });
});
