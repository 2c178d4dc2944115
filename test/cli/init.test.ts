// `apim-ts init` in projects as a team has them: a new one (everything created), an existing one
// with its own tsconfig.json and scripts (merged, nothing of theirs replaced), and one where a
// file init would write exists (refused, nothing changed).
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runInitCommand } from "../../cli/init/command.ts";

const root = path.resolve(import.meta.dirname, "../..");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "init-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) files[name] = fs.readFileSync(full, "utf8");
  }
  return files;
}

async function init(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((text: string) => void stdout.push(text));
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((text: string) => void stderr.push(text));
  try {
    const code = await runInitCommand([dir]);
    return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const NPM_INIT = `{\n  "name": "orders-api",\n  "version": "1.0.0",\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1"\n  },\n  "license": "ISC"\n}\n`;

describe("apim-ts init", () => {
  it("sets up a new CommonJS project: example, test, configs, scripts, CI, .gitignore", async () => {
    const dir = project({ "package.json": NPM_INIT });
    const result = await init(dir);
    expect(result.code).toBe(0);
    const files = snapshot(dir);
    expect(Object.keys(files).sort()).toEqual(
      [
        ".github/workflows/apim-policies.yml",
        ".gitignore",
        "apim-ts.config.json",
        "package.json",
        "policy-src/example.operation.ts",
        "test/example.operation.test.ts",
        "tsconfig.json",
        "vitest.config.mts",
      ].sort(),
    );
    // The workflow installs the C# toolchain the end-of-run replay needs (it fails under CI without).
    expect(files[".github/workflows/apim-policies.yml"]).toContain(
      'sudo sh -c "apt-get update && apt-get install -y mono-mcs libnewtonsoft-json-cil-dev"',
    );
    const pkg = JSON.parse(files["package.json"]!);
    expect(pkg.scripts).toEqual({
      test: "vitest run",
      build: "apim-ts build",
      "build:policies": "apim-ts build",
      "check:policies": "apim-ts build --check",
      "test:policies": "vitest run",
    });
    expect(Object.keys(pkg.devDependencies)).toEqual(["apim-ts", "vitest"]);
    // npm 11 would list it as an unreviewed install script; apim-ts loads only its .wasm grammar.
    expect(pkg.allowScripts).toEqual({ "tree-sitter-c-sharp": false });
    expect(JSON.parse(files["tsconfig.json"]!).include).toEqual([
      "policy-src",
      "test",
      "vitest.config.mts",
    ]);
    expect(files[".gitignore"]).toBe("# apim-ts\nnode_modules/\n");
    expect(files["vitest.config.mts"]).toContain(`import { apimTs } from "apim-ts/vitest";`);
    // No folders written into the plugin: it takes the policy folder from apim-ts.config.json's
    // "src", so moving the policies there does not leave every expression untagged (APIM2005).
    expect(files["vitest.config.mts"]).toContain("plugins: [apimTs()],");
    expect(result.stdout).toContain("next steps");
    expect(result.stdout).toContain("npm run build");
  });

  it("writes vitest.config.ts in an ES module project", async () => {
    const dir = project({ "package.json": JSON.stringify({ name: "x", type: "module" }) });
    expect((await init(dir)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, "vitest.config.ts"))).toBe(true);
  });

  it("adds to an existing tsconfig.json, scripts and .gitignore without replacing anything", async () => {
    const tsconfig = {
      compilerOptions: { strict: true, outDir: "lib", module: "nodenext" },
      include: ["src"],
    };
    const dir = project({
      "package.json": JSON.stringify(
        {
          name: "x",
          scripts: { build: "tsc", test: "node --test" },
          devDependencies: { vitest: "4.1.12" },
          allowScripts: { "tree-sitter-c-sharp@0.23.5": true, sharp: true },
        },
        null,
        4,
      ),
      "tsconfig.json": JSON.stringify(tsconfig),
      ".gitignore": "dist/\nlib/",
    });
    const result = await init(dir);
    expect(result.code).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(pkg.scripts).toMatchObject({
      build: "tsc",
      test: "node --test",
      "build:policies": "apim-ts build",
      "test:policies": "vitest run",
    });
    expect(pkg.devDependencies.vitest).toBe("4.1.12");
    // The project's own review of tree-sitter-c-sharp's install script stands.
    expect(pkg.allowScripts).toEqual({ "tree-sitter-c-sharp@0.23.5": true, sharp: true });
    expect(fs.readFileSync(path.join(dir, "package.json"), "utf8")).toMatch(/^\{\n {4}"name"/);
    const merged = JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8"));
    expect(merged.include).toEqual(["src", "policy-src", "test", "vitest.config.mts"]);
    expect(merged.compilerOptions).toMatchObject({
      strict: true,
      outDir: "lib",
      module: "nodenext",
      skipLibCheck: true,
    });
    expect(merged.compilerOptions.noEmit).toBeUndefined();
    expect(merged.compilerOptions.moduleResolution).toBeUndefined();
    // An emitting project cannot import ".ts": the example test imports the policy as ".js".
    expect(fs.readFileSync(path.join(dir, "test/example.operation.test.ts"), "utf8")).toContain(
      `from "../policy-src/example.operation.js";`,
    );
    expect(fs.readFileSync(path.join(dir, ".gitignore"), "utf8")).toBe(
      "dist/\nlib/\n\n# apim-ts\nnode_modules/\n",
    );
    expect(result.stdout).toContain(
      `kept your "build" script; run the policies' with \`npm run build:policies\``,
    );
    expect(result.stdout).toContain(`npm run test:policies`);
  });

  it("refuses to overwrite and changes nothing (APIM2101)", async () => {
    const dir = project({
      "package.json": NPM_INIT,
      "policy-src/example.operation.ts": "// mine\n",
      "vite.config.ts": "export default {};\n",
    });
    const before = snapshot(dir);
    const result = await init(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error APIM2101");
    expect(result.stderr).toContain("policy-src/example.operation.ts");
    expect(result.stderr).toContain("vite.config.ts (add `plugins: [apimTs()]`");
    expect(snapshot(dir)).toEqual(before);
  });

  it("needs a package.json (exit 3)", async () => {
    const dir = project({});
    const result = await init(dir);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("run `npm init -y` there first");
  });
});
