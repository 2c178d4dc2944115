// The vitest configuration Stryker runs (mutation/stryker.config.mjs): the project's config with
// only the area's test files (MUTATE_TESTS, comma-separated globs), the C# cross-check off and the
// translator's verdict cache off (src/translate/verdict-cache.ts).
import { defineConfig } from "vitest/config";
import base from "../vitest.config.ts";

process.env.APIM_TS_CROSSCHECK = "off";
// The translator's and the plugin's disk caches are keyed by src/'s files, the same for every
// mutant of a run.
process.env.APIM_TS_VERDICT_CACHE = "off";
process.env.APIM_TS_TRANSFORM_CACHE = "off";
const include = (process.env.MUTATE_TESTS ?? "").split(",").filter(Boolean);

export default defineConfig({ ...base, test: { ...base.test, include } });
