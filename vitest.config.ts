import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { apimTs } from "./src/compile/vitest-plugin.ts";

// This repository's own tests import "apim-ts", "apim-ts/harness", ... as a consumer does, but
// from source: each export's "apim-ts-source" condition (package.json), not the compiled dist/.
const exportsMap = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"))
  .exports as Record<string, string | Record<string, string>>;
const sourceAliases = Object.entries(exportsMap)
  .filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === "object")
  .map(([subpath, conditions]) => ({
    find: new RegExp(`^${`apim-ts${subpath.slice(1)}`.replace(/[/.]/g, "\\$&")}$`),
    replacement: new URL(conditions["apim-ts-source"]!, import.meta.url).pathname,
  }));

export default defineConfig({
  // This repository's suites replay explicitly (test/replay/*, the seed matrix) and some send
  // deliberately divergent fixtures (a wrong csharp() twin), so the end-of-run replay that every
  // consumer project gets is off here; test/replay/consumer-project.test.ts proves it.
  plugins: [apimTs({ replay: false })],
  resolve: { alias: sourceAliases },
  test: {
    include: ["test/**/*.test.ts"],
    // One module graph per worker, not per file: the TypeScript program the harness's translation
    // check builds, and the modules every file imports, are shared across files (about a third of
    // the wall time, measured on test/harness). Tests set up what they need (issue 10: no test
    // depends on another's state), and the harness translator keeps a bounded set of programs.
    isolate: false,
    // One worker per core, not vitest's default of cores - 1: the slow files (CLI processes, npm,
    // mcs and mono) wait on child processes, so the main process leaves a core idle. On the
    // 2-core machine the whole suite took 564 s with one worker and 318 s with two.
    maxWorkers: availableParallelism(),
    // Vitest keeps each module's transform (TypeScript stripped, imports rewritten) on disk under
    // node_modules/.experimental-vitest-cache, keyed by the file's text, the config and the
    // plugins (the apim-ts plugin adds its transform's fingerprint): a warm run transformed for
    // 9.7 s instead of 55.6 s of the main process's time, measured on test:quick (busy machine).
    experimental: { fsModuleCache: true },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
