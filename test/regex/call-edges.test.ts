// Calls of Regex's statics at their edges (src/translate/members/regex-call.ts): the options
// argument must be a RegexOptions member written out, since the pattern is checked and rewritten
// for the options the call passes ("RegexOptions Enum": IgnoreCase, Multiline and Singleline
// change what `^`, `$`, `.` and letters match); a refused call is refused once, for its first
// fault, without crashing on the arguments it could not read; and a Regex.Replace replacement
// known only at run time is left to run time, where .NET reads it too.
import { describe, expect, it } from "vitest";
import { describeConformance } from "../../harness/conformance/index.ts";
import { runBatch } from "../../harness/conformance/engine.ts";

describeConformance("Regex call options", (t) => {
  // Every call reads its options at the right position and checks the pattern for them: with
  // Multiline `$` stays `$` (end of every line), without it the translator writes `\z`.
  t.expression('(s: string) => Regex.IsMatch(s, "^b$", RegexOptions.Multiline)')
    .withInputs(["a\nb"], ["a\nb\nc"], ["b\n"], ["ab"])
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Replace(s, "^([a-z])$", "<$1>", RegexOptions.Multiline)')
    .withInputs(["a\nbc\nd"], ["ab"], ["x\n"])
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Split(s, "B", RegexOptions.IgnoreCase).length')
    .withInputs(["abAbc"], ["ac"], ["bbb"])
    .expectSameInCSharp();

  // A replacement known only at run time is read by .NET then, as the harness reads it.
  t.expression('(s: string, r: string) => Regex.Replace(s, "(a)(b)?", r, RegexOptions.None)')
    .withInputs(["ab a", "[$2$1]"], ["ab", "$3"], ["ab", "$$"], ["xyz", "$1"])
    .expectSameInCSharp();

  // Options that are not RegexOptions.X written out: refused, whatever they are called.
  t.declare("const Flags = { IgnoreCase: RegexOptions.Multiline };");
  t.expression('(s: string) => Regex.IsMatch(s, "^b$", Flags.IgnoreCase)').expectDiagnostic(
    "APIM1100",
    "the options must be one RegexOptions member written out",
  );
  // A name TypeScript cannot resolve (the harness translates policy code vitest ran without a
  // type check): refused with the translator's own diagnostic, not a crash.
  t.expression('(s: string) => Regex.IsMatch(s, "a", Missing.IgnoreCase)').expectDiagnostic(
    "APIM1100",
    "RegexOptions.IgnoreCase, RegexOptions.Multiline or RegexOptions.Singleline",
  );
  // A refused pattern with a replacement known when the policy is built: the pattern's refusal.
  t.expression('(s: string) => Regex.Replace(s, "\\\\d+", "#")').expectDiagnostic(
    "APIM1016",
    "Unicode-aware",
  );
  t.expression(
    '(s: string) => Regex.Replace(s, "(a)\\\\1", "$1", RegexOptions.None)',
  ).expectDiagnostic("APIM1016");
});

/** The translator's codes for one snippet (no C# run: every snippet here is refused). */
async function codesOf(source: string, declarations = ""): Promise<readonly string[]> {
  const report = await runBatch("regex-call-codes", [{ id: "s", source }], { declarations });
  return report.results[0]!.codes;
}

describe("Regex call refusals, once each", () => {
  it("refuses options it cannot read without judging the pattern for options it guessed", async () => {
    // The pattern would be refused too, but for which options? Only the options are reported.
    const codes = await codesOf('(s: string, o: RegexOptions) => Regex.IsMatch(s, "\\\\d", o)');
    expect(codes).toContain("APIM1100");
    expect(codes).not.toContain("APIM1016");
  });

  it("checks no replacement against a pattern it refused", async () => {
    const codes = await codesOf('(s: string) => Regex.Replace(s, "\\\\d(a)", "$2")');
    expect(codes).toEqual(["APIM1016"]);
  });
});
