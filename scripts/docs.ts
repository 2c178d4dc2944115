// `npm run docs`: writes the generated pages of docs/ (policies, diagnostics, context and .NET
// reference). `npm run docs -- --check` writes nothing and exits 1 when a committed page differs
// from what the generator produces (test/docs/generated.test.ts runs the same comparison).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateDocs } from "./docs/generate.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [file, content] of generateDocs(root)) {
  const target = path.join(root, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
  if (current === content) continue;
  if (check) stale.push(file);
  else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`wrote ${file}`);
  }
}
if (check && stale.length > 0) {
  console.error(`stale generated docs (run npm run docs): ${stale.join(", ")}`);
  process.exit(1);
}
