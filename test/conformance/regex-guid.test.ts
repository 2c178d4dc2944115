// The regex, Guid and Random cases (cases/regex.ts, cases/guids.ts) on their own: one mcs compile
// and one mono run of just these snippets, so a change to their twins, the pattern checker or the
// replay of seeded values is checked without the whole batch (batch.test.ts runs them again).
import { beforeAll, expect, it } from "vitest";
import {
  distinctOutcomes,
  divergences,
  MIN_DISTINCT_OUTCOMES,
  runBatch,
  type BatchReport,
} from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { guidCases } from "./cases/guids.ts";
import { regexCases } from "./cases/regex.ts";

describeWithCSharp("Regex, Guid and Random conformance", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("regex-guid", [...regexCases, ...guidCases], { toolchain });
    console.info(`regex-guid: ${JSON.stringify(report.stats)}`);
  }, 300_000);

  it("translates every case without diagnostics", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("agrees with mono on every case", () => {
    expect(
      report.results.flatMap((r) =>
        divergences(r)
          .slice(0, 3)
          .map((d) => `${r.id}: ${d}`),
      ),
    ).toEqual([]);
    expect(report.stats.cases).toBeGreaterThan(5000);
  });

  it(`gives every snippet at least ${MIN_DISTINCT_OUTCOMES} distinct outcomes`, () => {
    expect(
      report.results
        .filter((r) => distinctOutcomes(r) < MIN_DISTINCT_OUTCOMES)
        .map((r) => `${r.id}: ${r.source}`),
    ).toEqual([]);
  });
});
