// The README's examples and commands run: its policy module builds to exactly the XML shown after
// it, its test example is the test file that runs, its diagnostic is what the build prints, the
// file its Bicep loads exists, and every `npx apim-ts` command of its `sh` blocks runs (a build
// into a temporary folder, `serve` until it is ready and then stopped as Ctrl+C stops it), each in
// this worker as `npx apim-ts` would run it (test/cli/in-process.ts).
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../src/compile/build.ts";
import { formatDiagnostic } from "../src/diagnostics/diagnostic.ts";
import { runCli } from "./cli/in-process.ts";

const root = path.resolve(import.meta.dirname, "..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
  language: m[1]!,
  text: m[2]!,
}));
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "readme-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The commands of the README's `sh` blocks, without their comments. */
const commands = blocks
  .filter((b) => b.language === "sh")
  .flatMap((b) => b.text.split("\n"))
  .map((line) => line.replace(/\s+#.*$/, "").trim())
  .filter((line) => line !== "");
const apimTs = commands.filter((c) => c.startsWith("npx apim-ts "));
const RUN_HERE = new Set(["build", "verify", "diagnostics", "serve", "certs"]);

/** Words of a command after `npx apim-ts` (the README quotes nothing). */
const argumentsOf = (command: string) => command.split(/\s+/).slice(2);

/**
 * Runs `apim-ts serve` with these arguments in this worker until it prints `ready:`, then stops it
 * as Ctrl+C does (runServeCommand's `stop`). A real Ctrl+C of the binary, and the requests its
 * printed curl commands make, are tested with a child process in test/cli/serve.test.ts.
 */
async function serveUntilReady(
  args: readonly string[],
): Promise<{ stdout: string; stderr: string; code: number | null; wasReady: boolean }> {
  const stop = new AbortController();
  let wasReady = false;
  const timer = setTimeout(() => stop.abort(), 150_000);
  try {
    const run = await runCli(
      root,
      args,
      {},
      {
        stop: stop.signal,
        onStdout: (stdout) => {
          if (!wasReady && /^ready: /m.test(stdout)) {
            wasReady = true;
            stop.abort();
          }
        },
      },
    );
    return { ...run, wasReady };
  } finally {
    clearTimeout(timer);
  }
}

describe("README", () => {
  it("authoring example builds to the XML shown", async () => {
    const index = blocks.findIndex(
      (b) => b.language === "ts" && b.text.startsWith("// policy-src/"),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const source = blocks[index]!;
    const expected = blocks[index + 1]!;
    expect(expected.language).toBe("xml");
    const name = source.text.split("\n")[0]!.replace("// policy-src/", "");
    fs.mkdirSync(path.join(dir, "policy-src"), { recursive: true });
    fs.writeFileSync(path.join(dir, "policy-src", name), source.text);
    const result = await build({
      root,
      sourceDir: path.join(dir, "policy-src"),
      outDir: path.join(dir, "out"),
      format: "rawxml",
    });
    expect(result.diagnostics).toEqual([]);
    expect(fs.readFileSync(path.join(dir, "out", name.replace(/\.ts$/, ".xml")), "utf8")).toBe(
      expected.text,
    );
  });

  it("shows the testing example exactly as the test file that runs it", () => {
    const example = blocks.find(
      (b) => b.language === "ts" && b.text.startsWith("// test/examples/"),
    );
    expect(example).toBeDefined();
    const file = example!.text.split("\n")[0]!.replace("// ", "");
    expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(example!.text);
  });

  it("shows the diagnostic the build prints for its source lines", async () => {
    const shown = blocks.find(
      (b) => b.language === "" && /^policy-src\/\S+:\d+:\d+ error APIM/.test(b.text),
    );
    expect(shown).toBeDefined();
    const [head, ...frame] = shown!.text.split("\n");
    const file = head!.split(":")[0]!;
    const source = frame
      .filter((line) => /^ {2}\d+ \| /.test(line))
      .map((line) => line.replace(/^ {2}\d+ \| /, ""));
    const project = path.join(dir, "diagnostic");
    fs.mkdirSync(path.join(project, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), source.join("\n") + "\n");
    const result = await build({
      root,
      sourceDir: path.join(project, "policy-src"),
      outDir: path.join(project, "out"),
      format: "rawxml",
    });
    // The README shows the error; the newcomer warnings (APIM2007/APIM2008) of this one-line
    // document are the subject of test/harness/warnings.test.ts.
    const errors = result.diagnostics.filter((d) => d.category === "error");
    expect(errors.map((d) => formatDiagnostic(d, project) + "\n")).toEqual([shown!.text]);
  });

  it("deploys a file the build writes", () => {
    const bicep = blocks.find((b) => b.language === "bicep")!;
    const loaded = /loadTextContent\('([^']+)'\)/.exec(bicep.text)![1]!;
    expect(fs.existsSync(path.join(root, loaded))).toBe(true);
  });

  it("documents only commands this test runs, or that another test runs verbatim", () => {
    expect(apimTs.length).toBeGreaterThanOrEqual(8);
    const testFiles = (d: string): string[] =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? testFiles(path.join(d, e.name))
            : e.name.endsWith(".ts")
              ? [path.join(d, e.name)]
              : [],
        );
    const elsewhere = commands.filter(
      (c) => !(c.startsWith("npx apim-ts ") && RUN_HERE.has(argumentsOf(c)[0]!)),
    );
    const sources = testFiles(path.join(root, "test")).map((f) => fs.readFileSync(f, "utf8"));
    // Installing the published package needs the registry: the pack test installs the packed
    // tarball into a fresh project instead (devDependencies "apim-ts": "file:<tarball>"), which is
    // what this command does with the published one.
    const packTest = fs.readFileSync(path.join(root, "test/package/pack-install.test.ts"), "utf8");
    // `npx apim-ts init` runs the project's node_modules/.bin/apim-ts, which the pack test runs.
    expect(packTest).toContain('pkg.devDependencies = { "apim-ts": `file:${relative}` };');
    expect(packTest).toContain('path.join(dir, "node_modules", ".bin", "apim-ts"), ["init"]');
    const runByThePackTest = new Set(["npm install --save-dev apim-ts", "npx apim-ts init"]);
    for (const command of elsewhere.filter((c) => !runByThePackTest.has(c)))
      expect(
        sources.some((text) => text.includes(command)),
        command,
      ).toBe(true);
  });

  const oneShot = apimTs.filter(
    (c) => argumentsOf(c)[0] !== "serve" && RUN_HERE.has(argumentsOf(c)[0]!),
  );
  it.each(oneShot)(
    "runs: %s",
    async (command) => {
      const args = argumentsOf(command);
      // Commands that write get a temporary output folder, so the repository is never changed.
      const out = path.join(dir, `out-${oneShot.indexOf(command)}`);
      if ((args[0] === "build" && !args.includes("--check")) || args[0] === "certs")
        args.push("--out", out);
      // verify would run this whole suite (this repository records no test run); here it
      // replays and compiles without running the tests again. Its test-running path is tested
      // in test/replay/consumer-project.test.ts.
      const env = args[0] === "verify" ? { APIM_TS_REPLAY_RECORD_ONLY: "1" } : {};
      // In this worker, as `npx apim-ts` would run it here (test/cli/in-process.ts): a process
      // per command would parse the library's declarations again for each.
      const result = await runCli(root, args, env);
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
      if (args[0] === "build" && args.includes("--out") && !args.includes("--format"))
        for (const file of fs
          .readdirSync(path.join(root, "dist-policies"))
          .filter((f) => f.endsWith(".xml")))
          expect(fs.readFileSync(path.join(out, file), "utf8")).toBe(
            fs.readFileSync(path.join(root, "dist-policies", file), "utf8"),
          );
    },
    300_000,
  );

  const serves = apimTs.filter((c) => argumentsOf(c)[0] === "serve");
  it.each(serves)(
    "runs until ready, then stops and cleans up: %s",
    async (command) => {
      const run = await serveUntilReady(argumentsOf(command));
      expect(run.wasReady, `${run.stdout}\n${run.stderr}`).toBe(true);
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/^ {2}expect: /m);
      // The session's temporary folder (certificates, keys) is gone once it has stopped.
      const tempDir = /^ready: Ctrl\+C stops the servers and removes (.+)$/m.exec(run.stdout)?.[1];
      expect(tempDir).toBeDefined();
      expect(fs.existsSync(tempDir!)).toBe(false);
    },
    300_000,
  );
});
