// The vitest configuration Stryker runs (mutation/stryker.config.mjs): the project's config with
// only the area's test files (MUTATE_TESTS, comma-separated globs), the C# cross-check off and,
// for areas that mutate the library (src/), the translator's and the plugin's disk caches off.
import { defineConfig } from "vitest/config";
import base from "../vitest.config.ts";
import { areas } from "./areas.mjs";

// The C# cross-check (mcs and mono) is off unless the area asks for it (areas.mjs: the translator's
// parts, whose mutants change the C# the translator prints, which only mono can tell apart).
const area = areas[process.env.MUTATE_AREA ?? ""];
if (!area?.crosscheck) process.env.APIM_TS_CROSSCHECK = "off";
// The C# output cache keeps its newest 200 compiles and 400 runs: a mutation run's C# (a compile
// per mutant that changes a test file's expressions) would push out the entries of this
// repository's own `npm test`, which then compiles again (a translator run wrote 354 of its 600).
// Mutation runs keep their own folder.
process.env.APIM_TS_CSHARP_CACHE ??= "node_modules/.cache/apim-ts/csharp-mutation";
// The translator's verdict cache and the plugin's transform cache are keyed by src/'s files, the
// same for every mutant of a run: a cached translation would hide a mutant of src/. An area that
// mutates only harness/ keeps them: src/ never imports the harness (CONTRIBUTING.md), so no
// harness mutant changes a translation, and without the cache every test with an expression
// type-checks its file again for each mutant (~30 s on the shared machine, against ~1 s).
if (!area || area.mutate.some((pattern: string) => !pattern.startsWith("harness/"))) {
  process.env.APIM_TS_VERDICT_CACHE = "off";
  process.env.APIM_TS_TRANSFORM_CACHE = "off";
}
const include = (process.env.MUTATE_TESTS ?? "").split(",").filter(Boolean);

// A file's first test with an expression type-checks its policy sources (the translator's verdict
// cache is keyed by path, and the sandbox's paths are new): on the loaded shared machine that
// took more than the project's 60 s in Stryker's initial test run, which then stops the whole
// area. Mutants are bounded by Stryker's own timeoutMS (stryker.config.mjs), not by this.
// MUTATE_TEST_TIMEOUT (ms) sets another limit.
const testTimeout = Number(process.env.MUTATE_TEST_TIMEOUT ?? 300_000);

// Stryker's sandbox holds every mutant in one instrumented text, so vitest's module cache would
// only fill the disk with sandbox paths: it stays off.
export default defineConfig({
  ...base,
  test: { ...base.test, include, testTimeout, experimental: { fsModuleCache: false } },
});
