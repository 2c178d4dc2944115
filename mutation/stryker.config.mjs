// Stryker configuration of one area (MUTATE_AREA, see areas.mjs), used by mutation/run.mjs.
import { areas } from "./areas.mjs";

const name = process.env.MUTATE_AREA;
const area = name ? areas[name] : undefined;
if (!area) throw new Error(`MUTATE_AREA must be one of: ${Object.keys(areas).join(", ")}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "mutation/vitest.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: area.mutate,
  coverageAnalysis: area.coverage ?? "perTest",
  ignoreStatic: (area.coverage ?? "perTest") === "perTest",
  // Only mutated library files get `// @ts-nocheck`; tests read some test files as text (README).
  disableTypeChecks: "{src,harness}/**/*.ts",
  incremental: true,
  incrementalFile: `mutation/incremental/${name}.json`,
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  // Generous: on the shared 2-core machine a loaded run otherwise reports slow tests as timeouts,
  // which Stryker counts as killed.
  timeoutMS: 30_000,
  // Stryker's default of 5 minutes for the initial test run is too short on the loaded machine
  // for an area whose tests translate expressions (validate-jwt's four files took longer).
  dryRunTimeoutMinutes: 20,
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: `mutation/reports/${name}.json` },
  clearTextReporter: {
    allowEmojis: false,
    logTests: false,
    reportScoreTable: true,
    reportMutants: true,
  },
  tempDirName: `.stryker-tmp/${name}`,
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
