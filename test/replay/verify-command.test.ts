// `apim-ts verify` as CI and a developer run it (a real process): its command line, and without
// mcs a visible skip locally and a failure under CI=true. What it replays (the evaluations of the
// project's own tests) and what fails it (a divergence, a member outside APIM's allow-list in a
// branch no test reaches) is proven in a consumer project: consumer-project.test.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "apim-ts.mjs");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const project = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "verify-"));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [bin, "verify", ...args], {
    cwd,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("apim-ts verify's command line", () => {
  it("refuses an unknown option with the usage, exit 3", async () => {
    // In this worker (test/cli/in-process.ts); the tests below need a process of their own, as
    // the toolchain lookup is kept for the process's life.
    const result = await runCli(root, ["verify", "--certs", "certs"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("usage: apim-ts verify [--src policy-src] [--run] [--show N]");
  });
});

describe("apim-ts verify without mcs", () => {
  // An empty PATH: mcs and mono are not found (node is started by its absolute path).
  const env = { ...process.env, PATH: fs.mkdtempSync(path.join(project, "empty-path-")), CI: "" };
  it("is skipped locally with the install command, exit 0", () => {
    const result = run(root, [], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("apt-get update && apt-get install -y mono-mcs");
    expect(result.stdout).toContain("verify skipped");
  });
  it("fails under CI=true", () => {
    const result = run(root, [], { ...env, CI: "true" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("verify FAILED");
  });
});
