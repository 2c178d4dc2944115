// The end-of-run C# replay switched off (`apimTs({ replay: false })` or `"verify": { "replay":
// false }` in apim-ts.config.json): the run records nothing, says so when it ends, and marks the
// last run as not recorded, so that `apim-ts verify` runs the tests again instead of replaying an
// older run's recordings and reporting OK for a policy that now diverges (a new user's report).
// A run that verify starts records whatever the switch says. The whole path, through a consumer
// project's vitest and verify, is in consumer-project.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { apimTs, recordingsFolder } from "../../src/compile/vitest-plugin.ts";
import ReplayReporter from "../../harness/replay/vitest-reporter.ts";
import { lastRun, lastRunOff, markLastRun } from "../../harness/replay/recording.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  delete process.env.APIM_TS_REPLAY_RECORD_ONLY;
});

/** A project folder with this apim-ts.config.json (none when undefined). */
function project(config?: unknown): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-replay-off-"));
  folders.push(root);
  if (config !== undefined)
    fs.writeFileSync(path.join(root, "apim-ts.config.json"), JSON.stringify(config));
  return root;
}

type ReporterEntry = [string, { dir: string; off?: string }];

/** What the plugin adds to vitest's config and reporters for a project. */
function wiring(root: string, options: Parameters<typeof apimTs>[0] = {}) {
  const plugin = apimTs(options);
  const config = plugin.config({ root });
  const vitest = { config: { reporters: [] as unknown[] } };
  plugin.configureVitest({ vitest });
  return { config, reporters: vitest.config.reporters as ReporterEntry[] };
}

describe("the plugin with the C# replay off", () => {
  it("records nothing, and gives its reporter where the replay was switched off", () => {
    const configured = wiring(project({ verify: { replay: false } }));
    expect(configured.config).toBeUndefined();
    expect(configured.reporters).toHaveLength(1);
    expect(configured.reporters[0]![1].off).toBe(
      '"verify": { "replay": false } in apim-ts.config.json',
    );
    const byOption = wiring(project(), { replay: false });
    expect(byOption.config).toBeUndefined();
    expect(byOption.reporters[0]![1].off).toBe("apimTs({ replay: false }) in the vitest config");
  });

  it("records in a run that apim-ts verify starts, whatever the switch says", () => {
    process.env.APIM_TS_REPLAY_RECORD_ONLY = "1";
    const root = project({ verify: { replay: false } });
    const { config, reporters } = wiring(root);
    const dir = path.join(recordingsFolder(root), `run-${process.pid}`);
    expect(config).toEqual({
      test: {
        setupFiles: [expect.stringMatching(/vitest-setup\.ts$/)],
        env: { APIM_TS_RECORDINGS: dir },
      },
    });
    expect(reporters[0]![1]).toEqual({ dir });
  });

  it("records when the replay is on (the default)", () => {
    const { config, reporters } = wiring(project());
    expect(config).toBeDefined();
    expect(reporters[0]![1].off).toBeUndefined();
  });
});

describe("the replay reporter with the replay off", () => {
  it("marks the last run as not recorded and says so when the run ends", async () => {
    const root = project();
    const recordings = recordingsFolder(root);
    // An earlier run with the replay on, whose recordings must not pass for the next run's.
    const earlier = path.join(recordings, "run-1");
    markLastRun(earlier);
    expect(lastRun(recordings)).toBe(earlier);

    const off = '"verify": { "replay": false } in apim-ts.config.json';
    const reporter = new ReplayReporter({ dir: path.join(recordings, "run-2"), off });
    const logged: string[] = [];
    reporter.onInit({
      logger: { log: (text) => logged.push(text), error: (text) => logged.push(text) },
    });
    reporter.onTestRunStart();
    expect(lastRun(recordings)).toBeUndefined();
    expect(lastRunOff(recordings)).toBe(off);
    await reporter.onTestRunEnd([], [], "passed");
    expect(logged.join("\n")).toContain(
      `apim-ts: C# replay off (${off}): this run's evaluations were neither recorded nor replayed; \`apim-ts verify\` runs the tests again to replay them`,
    );
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("gives the last run back once a run records again", () => {
    const recordings = recordingsFolder(project());
    new ReplayReporter({ dir: path.join(recordings, "run-1"), off: "x" }).onTestRunStart();
    expect(lastRunOff(recordings)).toBe("x");
    markLastRun(path.join(recordings, "run-2"));
    expect(lastRunOff(recordings)).toBeUndefined();
    expect(lastRun(recordings)).toBe(path.join(recordings, "run-2"));
  });
});
