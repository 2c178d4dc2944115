// `apim-ts import` on the command line: its exit codes (0 imported, 1 a file not imported, 3 bad
// command line), that it never replaces an existing module without --force (APIM3005), and that
// a malformed file among good ones leaves the good ones imported.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join("test", "import", "corpus");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const out = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "import-command-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** `apim-ts import <args>` from the repository's root, in this worker (test/cli/in-process.ts). */
const run = async (...args: string[]) => {
  const result = await runCli(root, ["import", ...args]);
  return { ...result, status: result.code };
};

describe("apim-ts import", () => {
  it("answers a bad command line with exit 3 and the usage", async () => {
    const none = await run();
    expect(none.status).toBe(3);
    expect(none.stderr).toContain("usage: apim-ts import");
    const missing = await run("no-such-file.xml");
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain("not found: no-such-file.xml");
  });

  it("imports the good files beside a malformed one, exits 1, and keeps what exists", async () => {
    const good = path.join(corpus, "02-set-query-parameter.xml");
    const bad = path.join(corpus, "malformed-unbalanced.xml");
    const first = await run(good, bad, "--out", out, "--no-verify");
    expect(first.status, first.stderr).toBe(1);
    expect(first.stderr).toMatch(/malformed-unbalanced\.xml:3:40 error APIM3000/);
    const module = path.join(out, "02-set-query-parameter.ts");
    expect(fs.readFileSync(module, "utf8")).toContain(
      'setQueryParameter("api-version", "2024-01-01"',
    );

    fs.writeFileSync(module, "// edited by hand\n");
    const again = await run(good, "--out", out, "--no-verify");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("error APIM3005:");
    expect(fs.readFileSync(module, "utf8")).toBe("// edited by hand\n");

    const forced = await run(good, "--out", out, "--no-verify", "--force");
    expect(forced.status, forced.stderr).toBe(0);
    expect(fs.readFileSync(module, "utf8")).toContain("setQueryParameter(");
  }, 300_000);

  // A module outside the project cannot import "apim-ts" (nothing there resolves it); the README
  // promises the round trip before anything is written, so the file is refused with that cause.
  it("refuses --out outside a project with apim-ts, naming the cause, and writes nothing", async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-import-outside-"));
    try {
      const result = await run(path.join(corpus, "02-set-query-parameter.xml"), "--out", outside);
      expect(result.status, result.stdout).toBe(1);
      expect(result.stderr).toContain(
        `error APIM3020: test/import/corpus/02-set-query-parameter.xml was not imported: cannot resolve 'apim-ts' from ${outside}: --out must be inside a project that has apim-ts installed`,
      );
      expect(result.stderr).not.toContain("APIM3002");
      expect(result.stderr).not.toContain("APIM3004");
      expect(fs.existsSync(path.join(outside, "02-set-query-parameter.ts"))).toBe(false);
      expect(result.stdout).toContain("0 of 0 expressions as TypeScript (-)");
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  }, 300_000);
});
