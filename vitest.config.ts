import { defineConfig } from "vitest/config";
import { apimTs } from "./src/compile/vitest-plugin.ts";

export default defineConfig({
  plugins: [apimTs()],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
