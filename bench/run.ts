// `npm run bench`: runs every benchmark in this folder in turn and prints its figures beside its
// baseline. Figures, not pass/fail: speed is never asserted by tests.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const only = process.argv.slice(2);
const files = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(import.meta.dirname, file)).href)) as {
    run: () => Promise<void>;
  };
  console.log(`\n=== ${file}`);
  await module.run();
}
