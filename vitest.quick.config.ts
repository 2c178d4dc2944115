// `npm run test:quick`: the inner loop. Every suite that runs in this process and its workers;
// not the integration files that start other programs and wait on them (the CLI as a process,
// npm pack and install, a nested vitest in a consumer project, real TLS and openssl, the
// benchmarks run once), which take most of `npm test`'s time. `npm test` (and CI) runs everything, these included.
import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/** The integration files: each starts processes (see the header). */
export const INTEGRATION_TESTS = [
  "test/readme.test.ts",
  "test/cli/**/*.test.ts",
  "test/package/**/*.test.ts",
  "test/replay/consumer-project.test.ts",
  "test/replay/verify-command.test.ts",
  "test/certificates/interop.test.ts",
  "test/bench/smoke.test.ts",
];

export default defineConfig({
  ...base,
  test: { ...base.test, exclude: [...configDefaults.exclude, ...INTEGRATION_TESTS] },
});
