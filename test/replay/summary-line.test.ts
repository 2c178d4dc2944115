// The replay's one-line summary (harness/replay/replay.ts summaryLine): a user reads from it how
// much was compared and whether mcs and mono really ran or their output came from the output
// cache (harness/crosscheck/output-cache.ts).
import { describe, expect, it } from "vitest";
import { summaryLine, type ReplayStats } from "../../harness/replay/replay.ts";

const stats = (overrides: Partial<ReplayStats>): ReplayStats => ({
  evaluations: 13,
  compared: 13,
  expressions: 6,
  cases: 13,
  compiles: 1,
  cachedCompiles: 0,
  monoRuns: 1,
  cachedRuns: 0,
  chainsBuilt: 0,
  collectMs: 1,
  compileMs: 700,
  inspectMs: 0,
  runMs: 140,
  evaluationMs: 20,
  totalMs: 855,
  ...overrides,
});

describe("the replay's summary line", () => {
  it("says when mcs and mono did not run because their output was cached", () => {
    const line = summaryLine(stats({ cachedCompiles: 1, cachedRuns: 1 }), 0, 0);
    expect(line).toContain(
      "6 expressions compiled (no mcs run: its output reused from the output cache)",
    );
    expect(line).toContain(
      "13 cases run (no mono run: its output reused from the output cache, 0 chains built)",
    );
    const mixed = summaryLine(stats({ monoRuns: 3, cachedRuns: 1 }), 0, 0);
    expect(mixed).toContain("(2 mono runs, 1 output reused from the output cache, 0 chains built)");
    const all = summaryLine(stats({ monoRuns: 3, cachedRuns: 3 }), 0, 0);
    expect(all).toContain("(no mono run: its 3 outputs reused from the output cache,");
  });

  it("counts in the singular and the plural as English does", () => {
    const one = summaryLine(stats({ expressions: 1, cases: 1, chainsBuilt: 1 }), 1, 1);
    expect(one).toContain(
      "1 expression compiled (1 mcs run), 1 case run (1 mono run, 1 chain built)",
    );
    expect(one).toContain("1 divergence, 1 problem;");
  });

  it("says nothing of the cache when every process ran", () => {
    const line = summaryLine(stats({}), 2, 1);
    expect(line).toContain(
      "6 expressions compiled (1 mcs run), 13 cases run (1 mono run, 0 chains built)",
    );
    expect(line).toContain("13/13 evaluations compared, 2 divergences, 1 problem;");
    expect(line).not.toContain("cache");
  });
});
