// The README's examples run: its policy module builds to exactly the XML shown after it, and the
// commands and the diagnostics table it documents match the tool.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../src/compile/build.ts";
import { allDiagnostics } from "../src/diagnostics/codes.ts";

const root = path.resolve(import.meta.dirname, "..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ language: m[1]!, text: m[2]! }));
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "readme-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("README", () => {
  it("authoring example builds to the XML shown", async () => {
    const index = blocks.findIndex((b) => b.language === "ts" && b.text.startsWith("// policy-src/"));
    expect(index).toBeGreaterThanOrEqual(0);
    const source = blocks[index]!;
    const expected = blocks[index + 1]!;
    expect(expected.language).toBe("xml");
    const name = source.text.split("\n")[0]!.replace("// policy-src/", "");
    fs.mkdirSync(path.join(dir, "policy-src"), { recursive: true });
    fs.writeFileSync(path.join(dir, "policy-src", name), source.text);
    const result = await build({ root, sourceDir: path.join(dir, "policy-src"), outDir: path.join(dir, "out"), format: "rawxml" });
    expect(result.diagnostics).toEqual([]);
    expect(fs.readFileSync(path.join(dir, "out", name.replace(/\.ts$/, ".xml")), "utf8")).toBe(expected.text);
  });

  it("shows the testing example exactly as the test file that runs it", () => {
    const example = blocks.find((b) => b.language === "ts" && b.text.startsWith("// test/examples/"));
    expect(example).toBeDefined();
    const file = example!.text.split("\n")[0]!.replace("// ", "");
    expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(example!.text);
  });

  it("lists every diagnostic code with its summary", () => {
    for (const d of allDiagnostics()) expect(readme).toContain(`| ${d.code} | ${d.category} | ${d.summary} |`);
  });

  it("shows the two commands and the scripts exist", () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;
    expect(readme).toContain("npm install && npm run build");
    expect(readme).toContain("npm test");
    for (const script of ["build", "test", "bench"]) expect(scripts[script]).toBeDefined();
  });
});
