// The vitest configuration Stryker runs (mutation/stryker.config.mjs): the project's config with
// only the area's test files (MUTATE_TESTS, comma-separated globs) and the C# cross-check off.
import { defineConfig } from "vitest/config";
import base from "../vitest.config.ts";

process.env.APIM_TS_CROSSCHECK = "off";
const include = (process.env.MUTATE_TESTS ?? "").split(",").filter(Boolean);

export default defineConfig({ ...base, test: { ...base.test, include } });
