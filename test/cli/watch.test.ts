// `apim-ts build --watch` as editors and git change files: an atomic save writes a temporary file
// and renames it over the module (a new inode), as does `git checkout`. The watcher must rebuild
// after each replacement, not only after in-place writes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "apim-ts.mjs");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const project = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "watch-"));
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

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const child: { process?: ReturnType<typeof spawn> } = {};
afterAll(() => {
  child.process?.kill();
  fs.rmSync(project, { recursive: true, force: true });
});

describe("apim-ts build --watch", () => {
  it("rebuilds after every atomic replacement of a module", async () => {
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, moduleWith("X-First"));
    const watcher = spawn(process.execPath, [bin, "build", "--watch"], {
      cwd: project,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.process = watcher;
    let stdout = "";
    watcher.stdout.on("data", (chunk) => (stdout += chunk));
    // The process's start and first build: seconds alone, over 30 s on a loaded 2-core machine.
    await until(() => stdout.includes("watching policy-src"), "the first build", 90_000);
    expect(fs.readFileSync(output, "utf8")).toContain("X-First");
    const read = () => (fs.existsSync(output) ? fs.readFileSync(output, "utf8") : "");
    replace(source, moduleWith("X-Second"));
    await until(() => read().includes("X-Second"), "the rebuild after the first replacement");
    replace(source, moduleWith("X-Third"));
    await until(() => read().includes("X-Third"), "the rebuild after the second replacement");
  }, 180_000);
});
