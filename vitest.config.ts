import { defineConfig } from "vitest/config";
import { apimTs } from "./src/compile/vitest-plugin.ts";

export default defineConfig({
  // This repository's suites replay explicitly (test/replay/*, the seed matrix) and some send
  // deliberately divergent fixtures (a wrong csharp() twin), so the end-of-run replay that every
  // consumer project gets is off here; test/replay/consumer-project.test.ts proves it.
  plugins: [apimTs({ replay: false })],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
