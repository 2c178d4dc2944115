// The end of an example's test file: every evaluation its tests recorded is replayed through the
// emitted C# (mono) once, after all of them, with zero divergences and zero problems. An afterAll,
// not a last `it`: no test depends on running after the others (issue 10), and a filtered run
// (`-t`) replays what the tests it ran recorded. The minimum number of evaluations, which keeps
// the replay from proving nothing, applies only when every test of the file ran.
import { afterAll, expect } from "vitest";
import type { CSharpToolchain } from "../../harness/crosscheck/compiler.ts";
import { replayEvaluations, type ReplayRecorder } from "../../harness/replay/index.ts";

interface TaskTree {
  mode: string;
  tasks?: TaskTree[];
}

function everyTestRan(task: TaskTree): boolean {
  return task.mode !== "skip" && task.mode !== "todo" && (task.tasks ?? []).every(everyTestRan);
}

/** Registers the replay (see the module header); `minimum` counts evaluations, not tests. */
export function replayAfterAll(
  recorder: ReplayRecorder,
  toolchain: CSharpToolchain,
  options: { minimum: number },
): void {
  afterAll(async ({}, suite) => {
    const report = await replayEvaluations(recorder, { toolchain });
    expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
    expect(report.ok, report.text()).toBe(true);
    expect(report.stats.compared).toBe(report.stats.evaluations);
    if (everyTestRan(suite as unknown as TaskTree))
      expect(report.stats.evaluations).toBeGreaterThanOrEqual(options.minimum);
  }, 120_000);
}
