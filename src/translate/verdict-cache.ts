// A disk cache of the harness translator's verdicts, so that a test run does not type-check the
// policy sources again when nothing they depend on changed (the first test of a file paid ~3 s
// for the program). One entry per source file, under node_modules/.cache/apim-ts/translations/:
//
// - valid while every file of the program that translated it (the file, its imports, apim-ts's
//   declarations, TypeScript's libs) and every settings file the verdict read (tsconfig.json and
//   what it extends: its options decide TypeScript's errors, which a verdict carries; the
//   apim-ts.config.json that names the policy folder, or its absence) has the same size and
//   content hash (mtime first, so an unchanged file is not read), and the translator itself
//   (apim-ts's src/, TypeScript's version) is the same;
// - a verdict is kept per function start offset AND per build-time capture the translation read
//   (build-time.ts reports every read): the same function created in a loop with another
//   captured constant is another C#. Reads of values without a stable fingerprint (objects with
//   functions, untagged functions) make the verdict uncacheable; it is then translated every run.
//
// APIM_TS_VERDICT_CACHE=off neither reads nor writes it: mutation testing (mutation/) switches
// mutants inside one instrumented copy of src/, whose files (and so this cache's key) are the
// same for every mutant; a cached verdict would hide the mutant.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type ts from "typescript";
import { sourceTagOf, type SourceTag } from "../model/source-tag.ts";
import { setCaptureObserver } from "./capture-observer.ts";
import type { IntegerSite } from "../model/integer-sites.ts";

export type CachedVerdict =
  | {
      readonly ok: true;
      readonly csharp: string;
      readonly resultType: string;
      /** Its int/long operators, registered again when the verdict is read (integer-sites.ts). */
      readonly integerSites?: readonly IntegerSite[];
    }
  | { readonly ok: false; readonly diagnostics: string };

/** One capture the translation read: the helper path from the root tag, the name, its fingerprint. */
interface CaptureRead {
  readonly path: readonly string[];
  readonly name: string;
  readonly fingerprint: string;
}

interface Entry {
  readonly version: number;
  readonly translator: string;
  /** path → [size, mtimeMs, sha1]; [-1, 0, ""] for a settings file that must stay absent. */
  readonly files: Record<string, [number, number, string]>;
  readonly verdicts: Record<string, { reads: CaptureRead[]; verdict: CachedVerdict }[]>;
}

// 3: verdicts carry the module's TypeScript errors, and settings files are dependencies.
const VERSION = 3;
const ABSENT = -1;
const SOURCE_ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let translatorFingerprint: string | undefined;
const entries = new Map<string, Entry | null>();

function switchedOff(): boolean {
  return process.env.APIM_TS_VERDICT_CACHE === "off";
}

function cacheDir(): string {
  return path.join(process.cwd(), "node_modules", ".cache", "apim-ts", "translations");
}

function sha1(text: string | Buffer): string {
  return createHash("sha1").update(text).digest("hex");
}

/** apim-ts's own sources (sizes and mtimes) and TypeScript's version: a translator change invalidates. */
function translator(): string {
  if (translatorFingerprint === undefined) {
    // TypeScript's version from its package.json: reading it must not load the compiler.
    const typescript = createRequire(import.meta.url)("typescript/package.json") as {
      version: string;
    };
    const hash = createHash("sha1").update(typescript.version).update(String(VERSION));
    const walk = (dir: string) => {
      for (const item of fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, item.name);
        if (item.isDirectory()) walk(full);
        else {
          const stat = fs.statSync(full);
          hash.update(`${full}\0${stat.size}\0${stat.mtimeMs}\n`);
        }
      }
    };
    walk(SOURCE_ROOT);
    translatorFingerprint = hash.digest("hex");
  }
  return translatorFingerprint;
}

function entryFile(file: string): string {
  return path.join(cacheDir(), `${sha1(file).slice(0, 16)}.json`);
}

function fileUnchanged(file: string, [size, mtimeMs, hash]: [number, number, string]): boolean {
  if (size === ABSENT) return !fs.existsSync(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (stat.size !== size) return false;
  return stat.mtimeMs === mtimeMs || sha1(fs.readFileSync(file)) === hash;
}

/** The file's entry if every dependency is unchanged (checked once per process). */
function validEntry(file: string): Entry | null {
  if (entries.has(file)) return entries.get(file)!;
  let entry: Entry | null = null;
  try {
    const read = JSON.parse(fs.readFileSync(entryFile(file), "utf8")) as Entry;
    if (
      read.version === VERSION &&
      read.translator === translator() &&
      Object.entries(read.files).every(([dep, state]) => fileUnchanged(dep, state))
    )
      entry = read;
  } catch {
    entry = null;
  }
  entries.set(file, entry);
  return entry;
}

/** Drops the entries read in this process (as a new process starts; tests). */
export function forgetLoadedVerdicts(): void {
  entries.clear();
}

/** A stable text for a build-time value, or undefined when it has none. */
function fingerprint(value: unknown): string | undefined {
  if (typeof value === "function") {
    const tag = sourceTagOf(value);
    return tag ? `fn:${tag.file}:${tag.start}` : undefined;
  }
  if (value instanceof Uint8Array) return `bytes:${Buffer.from(value).toString("base64")}`;
  if (value === undefined) return "undefined";
  let stable = true;
  const text = JSON.stringify(value, (_key, item) => {
    // No fingerprint; and JSON.stringify throws on a BigInt, which must reach the translator's
    // own refusal, not crash the cache.
    if (typeof item === "function" || typeof item === "bigint" || typeof item === "symbol") {
      stable = false;
      return null;
    }
    if (typeof item === "number" && !Number.isFinite(item)) return `number:${item}`;
    return item;
  });
  return stable ? `json:${text}` : undefined;
}

function tagAt(root: SourceTag, helperPath: readonly string[]): SourceTag | undefined {
  let tag: SourceTag | undefined = root;
  for (const name of helperPath) {
    const read: { found: boolean; value?: unknown } = tag.capture(name);
    tag = read.found ? sourceTagOf(read.value) : undefined;
    if (!tag) return undefined;
  }
  return tag;
}

/** The cached verdict for this function (its captures as they are now), if any. */
export function cachedVerdict(fn: Function, tag: SourceTag): CachedVerdict | undefined {
  if (switchedOff()) return undefined;
  const entry = validEntry(tag.file);
  const candidates = entry?.verdicts[tag.start];
  if (!candidates) return undefined;
  for (const { reads, verdict } of candidates) {
    const same = reads.every((read) => {
      const owner = tagAt(tag, read.path);
      if (!owner) return false;
      const now = owner.capture(read.name);
      return (now.found ? fingerprint(now.value) : "not-found") === read.fingerprint;
    });
    if (same) return verdict;
  }
  return undefined;
}

/**
 * Runs a translation, noting every build-time capture it reads; returns its result and the reads
 * (undefined: a read had no stable fingerprint, the verdict must not be cached).
 */
export function observingCaptures<T>(
  root: SourceTag,
  translate: () => T,
): { result: T; reads: CaptureRead[] | undefined } {
  const paths = new Map<SourceTag, readonly string[]>([[root, []]]);
  let reads: CaptureRead[] | undefined = [];
  setCaptureObserver((tag, name, result) => {
    const helperPath = paths.get(tag);
    const print = result.found ? fingerprint(result.value) : "not-found";
    if (!helperPath || print === undefined) {
      reads = undefined;
      return;
    }
    const valueTag = result.found ? sourceTagOf(result.value) : undefined;
    if (valueTag && !paths.has(valueTag)) paths.set(valueTag, [...helperPath, name]);
    reads?.push({ path: helperPath, name, fingerprint: print });
  });
  try {
    return { result: translate(), reads };
  } finally {
    setCaptureObserver(undefined);
  }
}

/**
 * Stores a verdict with the program's files and the settings files (`settings`: paths, present or
 * absent; an absent one must stay absent) as its dependencies.
 */
export function storeVerdict(
  program: ts.Program,
  tag: SourceTag,
  reads: CaptureRead[],
  verdict: CachedVerdict,
  settings: readonly string[],
): void {
  if (switchedOff()) return;
  let entry = validEntry(tag.file);
  if (!entry) {
    const files: Entry["files"] = {};
    const names = program.getSourceFiles().map((source) => path.resolve(source.fileName));
    for (const name of settings.map((setting) => path.resolve(setting)))
      if (fs.existsSync(name)) names.push(name);
      else files[name] = [ABSENT, 0, ""];
    for (const name of names) {
      try {
        const stat = fs.statSync(name);
        files[name] = [stat.size, stat.mtimeMs, sha1(fs.readFileSync(name))];
      } catch {
        return; // a file that is not on disk: nothing to validate against, do not cache
      }
    }
    entry = { version: VERSION, translator: translator(), files, verdicts: {} };
    entries.set(tag.file, entry);
  }
  (entry.verdicts[tag.start] ??= []).push({ reads, verdict });
  try {
    fs.mkdirSync(cacheDir(), { recursive: true });
    const target = entryFile(tag.file);
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(entry));
    fs.renameSync(temporary, target);
  } catch {
    // a read-only node_modules: the cache is an optimisation
  }
}
