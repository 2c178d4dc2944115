// try/catch/finally and throw: the exact C# of each spelling (docs/translation.md, "Exceptions"),
// the conformance cases of cases/exceptions.ts in one small batch (the full batch runs them too),
// and every refused form with its diagnostic (APIM1070, APIM1071).
import { beforeAll, expect, it } from "vitest";
import {
  describeConformance,
  divergences,
  runBatch,
  type BatchReport,
} from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { exceptionCases } from "../conformance/cases/exceptions.ts";

describeWithCSharp("exceptions: conformance cases", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("exceptions", exceptionCases, { toolchain });
  }, 120_000);

  it("translates every case and agrees with C# on every input", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
    expect(report.results.flatMap((r) => divergences(r).map((d) => `${r.id}: ${d}`))).toEqual([]);
    expect(report.stats.cases).toBeGreaterThan(500);
  });
});

describeConformance("exceptions: mapping and refusals", (t) => {
  // docs/translation.md's rows: catch (e) is C#'s catch (Exception e); `e instanceof Exception`
  // is `e != null` (a caught exception is never null); e.Message and `new Exception(text)` are 1:1.
  t.expression(
    '(s: string) => { try { return int.Parse(s); } catch (e) { if (e instanceof Exception) { throw new Exception("not a number: " + e.Message); } throw e; } }',
  )
    .withInputs(["12"], ["x"], ["99999999999"], [""])
    .expectCSharp(
      [
        "@{",
        "    try",
        "    {",
        "        return int.Parse(s);",
        "    }",
        "    catch (Exception e)",
        "    {",
        "        if (e != null)",
        "        {",
        '            throw new Exception("not a number: " + e.Message);',
        "        }",
        "        throw e;",
        "    }",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();

  // APIM's allow-list names System.Exception only (api-management-policy-expressions.md).
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch (e) { if (e instanceof Error) return -1; throw e; } }",
  ).expectDiagnostic("APIM1071", "allows System.Exception and no other exception type");
  t.expression('(s: string) => { if (s === "") { throw "empty"; } return s; }').expectDiagnostic(
    "APIM1071",
    "C# throws only exceptions",
  );
  t.expression("(d: DateTime) => d instanceof Exception").expectDiagnostic(
    "APIM1071",
    "only for a catch variable",
  );
  // C# forbids leaving a finally block (CS0157).
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch (e) { return -1; } finally { return 0; } }",
  ).expectDiagnostic("APIM1070", "cannot leave a finally block");
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch ({ message }) { return -1; } }",
  ).expectDiagnostic("APIM1070", "destructured catch variable");
});
