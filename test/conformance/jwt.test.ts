// The Jwt cases (cases/jwt.ts) on their own: one mcs compile and one mono run of just these
// snippets, so a change to the Jwt twin or its C# model (harness/crosscheck/model/jwt.cs) is
// checked without the whole batch. The full batch (batch.test.ts) runs them again with the rest.
import { beforeAll, expect, it } from "vitest";
import { divergences, runBatch, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { jwtCases } from "./cases/jwt.ts";

describeWithCSharp("Jwt conformance", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("jwt", jwtCases, { toolchain });
  }, 120_000);

  it("translates every Jwt case without diagnostics", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("agrees with the C# model on every case", () => {
    expect(report.results.flatMap((r) => divergences(r).map((d) => `${r.id}: ${d}`))).toEqual([]);
    expect(report.stats.cases).toBeGreaterThan(100);
  });
});
