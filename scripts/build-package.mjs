#!/usr/bin/env node
// Builds the published form of apim-ts into dist/ (run by `npm run build:package` and `prepack`):
// the library, the harness and the CLI compiled by tsc (tsconfig.build.json) to ES modules with
// .d.ts files, plus the non-TypeScript files the harness reads at run time (the C# model of
// APIM's context that the cross-check compiles). Declaration files get ".js" relative
// specifiers, the form every consumer's TypeScript setting resolves; tsc keeps ".ts" there.
// `--out-dir DIR` builds into DIR instead of dist/ (the tests' one build per source state,
// test/package/built-package.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outFlag = process.argv.indexOf("--out-dir");
const dist = outFlag === -1 ? path.join(root, "dist") : path.resolve(process.argv[outFlag + 1]);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

fs.rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [tsc, "-p", path.join(root, "tsconfig.build.json"), "--outDir", dist],
  {
    stdio: "inherit",
    cwd: root,
  },
);

const RELATIVE_TS = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']*?)\.ts(["'])/g;
for (const file of fs.readdirSync(dist, { recursive: true, encoding: "utf8" })) {
  if (!file.endsWith(".d.ts")) continue;
  const full = path.join(dist, file);
  const text = fs.readFileSync(full, "utf8");
  const rewritten = text.replace(RELATIVE_TS, "$1$2.js$3");
  if (rewritten !== text) fs.writeFileSync(full, rewritten);
}

// Assets beside the compiled modules that read them through import.meta.url.
// src/compile/typescript.js is JavaScript with its types beside it (it says why): tsc copies neither.
const ASSETS = [
  ["harness/crosscheck/model", /\.cs$/],
  ["src/compile", /^typescript\.(js|d\.ts)$/],
];
for (const [folder, pattern] of ASSETS) {
  const from = path.join(root, folder);
  const to = path.join(dist, folder);
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from))
    if (pattern.test(name)) fs.copyFileSync(path.join(from, name), path.join(to, name));
}
console.log(`apim-ts: package built in ${path.relative(process.cwd(), dist) || "."}`);
