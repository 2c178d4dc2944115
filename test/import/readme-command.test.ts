// The README's "Migrating existing policy XML" section runs as shown: its XML is the example
// file, its command (`npx apim-ts import docs/examples/tier-header.xml --out policy-src`, run here
// with the output redirected to a temporary folder) exits 0, and the module it writes is the one
// the README shows, byte for byte, and it prints the report the README shows.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Migrating existing policy XML"));
const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
  language: m[1]!,
  text: m[2]!,
}));
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const out = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "readme-import-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const COMMAND = "npx apim-ts import docs/examples/tier-header.xml --out policy-src";

describe("README: migrating existing policy XML", () => {
  it("shows the example file and the command this test runs", () => {
    expect(blocks[0]!.language).toBe("xml");
    expect(blocks[0]!.text).toBe(
      fs.readFileSync(path.join(root, "docs/examples/tier-header.xml"), "utf8"),
    );
    expect(blocks[1]!.text.trim()).toBe(COMMAND);
  });

  it("runs the command and writes the module shown", async () => {
    // parseArgs keeps the last --out: the repository's policy-src is never written.
    const args = [...COMMAND.split(" ").slice(2), "--out", out];
    // In this worker, as `npx apim-ts` would run it here (test/cli/in-process.ts).
    const result = await runCli(root, args);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/docs\/examples\/tier-header\.xml .* 1 +0 +1 +held/);
    expect(blocks[2]!.language).toBe("ts");
    expect(fs.readFileSync(path.join(out, "tier-header.ts"), "utf8")).toBe(blocks[2]!.text);
    // The report shown is the one printed, with the temporary folder written as policy-src (the
    // column widths follow the path, so runs of spaces and dashes are compared as one).
    const same = (text: string) =>
      text
        .replaceAll(path.relative(root, out), "policy-src")
        .replace(/ {2,}/g, "  ")
        .replace(/-{2,}/g, "-")
        .trim();
    expect(blocks[3]!.language).toBe("text");
    expect(same(result.stdout)).toBe(same(blocks[3]!.text));
    expect(blocks[3]!.text).toContain(
      "total: 1 of 1 expressions as TypeScript (100.0 %), 1 policy kept as raw XML",
    );
  }, 300_000);
});
