// switch, while, for, break, continue and locals without an initializer: the exact C# of each
// spelling (docs/translation.md), the cases of conformance/cases/statements.ts in one small batch
// (the full batch runs them too), and every refused form with its diagnostic (APIM1072-APIM1074).
import { beforeAll, expect, it } from "vitest";
import {
  describeConformance,
  divergences,
  runBatch,
  type BatchReport,
} from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { statementCases } from "../conformance/cases/statements.ts";

describeWithCSharp("statements: conformance cases", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("statements", statementCases, { toolchain });
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

describeConformance("statements: mapping and refusals", (t) => {
  // A switch section's labels and body as written; the last section gets C#'s required break.
  t.expression(
    '(m: string) => { let n = 0; switch (m) { case "a": case "b": n = 1; break; default: n = 2; } return n; }',
  )
    .withInputs(["a"], ["b"], ["c"], [""])
    .expectCSharp(
      [
        "@{",
        "    var n = 0;",
        "    switch (m)",
        "    {",
        '        case "a":',
        '        case "b":',
        "            n = 1;",
        "            break;",
        "        default:",
        "            n = 2;",
        "            break;",
        "    }",
        "    return n;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  t.expression(
    "(n: int) => { let total = 0; for (let i = 0; i < n; i++) { total = total + i; } return total; }",
  )
    .withInputs([0], [1], [10])
    .expectCSharp(
      [
        "@{",
        "    var total = 0;",
        "    for (var i = 0; i < n; i = i + 1)",
        "    {",
        "        total = total + i;",
        "    }",
        "    return total;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();

  // C# forbids falling through from a non-empty section (CS0163).
  t.expression(
    '(m: string) => { let n = 0; switch (m) { case "a": n = 1; case "b": n = n + 2; break; } return n; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(d: double) => { switch (d) { case 1: return "one"; default: return "other"; } }',
  ).expectDiagnostic("APIM1073", "is not translated");
  t.expression(
    "(m: string, other: string) => { switch (m) { case other: return 1; default: return 2; } }",
  ).expectDiagnostic("APIM1073", "not a constant");
  t.expression(
    '(m: string) => { switch (m) { case "a": return 1; case "a": return 2; default: return 3; } }',
  ).expectDiagnostic("APIM1073", "repeats an earlier label");
  t.expression(
    "(n: int) => { let t = 0; for (let i = 0; i < n; i += 2) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "increment");
  t.expression("(n: int) => { let t = 0; for (;;) { return t; } }").expectDiagnostic(
    "APIM1074",
    "for (let i = start; condition; i++)",
  );
  t.expression(
    "(n: int) => { let t = 0; outer: for (let i = 0; i < n; i++) { break outer; } return t; }",
  ).expectDiagnostic("APIM1074", "labels");
  t.expression(
    "(n: int) => { let t = 0; do { t = t + 1; } while (t < n); return t; }",
  ).expectDiagnostic("APIM1074", "do..while");
  t.expression("(s: string) => { let n = 0; while (s) { return n; } return n; }").expectDiagnostic(
    "APIM1004",
    "while condition needs a boolean",
  );
});
