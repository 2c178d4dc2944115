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
import { allCases, allDeclarations, caseFamilies } from "./all-cases.ts";

// APIM_TS_CONFORMANCE=json,xml: only those families (a developer's quick run; CI runs them all).
const only = process.env.APIM_TS_CONFORMANCE?.split(",").filter(Boolean) ?? [];
for (const name of only)
  if (!Object.hasOwn(caseFamilies, name))
    throw new Error(
      `APIM_TS_CONFORMANCE: unknown family '${name}' (known: ${Object.keys(caseFamilies).join(", ")})`,
    );
const cases = only.length ? only.flatMap((name) => caseFamilies[name]!.cases) : allCases;

describeWithCSharp("conformance batch", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch("conformance", cases, { toolchain, declarations: allDeclarations });
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
    expect(report.stats.cases).toBeGreaterThanOrEqual(only.length ? 1 : 10_000);
  });

  it.each(Object.keys(caseFamilies).filter((name) => !only.length || only.includes(name)))(
    "keeps the %s family's generated cases",
    (name) => {
      const family = caseFamilies[name]!;
      const ids = new Set(family.cases.map((c) => c.id));
      const ran = report.results
        .filter((r) => ids.has(r.id))
        .reduce((sum, r) => sum + r.cases.length, 0);
      expect(ran).toBeGreaterThanOrEqual(family.minimum);
    },
  );

  it(`gives every snippet at least ${MIN_DISTINCT_OUTCOMES} distinct outcomes (no tautologies, generators that reach the edges)`, () => {
    const poor = report.results
      .filter((r) => r.cases.length >= 2 && distinctOutcomes(r) < MIN_DISTINCT_OUTCOMES)
      .map((r) => `${r.id}: ${distinctOutcomes(r)} distinct of ${r.cases.length}`);
    expect(poor).toEqual([]);
    if (!only.length) expect(report.stats.distinctOutcomes).toBeGreaterThanOrEqual(7_000);
  });
});
