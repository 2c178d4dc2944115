// apim-ts as npm installs it, built once per state of the sources: the published files (the
// `files` of package.json, with dist/ compiled by scripts/build-package.mjs, the script `prepack`
// runs) in a folder under node_modules/.cache/apim-ts/package/<hash>/. The tests that set up a
// team's project (pack-install, the consumer project of the C# replay) use this one build instead
// of each compiling the package (`npm pack`'s prepack) or loading the sources through vite in
// every nested process. The hash covers every input of the build, so an edited source builds
// again and an unchanged tree reuses the folder across test files, workers and runs.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const repository = path.resolve(import.meta.dirname, "../..");
const cache = path.join(repository, "node_modules", ".cache", "apim-ts", "package");

/** What the build reads: the compiled folders, the published files, the build's own settings. */
const INPUTS = [
  "src",
  "harness",
  "cli",
  "bin",
  "certs",
  "docs",
  "README.md",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "scripts/build-package.mjs",
];
/** The published files besides dist/ (package.json `files`), copied as they are. */
const PUBLISHED = ["bin", "certs", "docs", "README.md", "package.json"];

function inputHash(): string {
  const hash = createHash("sha256");
  const add = (relative: string) => {
    const full = path.join(repository, relative);
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) add(path.join(relative, name));
      return;
    }
    hash.update(`${relative}\0`).update(fs.readFileSync(full)).update("\0");
  };
  for (const input of INPUTS) add(input);
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** How long another process may hold the build lock before it is taken as abandoned. */
const STALE_LOCK_MS = 600_000;

function build(target: string): void {
  const staging = `${target}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  execFileSync(
    process.execPath,
    [
      path.join(repository, "scripts", "build-package.mjs"),
      "--out-dir",
      path.join(staging, "dist"),
    ],
    { cwd: repository, stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 },
  );
  for (const entry of PUBLISHED)
    fs.cpSync(path.join(repository, entry), path.join(staging, entry), { recursive: true });
  fs.renameSync(staging, target);
}

/** Builds kept besides the new one: checkouts sharing node_modules may each use one. */
const KEPT_BUILDS = 3;

/** Removes all but the most recent earlier builds (never a build in progress, never a lock). */
function pruneOlderBuilds(): void {
  const builds = fs
    .readdirSync(cache)
    .filter((name) => /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ name, at: fs.statSync(path.join(cache, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of builds.slice(KEPT_BUILDS))
    fs.rmSync(path.join(cache, name), { recursive: true, force: true });
}

let built: string | undefined;

/**
 * The folder of the package built from the current sources (package.json, bin/, dist/, certs/,
 * docs/, README.md), building it first if no test built this state yet. Synchronous: it blocks
 * until the build is done (about 20 s of CPU), here or in another worker holding the lock.
 * @throws Error when the build fails (tsc's errors are on stderr) or a lock is held for 10 min.
 */
export function builtPackage(): string {
  if (built) return built;
  const target = path.join(cache, inputHash());
  const lock = `${target}.lock`;
  fs.mkdirSync(cache, { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  while (!fs.existsSync(target)) {
    try {
      fs.mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (!held) continue;
      if (Date.now() - held.mtimeMs > STALE_LOCK_MS)
        fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} held for 10 minutes`);
      else sleep(500);
      continue;
    }
    try {
      if (!fs.existsSync(target)) {
        pruneOlderBuilds();
        build(target);
      }
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  built = target;
  return target;
}
