// A disk cache of the vitest plugin's transform (tagged-transpile.ts), so that a test run whose
// policy and test files did not change never loads the TypeScript compiler in vitest's main
// process (about 0.6 s, more on a busy machine: a third of a one-file run's start).
//
// - One entry per transformed text, under node_modules/.cache/apim-ts/transforms/ of the project
//   root: the key hashes the file's path and text, the tag module's path, TypeScript's version and
//   the transform's own source files (so an apim-ts upgrade or edit misses).
// - A miss transpiles and writes the entry (atomically: a temporary file, then a rename); a
//   read-only node_modules only loses the saving.
// - APIM_TS_TRANSFORM_CACHE=off neither reads nor writes it (mutation testing: every mutant of
//   one Stryker run has the same files, so the key would not change).
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TaggedModule } from "./tagged-transpile.ts";

const VERSION = 1;
const EXTENSION = path.extname(fileURLToPath(import.meta.url));
/** The modules whose code decides the transform's output. */
const TRANSFORM_SOURCES = ["tagged-transpile", "tag-transform", "element-rewrite", "tag-names"].map(
  (name) => fileURLToPath(new URL(`./${name}${EXTENSION}`, import.meta.url)),
);

let fingerprint: string | undefined;

/**
 * What the transform's output depends on besides a file's path and text: this cache's version,
 * TypeScript's version and the transform's own sources (a hex SHA-256). The plugin also gives it
 * to vitest's own module cache (`experimental.fsModuleCache`), whose key does not cover it.
 */
export function transformFingerprint(): string {
  if (fingerprint === undefined) {
    const typescript = createRequire(import.meta.url)("typescript/package.json") as {
      version: string;
    };
    const hash = createHash("sha256").update(`${VERSION}\0${typescript.version}\0`);
    for (const file of TRANSFORM_SOURCES) hash.update(fs.readFileSync(file)).update("\0");
    fingerprint = hash.digest("hex");
  }
  return fingerprint;
}

/** The cache folder of a project root. */
export function transformCacheFolder(root: string): string {
  return path.join(root, "node_modules", ".cache", "apim-ts", "transforms");
}

/**
 * The tagged module for `code` (the text of `file`): from the cache under `root` when an entry
 * has the same key, else transpiled (loading TypeScript) and stored.
 */
export async function cachedTransform(
  root: string,
  file: string,
  code: string,
  tagModule: string,
): Promise<TaggedModule> {
  const transpile = async () =>
    (await import("./tagged-transpile.ts")).transpileTagged(code, file, tagModule);
  if (process.env.APIM_TS_TRANSFORM_CACHE === "off") return transpile();
  const key = createHash("sha256")
    .update(`${transformFingerprint()}\0${file}\0${tagModule}\0`)
    .update(code)
    .digest("hex");
  const entry = path.join(transformCacheFolder(root), key.slice(0, 2), `${key.slice(2)}.json`);
  try {
    const stored = JSON.parse(fs.readFileSync(entry, "utf8")) as TaggedModule & { key: string };
    if (stored.key === key) return { code: stored.code, map: stored.map };
  } catch {
    // not cached yet (or unreadable): transpile below
  }
  const result = await transpile();
  try {
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    const temporary = `${entry}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ key, ...result }));
    fs.renameSync(temporary, entry);
  } catch {
    // a read-only node_modules: the cache is an optimisation
  }
  return result;
}
