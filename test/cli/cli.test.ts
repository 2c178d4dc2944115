// The apim-ts binary as CI and a developer call it: exit codes, the summary table, the --check
// listing and located diagnostics. The commands run in the worker (test/cli/in-process.ts), where
// main's result is the exit status; one refused command line runs as a real process, which shows
// that bin/apim-ts.mjs starts and that main's status becomes the process's exit code (the pipe
// test of project-config-cli.test.ts shows it for a success).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliProject } from "./cli-project.ts";
import { runCli } from "./in-process.ts";

const { project, run } = cliProject("cli-");
const build = (...args: string[]) => runCli(project, ["build", ...args]);

function write(name: string, text: string): void {
  fs.mkdirSync(path.join(project, "policy-src"), { recursive: true });
  fs.writeFileSync(path.join(project, "policy-src", name), text);
}

describe("apim-ts", () => {
  it("prints help and refuses unknown commands and options with exit code 3", async () => {
    expect(await runCli(project, ["help"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("build"),
    });
    // A process of its own: the binary's exit status.
    expect(run("frobnicate")).toMatchObject({
      code: 3,
      stderr: expect.stringContaining("unknown command 'frobnicate'"),
    });
    expect(await build("--format", "json")).toMatchObject({
      code: 3,
      stderr: expect.stringContaining("--format must be rawxml or xml"),
    });
  });

  it("builds, checks, and fails a broken module with a located diagnostic and exit code 1", async () => {
    write(
      "a.operation.ts",
      `import { policy, trace } from "apim-ts";\nexport default policy({ inbound: [trace({ source: "a", message: (context) => context.Api.Name })] });\n`,
    );
    expect(await build("--check")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("missing: dist-policies/a.operation.xml"),
    });
    const built = await build();
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(
      /policy-src\/a\.operation\.ts\s+dist-policies\/a\.operation\.xml\s+[\d.]+ KiB\s+1\s+written/,
    );
    expect(await build("--check")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("all outputs up to date"),
    });
    const before = fs.readFileSync(path.join(project, "dist-policies", "a.operation.xml"), "utf8");
    write(
      "a.operation.ts",
      `import { policy, trace } from "apim-ts";\nexport default policy({ inbound: [trace({ source: "a", message: (context) => context.Api.Name.replace("a", "b") })] });\n`,
    );
    const broken = await build();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/policy-src\/a\.operation\.ts:2:\d+ error APIM1003/);
    expect(broken.stderr).toContain("no file was written");
    expect(fs.readFileSync(path.join(project, "dist-policies", "a.operation.xml"), "utf8")).toBe(
      before,
    );
    // Four builds, the first of which parses the library's declarations.
  }, 120_000);
});
