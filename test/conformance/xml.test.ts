// The System.Xml.Linq conformance cases alone (cases/xml.ts, also part of batch.test.ts): one
// program, one mcs, one mono, zero divergences between the harness's twin and mono's System.Xml.Linq.
import { beforeAll, expect, it } from "vitest";
import { runBatch, divergences, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { xmlCases } from "./cases/xml.ts";

describeWithCSharp("System.Xml.Linq conformance", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("xml", xmlCases, { toolchain });
    console.info(`xml conformance: ${JSON.stringify(report.stats)}`);
  }, 120_000);

  it("translates every XML case without diagnostics or harness problems", () => {
    expect(
      report.results
        .filter((r) => r.diagnostics.length || r.problems.length)
        .map((r) => `${r.id}: ${[...r.diagnostics, ...r.problems].join("\n")}`),
    ).toEqual([]);
  });

  it("agrees with System.Xml.Linq on mono for every generated text", () => {
    const found = report.results.flatMap((r) =>
      divergences(r)
        .slice(0, 3)
        .map((d) => `${r.id}: ${d}`),
    );
    expect(found).toEqual([]);
    expect(report.stats.cases).toBeGreaterThanOrEqual(3_000);
  });
});
