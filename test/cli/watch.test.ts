// `apim-ts build --watch` as editors and git change files: an atomic save writes a temporary file
// and renames it over the module (a new inode), as does `git checkout`. The watcher must rebuild
// after each replacement, not only after in-place writes.
// The command runs in this worker (test/cli/in-process.ts) and is stopped by its `stop` signal: a
// process of its own would load tsx and parse the library's declarations again (seconds of a
// core) to test the watcher, which is the same in both. The binary starting at all, and its exit
// status, are tested with real processes in cli.test.ts and project-config-cli.test.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { cliProject } from "./cli-project.ts";
import { runCli } from "./in-process.ts";

const { project } = cliProject("watch-");
const output = path.join(project, "dist-policies", "a.operation.xml");
const source = path.join(project, "policy-src", "a.operation.ts");
const moduleWith = (header: string) =>
  `import { policy, setHeader } from "apim-ts";\nexport default policy({ inbound: [setHeader("${header}", "1")] });\n`;

/** Replaces the file as an editor's atomic save does: write a temporary, rename over. */
function replace(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/** Waits for `condition`; fails at once if the watch has ended (`failed` says how). */
async function until(
  condition: () => boolean,
  what: string,
  failed: () => unknown,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (failed()) throw failed();
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("apim-ts build --watch", () => {
  it("rebuilds after every atomic replacement of a module", async () => {
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, moduleWith("X-First"));
    const stop = new AbortController();
    let stdout = "";
    const watching = runCli(
      project,
      ["build", "--watch"],
      {},
      {
        stop: stop.signal,
        onStdout: (text) => (stdout = text),
      },
    );
    // A watch that ends before it is stopped (a failed import, a thrown build) fails the waits.
    let ended: unknown;
    watching.then(
      (run) => (ended = new Error(`the watch ended before it was stopped: ${JSON.stringify(run)}`)),
      (error: unknown) => (ended = error),
    );
    const failed = () => (stop.signal.aborted ? undefined : ended);
    // Whatever happens below, the watcher is closed and the worker's console given back.
    onTestFinished(async () => {
      stop.abort();
      await watching.catch(() => undefined);
    });
    // The first build: seconds alone, far more on a loaded 2-core machine.
    await until(() => stdout.includes("watching policy-src"), "the first build", failed, 90_000);
    expect(fs.readFileSync(output, "utf8")).toContain("X-First");
    const read = () => (fs.existsSync(output) ? fs.readFileSync(output, "utf8") : "");
    replace(source, moduleWith("X-Second"));
    await until(
      () => read().includes("X-Second"),
      "the rebuild after the first replacement",
      failed,
    );
    replace(source, moduleWith("X-Third"));
    await until(
      () => read().includes("X-Third"),
      "the rebuild after the second replacement",
      failed,
    );
    // Stopped, the command ends with the last build's status: it built.
    stop.abort();
    expect((await watching).code).toBe(0);
  }, 180_000);
});
