#!/usr/bin/env node
// Entry of the apim-ts binary: registers tsx so the TypeScript sources (the library and the
// policy modules the build imports) run directly, then hands over to cli/main.ts.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
