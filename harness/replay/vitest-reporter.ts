// The main-process half of the end-of-run C# replay: a vitest reporter (the apim-ts plugin adds
// it) that empties the recordings folder when a run starts and, when it ends, replays every
// evaluation the workers recorded (vitest-setup.ts) through the emitted C#: ONE mcs compile and
// one mono run per gateway time zone for the whole run. A divergence or problem prints its full
// report (test, policy, TypeScript location, C#, inputs, both outcomes) and fails the run.
// Without mcs/mono the replay is reported as skipped with the install command; under CI=true
// that fails the run too. With the replay switched off it records and replays nothing, and says
// so when the run ends; the last run is marked as not recorded, so that `apim-ts verify` runs the
// tests again instead of replaying an older run's recordings as if they were this run's.
import { findCSharpCompiler, installCommand } from "../crosscheck/compiler.ts";
import { ReplayRecorder } from "./collect.ts";
import { clearRecordings, markLastRun, markNotRecorded, readRecordings } from "./recording.ts";
import { plural, replayEvaluations } from "./replay.ts";

export interface ReplayReporterOptions {
  /** The recordings folder (recording.ts recordingsDir). */
  readonly dir: string;
  /** How many findings to print in full. */
  readonly show?: number;
  /** Set when the replay is switched off: where (the plugin option or the project config). */
  readonly off?: string;
}

type Log = (text: string) => void;

/** Loads the last run's recordings into a recorder (shared with `apim-ts verify`). */
export function recorderFromRecordings(dir: string): { recorder: ReplayRecorder; tests: number } {
  const recorder = new ReplayRecorder();
  const stored = readRecordings(dir);
  for (const { test, evaluations } of stored)
    for (const evaluation of evaluations) recorder.addRecord(evaluation, test);
  return { recorder, tests: stored.length };
}

export default class ReplayReporter {
  readonly #options: ReplayReporterOptions;
  #log: Log = (text) => console.log(text);
  #error: Log = (text) => console.error(text);

  constructor(options: ReplayReporterOptions) {
    this.#options = options;
  }

  onInit(vitest: { logger: { log: Log; error: Log } }): void {
    this.#log = (text) => vitest.logger.log(text);
    this.#error = (text) => vitest.logger.error(text);
  }

  onTestRunStart(): void {
    if (this.#options.off === undefined) clearRecordings(this.#options.dir);
    else markNotRecorded(this.#options.dir, this.#options.off);
  }

  async onTestRunEnd(_modules: unknown, _errors: unknown, reason?: string): Promise<void> {
    if (this.#options.off !== undefined) {
      this.#log(
        `\napim-ts: C# replay off (${this.#options.off}): this run's evaluations were neither ` +
          `recorded nor replayed; \`apim-ts verify\` runs the tests again to replay them`,
      );
      return;
    }
    // `apim-ts verify` runs the tests to record, and replays them itself.
    if (reason === "interrupted") return;
    markLastRun(this.#options.dir);
    if (process.env.APIM_TS_REPLAY_RECORD_ONLY === "1") return;
    const { recorder, tests } = recorderFromRecordings(this.#options.dir);
    if (recorder.evaluations === 0) return;
    const toolchain = findCSharpCompiler();
    if (!toolchain) {
      const ci = process.env.CI === "true";
      this.#error(
        `\napim-ts: C# replay of ${recorder.evaluations} evaluations ${ci ? "FAILED" : "skipped"}: ` +
          `mcs/mono not found${ci ? " but CI=true" : ""}; install them with:\n  ${installCommand}`,
      );
      if (ci) process.exitCode = 1;
      return;
    }
    const report = await replayEvaluations(recorder, { toolchain, label: "test" });
    const [first, ...findings] = report.text(this.#options.show ?? 20).split("\n\n");
    const summary = `${first} (${plural(tests, "test")})`;
    if (report.ok) {
      this.#log(`\napim-ts: ${summary}`);
      return;
    }
    this.#error(`\napim-ts: ${[summary, ...findings].join("\n\n")}`);
    this.#error(`\napim-ts: the C# replay FAILED: the emitted C# does not mean what the tests saw`);
    process.exitCode = 1;
  }
}
