// A fixture project for tests that run the apim-ts binary as a real process: a temporary folder
// under .apim-ts-cache (removed after the file's tests) and `run(...args)` there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
/** The binary, as `npx apim-ts` runs it in this repository. */
export const bin = path.join(root, "bin", "apim-ts.mjs");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A new project folder named `<prefix>…` and a runner of `apim-ts <args>` in it (60 s at most). */
export function cliProject(prefix: string): {
  project: string;
  run: (...args: string[]) => CliRun;
} {
  fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
  const project = fs.mkdtempSync(path.join(root, ".apim-ts-cache", prefix));
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
  const run = (...args: string[]): CliRun => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: project,
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return { project, run };
}
