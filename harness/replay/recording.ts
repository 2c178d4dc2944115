// A test run's recordings on disk: every evaluation the harness performed in a vitest worker,
// written when its test file ends (vitest-setup.ts), read back at the end of the run by the
// replay reporter (vitest-reporter.ts) and by `apim-ts verify`. A stored evaluation carries what
// the replay needs and nothing live: the C#, the inputs in the cross-check's wire format, the
// TypeScript outcome already in canonical form (harness/conformance/normalise.ts) and the test.
// Files live under the project's node_modules/.cache/apim-ts/recordings/, one per test file and
// worker flush; the folder is emptied when a run starts, so it holds the LAST run.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { EvaluationRecord } from "../apim/records.ts";
import type { Canonical } from "../conformance/normalise.ts";
import type { ReplayableRecord } from "./collect.ts";
import { canonicalRecorded } from "./compare.ts";

/** The environment variable that tells a vitest worker where to write (set by the plugin). */
export const RECORDINGS_ENV = "APIM_TS_RECORDINGS";

const FORMAT = 1;

/** One evaluation as a test performed it, stored. */
export type StoredEvaluation = Omit<ReplayableRecord, "outcome" | "canonical"> & {
  readonly canonical: Canonical;
};

/** A test and the evaluations it performed. */
export interface StoredTest {
  /** `test/x.test.ts > describe > it` (relative to the project root). */
  readonly test: string;
  readonly evaluations: readonly StoredEvaluation[];
}

interface RecordingFile {
  readonly format: number;
  readonly testFile: string;
  readonly tests: readonly StoredTest[];
}

/** A live evaluation in stored form (builds the wire description of its inputs now). */
export function storeEvaluation(record: EvaluationRecord): StoredEvaluation {
  const { inputs } = record;
  return {
    sourceTag: record.sourceTag && { file: record.sourceTag.file, start: record.sourceTag.start },
    csharp: record.csharp,
    resultType: record.resultType,
    slot: record.slot,
    location: record.location,
    inputs: {
      context: inputs.context,
      namedValues: inputs.namedValues,
      limitations: inputs.limitations,
    },
    traces: record.traces,
    canonical: canonicalRecorded(record),
  };
}

let sequence = 0;

/** Writes one batch of a test file's evaluations (atomically: a reader never sees half a file). */
export function writeRecording(dir: string, testFile: string, tests: readonly StoredTest[]): void {
  if (tests.length === 0) return;
  fs.mkdirSync(dir, { recursive: true });
  const key = createHash("sha1").update(testFile).digest("hex").slice(0, 12);
  const name = `${key}-${process.pid}-${++sequence}.json`;
  const file: RecordingFile = { format: FORMAT, testFile, tests };
  const temporary = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(temporary, JSON.stringify(file));
  fs.renameSync(temporary, path.join(dir, name));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Empties a run's folder (a run starts) and removes the folders of runs whose process is gone. */
export function clearRecordings(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const parent = path.dirname(dir);
  let last: string | undefined;
  try {
    last = lastRun(parent);
  } catch {
    last = undefined;
  }
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    const folder = path.join(parent, name);
    if (pid && folder !== last && !alive(Number(pid)))
      fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Records that a run's folder is complete: `apim-ts verify` replays the last one. */
export function markLastRun(dir: string): void {
  const parent = path.dirname(dir);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(parent, "last-run.json"), JSON.stringify({ dir: path.basename(dir) }));
}

/**
 * Records that the last run recorded nothing because the replay was switched off (`off` says
 * where), so that no earlier run's recordings pass for it: `apim-ts verify` runs the tests again.
 */
export function markNotRecorded(dir: string, off: string): void {
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true });
  fs.writeFileSync(path.join(parent, "last-run.json"), JSON.stringify({ off }));
}

function readLastRun(recordings: string): { dir?: unknown; off?: unknown } {
  try {
    return JSON.parse(fs.readFileSync(path.join(recordings, "last-run.json"), "utf8"));
  } catch {
    return {};
  }
}

/** The folder of the last complete run under the recordings folder, if it recorded one. */
export function lastRun(recordings: string): string | undefined {
  const { dir } = readLastRun(recordings);
  return typeof dir === "string" ? path.join(recordings, dir) : undefined;
}

/** Why the last run recorded nothing (the replay was off, and where), if that is the case. */
export function lastRunOff(recordings: string): string | undefined {
  const { off } = readLastRun(recordings);
  return typeof off === "string" ? off : undefined;
}

/** Every stored test of the last run, in a stable order (test file, then test name). */
export function readRecordings(dir: string): StoredTest[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.endsWith(".json") && !name.startsWith("."));
  } catch {
    return [];
  }
  const files: RecordingFile[] = [];
  for (const name of names.sort()) {
    const file = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as RecordingFile;
    if (file.format !== FORMAT)
      throw new Error(
        `${path.join(dir, name)}: recording format ${file.format}, expected ${FORMAT}`,
      );
    files.push(file);
  }
  files.sort((a, b) => (a.testFile < b.testFile ? -1 : a.testFile > b.testFile ? 1 : 0));
  return files.flatMap((file) => file.tests);
}
