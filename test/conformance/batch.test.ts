// The conformance batch: every case of cases/ (≥ 10,000 generated inputs) in ONE program, ONE
// mcs compile and ONE mono run, with zero divergences after the normaliser. It reports the
// distinct outcomes per snippet: a case count says little when the inputs all answer the same.
import { beforeAll, expect, it } from "vitest";
import {
  runBatch,
  divergences,
  distinctOutcomes,
  MIN_DISTINCT_OUTCOMES,
  type BatchReport,
} from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { allCases, allDeclarations } from "./all-cases.ts";

describeWithCSharp("conformance batch", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("conformance", allCases, { toolchain, declarations: allDeclarations });
    console.info(`conformance: ${JSON.stringify(report.stats)}`);
    // One mcs and one mono run of every case; on a shared, loaded machine this takes minutes.
  }, 900_000);

  it("translates every case without diagnostics", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("runs at least 10,000 cases in C# with zero divergences", () => {
    const found = report.results.flatMap((r) =>
      divergences(r)
        .slice(0, 3)
        .map((d) => `${r.id}: ${d}`),
    );
    expect(found).toEqual([]);
    expect(report.stats.cases).toBeGreaterThanOrEqual(10_000);
  });

  it(`gives every snippet at least ${MIN_DISTINCT_OUTCOMES} distinct outcomes (no tautologies, generators that reach the edges)`, () => {
    const poor = report.results
      .filter((r) => r.cases.length >= 2 && distinctOutcomes(r) < MIN_DISTINCT_OUTCOMES)
      .map((r) => `${r.id}: ${distinctOutcomes(r)} distinct of ${r.cases.length}`);
    expect(poor).toEqual([]);
    expect(report.stats.distinctOutcomes).toBeGreaterThanOrEqual(7_000);
  });
});
