// The Json.NET conformance cases alone (cases/json.ts, also part of batch.test.ts): one program,
// one mcs, one mono, zero divergences between the harness's twin and the real Json.NET.
import { beforeAll, expect, it } from "vitest";
import { runBatch, divergences, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { jsonCases } from "./cases/json.ts";

describeWithCSharp("Json.NET conformance", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("json", jsonCases, { toolchain });
    console.info(`json conformance: ${JSON.stringify(report.stats)}`);
  }, 120_000);

  it("translates every JSON case without diagnostics or harness problems", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("agrees with Json.NET on mono for every generated text", () => {
    const found = report.results.flatMap((r) =>
      divergences(r)
        .slice(0, 3)
        .map((d) => `${r.id}: ${d}`),
    );
    expect(found).toEqual([]);
    expect(report.stats.cases).toBeGreaterThanOrEqual(5_000);
  });
});
