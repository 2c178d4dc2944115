// Tests of the checker itself: a deliberate mistranslation injected through the translator's
// test-only seam (TranslateOptions.stringMethods) must make the comparison fail, and the pinned
// differences listed in README.md must still be differences (so the notes stay true).
import { expect, it } from "vitest";
import { cs } from "../../src/csharp-syntax/syntax.ts";
import type { StringMethod } from "../../src/translate/members/string.ts";
import { runBatch, divergences } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { stringCases } from "./cases/strings.ts";

// Culture-sensitive StartsWith (no StringComparison.Ordinal): wrong for "\u0000", ligatures, ...
const cultureStartsWith: StringMethod = (c) => cs.method(c.target, "StartsWith", [c.args[0]!]);

describeWithCSharp("the conformance checker", (toolchain) => {
  it("fails on a culture-sensitive startsWith injected through the test-only seam", async () => {
    const spec = stringCases.find((c) => c.id === "string.startsWith")!;
    const honest = await runBatch("checker-honest", [spec], { toolchain });
    expect(divergences(honest.results[0]!)).toEqual([]);
    const broken = await runBatch("checker-broken", [spec], {
      toolchain,
      translateOptions: { stringMethods: { startsWith: cultureStartsWith } },
    });
    expect(broken.results[0]!.csharp).toBe("@(s.StartsWith(p))");
    expect(broken.stats.divergences).toBeGreaterThan(0);
  });

  it("still sees the documented differences (README.md: casing, mono's HtmlEncode and Encoding, DST offsets)", async () => {
    const report = await runBatch(
      "documented-differences",
      [
        {
          id: "upper",
          source: "(s: string) => s.toUpperCase()",
          inputs: [["ß"], ["ı"], ["ǅ"], ["ﬁ"]],
        },
        {
          id: "lower",
          source: "(s: string) => s.toLowerCase()",
          inputs: [["İ"], ["ǅ"], ["\u{10400}"], ["ΑΣ"]],
        },
        {
          id: "html",
          source: "(s: string) => WebUtility.HtmlEncode(s)",
          inputs: [["\u2028"], ["\u{1F600}嫫"]],
        },
        {
          id: "utf8",
          source: "(b: bytes) => Encoding.UTF8.GetString(b)",
          inputs: [[new Uint8Array([0x49, 0xf0, 0x80, 0x80])]],
        },
        {
          id: "dst",
          source: '(d: DateTime) => DateTime.Now.ToString("o")',
          inputs: [[DateTimeValue.MinValue]],
          contexts: [{ now: "2030-10-27T00:59:59Z", timeZone: "Europe/Amsterdam" }],
        },
      ],
      { toolchain },
    );
    for (const result of report.results) {
      expect(result.diagnostics).toEqual([]);
      // every() is true on an empty list: each pinned input must have run, in C# too.
      expect(result.cases.length, `${result.id}: cases run`).toBeGreaterThan(0);
      expect(
        result.cases.every((c) => c.csharp !== undefined),
        `${result.id}: every case ran in C#`,
      ).toBe(true);
      expect(
        result.cases.every((c) => c.divergence),
        `${result.id}: every pinned input still differs`,
      ).toBe(true);
    }
  });
});
