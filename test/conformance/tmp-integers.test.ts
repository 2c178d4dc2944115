import { beforeAll, expect, it } from "vitest";
import { runBatch, divergences, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { integerCases } from "./cases/integers.ts";

describeWithCSharp("tmp integers", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("tmpint", integerCases, { toolchain });
    console.info(JSON.stringify(report.stats));
  }, 300_000);
  it("diag", () => {
    expect(report.results.filter((r) => r.diagnostics.length || r.problems.length).map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`)).toEqual([]);
  });
  it("div", () => {
    expect(report.results.flatMap((r) => divergences(r).slice(0, 3).map((d) => `${r.id}: ${d}`))).toEqual([]);
  });
  it("csharp", () => { console.info(report.results.map((r) => `${r.id}: ${r.csharp}`).join("\n")); });
});
