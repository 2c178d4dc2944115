// Replays cases through a compiled batch: the cases go to a JSON file, one `mono <exe> run`
// per distinct gateway time zone (the zone is the process's TZ, see context-description.ts)
// evaluates them all, and the JSON lines it prints come back as typed results in input order.
// An identical earlier run's lines are read from the output cache instead (output-cache.ts).
import { rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CompiledExpressions } from "./compile-expressions.ts";
import type { CSharpCase, CSharpCaseResult } from "./context-description.ts";
import { runProcess } from "./process.ts";
import { restoreRun, runKey, storeRun } from "./output-cache.ts";

export interface RunReport {
  /** One result per case, in the order of the input. */
  results: CSharpCaseResult[];
  stats: {
    cases: number;
    /** mono runs (one per time zone), including those read from the output cache. */
    runs: number;
    /** Runs whose output came from the output cache (output-cache.ts), not from a mono process. */
    cachedRuns: number;
    /** X509Chain.Build calls actually made (VerifyNoRevocation memoizes). */
    chainsBuilt: number;
    /** Time inside mono evaluating cases, and wall time including process start. */
    evaluationMs: number;
    wallMs: number;
  };
}

let fileCounter = 0;

/** Evaluates the cases with the compiled expressions (one mono process per time zone). */
export async function runCases(
  compiled: CompiledExpressions,
  cases: readonly CSharpCase[],
): Promise<RunReport> {
  const started = performance.now();
  const byZone = new Map<string, CSharpCase[]>();
  for (const item of cases) {
    const zone = item.context.timeZone ?? "UTC";
    // Appended in place: copying the group per case made 100,000 cases quadratic (minutes).
    const group = byZone.get(zone);
    if (group) group.push(item);
    else byZone.set(zone, [item]);
  }
  const results = new Map<string, CSharpCaseResult>();
  const stats = {
    cases: cases.length,
    runs: 0,
    cachedRuns: 0,
    chainsBuilt: 0,
    evaluationMs: 0,
    wallMs: 0,
  };
  for (const [zone, group] of byZone) {
    const casesPath = join(dirname(compiled.exePath), `cases-${process.pid}-${fileCounter++}.json`);
    const casesJson = JSON.stringify(group);
    const key = runKey(compiled.cacheKey, zone, casesJson);
    const restored = restoreRun(key);
    if (restored === undefined) await writeFile(casesPath, casesJson);
    try {
      const run =
        restored !== undefined
          ? { code: 0, stdout: restored, stderr: "" }
          : await runProcess(compiled.toolchain.mono, [compiled.exePath, "run", casesPath, zone], {
              env: { ...process.env, TZ: zone },
            });
      stats.runs++;
      if (restored !== undefined) stats.cachedRuns++;
      if (run.code !== 0)
        throw new Error(
          `C# runner failed (exit ${run.code}) for time zone ${zone}: ${run.stderr.trim()}`,
        );
      if (restored === undefined) storeRun(key, run.stdout);
      for (const line of run.stdout.split("\n").filter(Boolean)) {
        const parsed = JSON.parse(line) as
          CSharpCaseResult | { summary: { chainsBuilt: number; elapsedMs: number } };
        if ("summary" in parsed) {
          stats.chainsBuilt += parsed.summary.chainsBuilt;
          stats.evaluationMs += parsed.summary.elapsedMs;
        } else results.set(parsed.caseId, parsed);
      }
    } finally {
      await rm(casesPath, { force: true });
    }
  }
  stats.wallMs = performance.now() - started;
  return {
    results: cases.map(
      (item) =>
        results.get(item.caseId) ?? {
          caseId: item.caseId,
          harnessError: "no result from the C# runner",
        },
    ),
    stats,
  };
}
