// What a test run loads before it needs TypeScript: the vitest plugin (vitest's main process), the
// replay setup file and the harness (each worker) must not import the TypeScript compiler
// statically. It is loaded on demand, only when a file's transform or an expression's verdict is
// not cached (src/compile/transform-cache.ts, src/translate/harness-verdicts.ts): loading it costs
// about 0.6 s per process, most of a small test file's run. jose, used only by JWT policies and
// mintJwt, all asynchronous, is loaded on first use too (harness/apim/jwt/jose.ts). A static import
// path is a regression.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repository = path.resolve(import.meta.dirname, "../..");
// Value imports and re-exports (`import type` and `export type` are erased; with
// verbatimModuleSyntax, `import { type X }` still loads its module, so it counts).
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm;

/**
 * TypeScript as apim-ts imports it: through src/compile/typescript.js (which require()s it), or a
 * bare import of the package.
 */
const TYPESCRIPT = ["typescript", "src/compile/typescript.js"];

/**
 * The chain of static imports from `entry` to one of `targets` (bare specifiers, or files relative
 * to the repository), if any.
 */
function staticPath(entry: string, targets: readonly string[]): string[] | undefined {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const resolved = path.resolve(path.dirname(file), specifier!);
      const target = targets.find(
        (t) =>
          t === specifier ||
          (specifier!.startsWith(".") && t === path.relative(repository, resolved)),
      );
      if (target) {
        const chain = [target];
        for (let at: string | null = file; at; at = parent.get(at)!)
          chain.unshift(path.relative(repository, at));
        return chain;
      }
      if (!specifier!.startsWith(".")) continue;
      if (!parent.has(resolved) && fs.existsSync(resolved)) {
        parent.set(resolved, file);
        queue.push(resolved);
      }
    }
  }
  return undefined;
}

describe("TypeScript and jose are loaded only when needed", () => {
  it.each([
    "src/compile/vitest-plugin.ts",
    "harness/replay/vitest-setup.ts",
    "harness/replay/vitest-reporter.ts",
    "harness/index.ts",
    "harness/appgw/index.ts",
    "src/index.ts",
    // `apim-ts help` and a refused command line answer without loading the compiler.
    "cli/main.ts",
  ])("%s does not import typescript statically", (entry) => {
    expect(staticPath(path.join(repository, entry), TYPESCRIPT)).toBeUndefined();
  });

  it.each(["harness/index.ts", "harness/replay/vitest-setup.ts", "src/index.ts"])(
    "%s does not import jose statically",
    (entry) => {
      expect(staticPath(path.join(repository, entry), ["jose"])).toBeUndefined();
    },
  );

  it("finds a static import when there is one (the check can fail)", () => {
    expect(staticPath(path.join(repository, "src/translate/for-harness.ts"), TYPESCRIPT)).toEqual([
      "src/translate/for-harness.ts",
      "src/compile/typescript.js",
    ]);
  });

  it("every module of apim-ts loads TypeScript through src/compile/typescript.js", () => {
    // A bare `import ts from "typescript"` loads it as an ES module: 1.5 to 2 s more per process.
    const sources = ["src", "harness", "cli"].flatMap((folder) =>
      fs
        .readdirSync(path.join(repository, folder), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
        .map((file) => path.join(folder, file)),
    );
    expect(sources.length).toBeGreaterThan(100);
    const bare = sources.filter((file) =>
      [...fs.readFileSync(path.join(repository, file), "utf8").matchAll(STATIC_IMPORT)].some(
        ([, specifier]) => specifier === "typescript",
      ),
    );
    expect(bare).toEqual([]);
  });
});
