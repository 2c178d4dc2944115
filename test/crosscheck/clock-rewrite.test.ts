// The virtual-clock rewrite and the code mask it relies on: clock reads in code are redirected,
// literals and comments are not, and lengths and line breaks never change.
import { describe, expect, it } from "vitest";
import { rewriteClock } from "../../harness/crosscheck/clock-rewrite.ts";
import { maskNonCode } from "../../harness/crosscheck/code-mask.ts";

describe("rewriteClock", () => {
  const cases: [string, string][] = [
    ["@(DateTime.Now)", "@(ApimTime.Now)"],
    ["@(DateTime.UtcNow > x)", "@(ApimTime.UtcNow > x)"],
    ["@(DateTime . Today)", "@(ApimTime . Today)"],
    ["@(System.DateTime.Now)", "@(       ApimTime.Now)"],
    [
      "@(global::System.DateTime.UtcNow)",
      `@(${" ".repeat("global::System.".length)}ApimTime.UtcNow)`,
    ],
    ["@(DateTimeOffset.UtcNow)", "@(ApimTimeOffset.UtcNow)"],
    ['@("DateTime.Now")', '@("DateTime.Now")'],
    ['@(@"DateTime.Now ""q"" DateTime.Now")', '@(@"DateTime.Now ""q"" DateTime.Now")'],
    ['@($"at {DateTime.Now:o} DateTime.Now")', '@($"at {ApimTime.Now:o} DateTime.Now")'],
    [
      '@($"{{DateTime.Now}} {(x ? DateTime.UtcNow : y)}")',
      '@($"{{DateTime.Now}} {(x ? ApimTime.UtcNow : y)}")',
    ],
    ["@{ // DateTime.Now\nreturn DateTime.Now; }", "@{ // DateTime.Now\nreturn ApimTime.Now; }"],
    ["@(/* DateTime.Now */ DateTime.MinValue)", "@(/* DateTime.Now */ DateTime.MinValue)"],
    ["@(x.DateTime.Now)", "@(x.DateTime.Now)"],
    ["@(MyDateTime.Now)", "@(MyDateTime.Now)"],
    ["@(DateTime.NowIsh)", "@(DateTime.NowIsh)"],
    ["@('\"' + DateTime.Today.ToString())", "@('\"' + ApimTime.Today.ToString())"],
  ];
  it.each(cases)("%s", (input, expected) => {
    const output = rewriteClock(input);
    expect(output).toBe(expected);
    expect(output.length).toBe(input.length);
  });

  it("keeps line breaks inside a qualifier", () => {
    expect(rewriteClock("@(System.\nDateTime.Now)")).toBe(
      `@(${" ".repeat("System.".length)}\nApimTime.Now)`,
    );
  });
});

describe("maskNonCode", () => {
  it("blanks literals and comments, keeps interpolation holes", () => {
    const masked = maskNonCode('a("s", \'c\', $"t{b}u") // x');
    expect(masked.replace(/\u0001/g, "_")).toBe("a(___, ___, ____b___) ____");
  });
});
