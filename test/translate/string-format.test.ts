// string.Format, string.Concat, string.Equals with StringComparison: the exact C#, the cases of conformance/cases/formatting.ts in one small batch
// (the full batch runs them too), and the refused formats and arguments (APIM1076). Culture-sensitive StringComparison members are not declared (the gateway's
// culture is not documented), so TypeScript rejects them.
import { beforeAll, expect, it } from "vitest";
import {
  describeConformance,
  divergences,
  runBatch,
  type BatchReport,
} from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { comparisonCases, formattingCases } from "../conformance/cases/formatting.ts";

describeWithCSharp("string.Format: conformance cases", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("string-format", [...formattingCases, ...comparisonCases], {
      toolchain,
    });
  }, 120_000);

  it("translates every case and agrees with C# on every input", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
    expect(report.results.flatMap((r) => divergences(r).map((d) => `${r.id}: ${d}`))).toEqual([]);
    expect(report.stats.cases).toBeGreaterThan(700);
  });
});

describeConformance("string.Format, Concat, Equals: mapping and refusals", (t) => {
  t.expression("(a: string, b: string) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)")
    .withInputs(["abc", "ABC"], ["abc", "abd"], ["", ""])
    .expectCSharp("@(string.Equals(a, b, StringComparison.OrdinalIgnoreCase))")
    .expectSameInCSharp();
  t.expression('(s: string, n: int) => string.Format("{0,-4}={1}", s, n)')
    .withInputs(["a", 1], ["", -20], ["abcdef", 0])
    .expectCSharp('@(string.Format("{0,-4}={1}", s, n))')
    .expectSameInCSharp();
  // Format specifiers depend on the gateway's culture (undocumented) and are not simulated.
  t.expression('(n: int) => string.Format("{0:D3}", n)').expectDiagnostic(
    "APIM1076",
    "format specifier",
  );
  t.expression('(n: int) => string.Format("{1}", n)').expectDiagnostic(
    "APIM1076",
    "names argument 1, but there is 1 argument",
  );
  t.expression("(f: string, n: int) => string.Format(f, n)").expectDiagnostic(
    "APIM1076",
    "known when the policy is built",
  );
  t.expression('(n: int) => string.Format("{0} }", n)').expectDiagnostic("APIM1076", "alone");
  t.expression('(d: double) => string.Format("{0}", d)').expectDiagnostic(
    "APIM1076",
    "its text differs",
  );
  // StringComparison overloads of String's instance members: C#'s names, 1:1.
  t.expression(
    '(h: string) => h.StartsWith("bearer ", StringComparison.OrdinalIgnoreCase) && h.IndexOf(" ", StringComparison.Ordinal) === 6',
  )
    .withInputs(["Bearer x"], ["BEARER"], ["bearer  y"], ["Basic x"])
    .expectCSharp(
      '@(h.StartsWith("bearer ", StringComparison.OrdinalIgnoreCase) && h.IndexOf(" ", StringComparison.Ordinal) == 6)',
    )
    .expectSameInCSharp();
  // string.Compare: only its sign is documented, so only a comparison with 0 is accepted.
  t.expression("(a: string, b: string) => string.Compare(a, b, StringComparison.Ordinal) >= 0")
    .withInputs(["a", "b"], ["b", "a"], ["", ""], ["A", "a"])
    .expectCSharp("@(string.Compare(a, b, StringComparison.Ordinal) >= 0)")
    .expectSameInCSharp();
  t.expression(
    "(a: string, b: string) => string.Compare(a, b, StringComparison.Ordinal) === -1",
  ).expectDiagnostic("APIM1077", "sign");
  t.expression(
    "(a: string, b: string) => { const c = string.Compare(a, b, StringComparison.OrdinalIgnoreCase); return c < 0; }",
  ).expectDiagnostic("APIM1077", "compare it with 0");
  // ToString(format) of an int or long: standard D, X, N, F formats as literals (APIM1078 otherwise).
  t.expression('(n: int) => n.ToString("D5") + "|" + n.ToString("N0")')
    .withInputs([42], [-1234567], [0])
    .expectCSharp('@(n.ToString("D5") + "|" + n.ToString("N0"))')
    .expectSameInCSharp();
  t.expression('(d: double) => d.ToString("F2")').expectDiagnostic("APIM1078", "double");
  t.expression("(n: int, f: string) => n.ToString(f)").expectDiagnostic(
    "APIM1078",
    "literal standard format",
  );
  t.expression('(n: int) => n.ToString("0.00")').expectDiagnostic("APIM1078", 'n.ToString("D5")');
});
