// The time cases (cases/time.ts) on their own: one mcs compile and one mono run of just these
// snippets, so a change to the DateTime, DateTimeOffset, TimeSpan or TimeZoneInfo twins is
// checked without the whole batch. The full batch (batch.test.ts) runs them again with the rest.
import { beforeAll, expect, it } from "vitest";
import { divergences, runBatch, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { timeCases } from "./cases/time.ts";

describeWithCSharp("time conformance", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("time", timeCases, { toolchain });
  }, 300_000);

  it("translates every time case without diagnostics", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("agrees with mono on every case, with at least two outcomes per snippet", () => {
    expect(report.results.flatMap((r) => divergences(r).map((d) => `${r.id}: ${d}`))).toEqual([]);
    for (const result of report.results) {
      const outcomes = new Set(result.cases.map((c) => JSON.stringify(c.javascript)));
      expect(outcomes.size, result.id).toBeGreaterThanOrEqual(2);
    }
    expect(report.stats.cases).toBeGreaterThan(1500);
    console.info(`time conformance: ${JSON.stringify(report.stats)}`);
  });
});
