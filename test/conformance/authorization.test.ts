// The Authorization cases (cases/authorization.ts) on their own: one mcs compile and one mono run
// of just these snippets, so a change to the Authorization twin (harness/dotnet/authorization.ts)
// or its C# model (harness/crosscheck/model/authorization.cs) is checked without the whole batch.
import { beforeAll, expect, it } from "vitest";
import { divergences, runBatch, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { authorizationCases } from "./cases/authorization.ts";

describeWithCSharp("Authorization conformance", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("authorization", authorizationCases, { toolchain });
  }, 120_000);

  it("translates every Authorization case without diagnostics", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("agrees with the C# model on every case", () => {
    expect(report.results.flatMap((r) => divergences(r).map((d) => `${r.id}: ${d}`))).toEqual([]);
    expect(report.stats.cases).toBe(10);
  });
});
