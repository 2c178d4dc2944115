// A content-hash cache of what mcs and mono produce, so that a test run does not compile and run
// the same C# again when nothing it depends on changed (issue 11: share work across runs). Under
// node_modules/.cache/apim-ts/csharp/ of the working directory:
//
// - compile/<key>/: the program mcs built (expressions.exe), mcs's output and the allow-list
//   inspection's output. The key hashes the generated program, every model/*.cs file, the mcs
//   arguments and the toolchain (the mcs, mono and Json.NET files, by size, mtime and path).
// - run/<key>.jsonl: the JSON lines one `mono expressions.exe run` printed. The key hashes the
//   compile key, the cases file, the gateway time zone and that zone's tz database file.
//
// Only what is fully determined by its key is kept: a successful compile (a failing one is rare
// and its diagnostics are cheap to get again) and a run that exited with 0. The runner reads no
// wall clock, no randomness and no network (clock-rewrite.ts, random-rewrite.ts, guid-rewrite.ts
// feed it the case's recorded values), so the same inputs print the same lines. The JavaScript
// side is never cached: every run compares fresh harness outcomes with these C# outcomes.
// APIM_TS_CSHARP_CACHE=off switches the cache off (or names another folder); the cache keeps the newest MAX_RUNS runs and
// MAX_COMPILES programs (by modification time), so it does not grow without bound.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { CSharpToolchain } from "./compiler.ts";

const VERSION = "1";
const MAX_COMPILES = 200;
const MAX_RUNS = 400;

/** The cache's folder: APIM_TS_CSHARP_CACHE names another, or is `off` (then undefined). */
export function csharpCacheDirectory(): string | undefined {
  const setting = process.env.APIM_TS_CSHARP_CACHE;
  if (setting === "off") return undefined;
  if (setting) return path.resolve(setting);
  return path.join(process.cwd(), "node_modules", ".cache", "apim-ts", "csharp");
}

const LIBRARIES = [
  "mcs.exe",
  "mscorlib.dll",
  "System.dll",
  "System.Core.dll",
  "System.Xml.dll",
  "System.Xml.Linq.dll",
];
const toolchainPrints = new WeakMap<CSharpToolchain, string>();

function fileStamp(file: string | undefined): string {
  if (!file) return "-";
  try {
    const real = fs.realpathSync(file);
    const stat = fs.statSync(real);
    return `${real}\0${stat.size}\0${stat.mtimeMs}`;
  } catch {
    return `${file}\0missing`;
  }
}

/** The toolchain's files as they are now: another mcs, mono or Json.NET is another key. */
function toolchainPrint(toolchain: CSharpToolchain, newtonsoftJson: string): string {
  let print = toolchainPrints.get(toolchain);
  if (print === undefined) {
    // mcs is a script that runs mcs.exe, and both programs' behaviour lives in mono's class
    // libraries: their files are part of the print too.
    const libraries = path.join(
      path.dirname(path.dirname(fs.realpathSync(toolchain.mono))),
      "lib",
      "mono",
      "4.5",
    );
    print = [
      toolchain.mcs,
      toolchain.mono,
      newtonsoftJson,
      ...LIBRARIES.map((name) => path.join(libraries, name)),
    ]
      .map(fileStamp)
      .join("\n");
    toolchainPrints.set(toolchain, print);
  }
  return print;
}

function sha256(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash("sha256").update(VERSION);
  // A string goes in as its UTF-8 bytes either way, but Hash.update(string) encodes several
  // times slower than Buffer.from: a batch's cases file (27 MB of JSON) took a second to hash.
  for (const part of parts)
    hash.update("\0").update(typeof part === "string" ? Buffer.from(part) : part);
  return hash.digest("hex");
}

// Each model file's content hash, per process: a compile needs every model/*.cs file, and reading
// them all again for each batch is the larger part of computing the key. The entry is keyed by
// the file's size and mtime, so a file edited while the process runs (a watch run) is read again.
const modelDigests = new Map<string, { readonly stamp: string; readonly digest: string }>();

function modelDigest(file: string): string {
  const stat = fs.statSync(file);
  const stamp = `${stat.size}\0${stat.mtimeMs}`;
  const known = modelDigests.get(file);
  if (known?.stamp === stamp) return known.digest;
  const digest = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  modelDigests.set(file, { stamp, digest });
  return digest;
}

/** The key of one mcs compile (see the module header). */
export function compileKey(
  toolchain: CSharpToolchain,
  newtonsoftJson: string,
  args: readonly string[],
  source: string,
  modelFiles: readonly string[],
): string {
  return sha256(
    toolchainPrint(toolchain, newtonsoftJson),
    args.join("\n"),
    source,
    ...modelFiles.flatMap((file) => [path.basename(file), modelDigest(file)]),
  );
}

/** The key of one mono run of a compiled program over a cases file in a time zone. */
export function runKey(compile: string, zone: string, casesJson: string): string {
  let zoneData: Buffer | string = "-";
  try {
    zoneData = fs.readFileSync(path.join("/usr/share/zoneinfo", zone));
  } catch {
    // An unknown zone: the runner refuses it (exit 3), and such a run is never stored.
  }
  return sha256(compile, zone, zoneData, casesJson);
}

export interface CachedCompile {
  /** mcs's output (stdout and stderr) when it built the program. */
  readonly output: string;
  /** `mono expressions.exe inspect` output, when it was run. */
  readonly inspection?: string;
}

function compileFolder(key: string): string | undefined {
  const root = csharpCacheDirectory();
  return root && path.join(root, "compile", key);
}

/** Copies the cached program to `exePath` and returns its outputs, or undefined (a miss). */
export function restoreCompile(key: string, exePath: string): CachedCompile | undefined {
  const folder = compileFolder(key);
  if (!folder) return undefined;
  try {
    const output = fs.readFileSync(path.join(folder, "mcs.txt"), "utf8");
    fs.copyFileSync(path.join(folder, "expressions.exe"), exePath);
    const inspectionFile = path.join(folder, "inspect.txt");
    const inspection = fs.existsSync(inspectionFile)
      ? fs.readFileSync(inspectionFile, "utf8")
      : undefined;
    touch(folder);
    return { output, inspection };
  } catch {
    return undefined;
  }
}

/** Keeps a successful compile (and, later, its inspection). Failures to write are ignored. */
export function storeCompile(key: string, exePath: string, output: string): void {
  const folder = compileFolder(key);
  if (!folder) return;
  try {
    const staging = `${folder}.${process.pid}.tmp`;
    fs.mkdirSync(staging, { recursive: true });
    fs.copyFileSync(exePath, path.join(staging, "expressions.exe"));
    fs.writeFileSync(path.join(staging, "mcs.txt"), output);
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(staging, folder);
    prune(path.dirname(folder), MAX_COMPILES);
  } catch {
    // Another worker stored the same key at the same moment, or the disk is read-only.
  }
}

export function storeInspection(key: string, inspection: string): void {
  const folder = compileFolder(key);
  if (!folder || !fs.existsSync(folder)) return;
  writeAtomically(path.join(folder, "inspect.txt"), inspection);
}

function runFile(key: string): string | undefined {
  const root = csharpCacheDirectory();
  return root && path.join(root, "run", `${key}.jsonl`);
}

/** The stdout of an earlier identical run, or undefined. */
export function restoreRun(key: string): string | undefined {
  const file = runFile(key);
  if (!file) return undefined;
  try {
    const stdout = fs.readFileSync(file, "utf8");
    touch(file);
    return stdout;
  } catch {
    return undefined;
  }
}

export function storeRun(key: string, stdout: string): void {
  const file = runFile(key);
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeAtomically(file, stdout);
  prune(path.dirname(file), MAX_RUNS);
}

function writeAtomically(file: string, text: string): void {
  try {
    const staging = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(staging, text);
    fs.renameSync(staging, file);
  } catch {
    // As in storeCompile: a cache that cannot be written is only a slower run.
  }
}

function touch(file: string): void {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // Read-only: the entry is only less likely to survive pruning.
  }
}

/** Removes the oldest entries (by modification time) beyond `keep`. */
function prune(folder: string, keep: number): void {
  try {
    const items = fs.readdirSync(folder).filter((name) => !name.endsWith(".tmp"));
    if (items.length <= keep) return;
    const dated = items
      .map((name) => ({ name, at: fs.statSync(path.join(folder, name)).mtimeMs }))
      .sort((a, b) => a.at - b.at);
    for (const { name } of dated.slice(0, dated.length - keep))
      fs.rmSync(path.join(folder, name), { recursive: true, force: true });
  } catch {
    // Another worker pruned first.
  }
}
