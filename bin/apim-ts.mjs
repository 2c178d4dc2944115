#!/usr/bin/env node
// Entry of the apim-ts binary. Installed from npm, the package holds the compiled CLI
// (dist/cli/main.js, built by `prepack`) and runs it as it is. In this repository's checkout
// the TypeScript sources are present (cli/main.ts is not published): tsx is registered so the
// library runs from source, without a build step.
import { existsSync } from "node:fs";

const source = new URL("../cli/main.ts", import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import("../dist/cli/main.js"));
}
process.exitCode = await main(process.argv.slice(2));
