// A compiler host whose parsed source files and module resolutions are shared by every program
// one process builds. The harness builds a program per test file (for-harness.ts) and the
// conformance DSL one per suite; in this repository each reaches ~700 files (the library's
// sources), and TypeScript reuses an old program's files only when the root files are the same,
// so each new program parsed and bound them all again: 2-3 s per test file, most of a cold run.
// With this host a later program parses only what changed (about 0.3 s).
// A file is reused only while its content is the same (read again for every program, its bytes
// compared in full: decoding them was a fifth of a program's build, and the same bytes are the same
// text), so an edit between two runs of one process (watch mode) is seen; any changed file also
// drops the module resolutions, which a new or removed file could change, and a failed lookup is
// never kept. Files are shared only between programs whose settings parse and bind a file alike
// (the key TypeScript's own document registry uses), so the build's program (module preserve)
// and the harness's (the project's settings) keep their own copies.
import fs from "node:fs";
import path from "node:path";
import ts from "./typescript.js";

interface Parsed {
  /** The file's bytes, when the host's own readFile read it (the text is the source file's). */
  readonly bytes?: Buffer;
  readonly sourceFile: ts.SourceFile;
}

const parsed = new Map<string, Parsed>();
const registry = ts.createDocumentRegistry();
const resolutions = new Map<string, ts.ModuleResolutionCache>();
let failedLookups = 0;

/** For tests: how many module lookups failed (each drops the shared resolutions). */
export function sharedHostFailedLookups(): number {
  return failedLookups;
}

function languageKey(version: ts.ScriptTarget | ts.CreateSourceFileOptions): string {
  return typeof version === "object"
    ? `${version.languageVersion}|${version.impliedNodeFormat}|${version.jsDocParsingMode}`
    : String(version);
}

/** The file's bytes, or undefined when it cannot be read (TypeScript's sys.readFile says so too). */
function readBytes(fileName: string): Buffer | undefined {
  try {
    return fs.readFileSync(fileName);
  } catch {
    return undefined;
  }
}

/** The text TypeScript's sys.readFile makes of these bytes: UTF-8, or UTF-16 after its mark. */
function decode(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Big-endian: swapped on a copy, the bytes are kept for the next comparison.
    const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
    return swapped.swap16().toString("utf16le", 2);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.toString("utf16le", 2);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.toString("utf8", 3);
  return bytes.toString("utf8");
}

/** A host for `options` that shares parsed files and module resolutions across programs. */
export function sharedCompilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  // As tsc parses: JSDoc comments of .ts files are skipped (kept only when they hold @see or
  // @link), since no type error depends on them and nothing here reads them; emitted code keeps
  // comments from the text either way. A sixth of a program's build (0.4 of 2.1 s of a core for
  // the shipped policies, measured on the 2-core machine).
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const settings = registry.getKeyForCompilationSettings(options);
  const ownReadFile = host.readFile;
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const key = `${settings}\0${path.resolve(fileName)}\0${languageKey(languageVersion)}`;
    const known = parsed.get(key);
    let bytes: Buffer | undefined;
    let text: string | undefined;
    // A caller that replaced readFile (a file only in memory) is asked for the text.
    if (host.readFile === ownReadFile) {
      bytes = readBytes(fileName);
      if (bytes === undefined) return undefined;
      if (known?.bytes?.equals(bytes)) return known.sourceFile;
      text = decode(bytes);
    } else {
      try {
        text = host.readFile(fileName);
      } catch (error) {
        onError?.((error as Error).message);
        return undefined;
      }
      if (text === undefined) return undefined;
      if (known?.sourceFile.text === text) return known.sourceFile;
    }
    if (known) resolutions.clear();
    const sourceFile = ts.createSourceFile(fileName, text, languageVersion, true);
    parsed.set(key, { bytes, sourceFile });
    return sourceFile;
  };
  // The program looks up each file's package.json scope (its module format) through this cache;
  // without one it walks up the folders again for every file, a third of a program's build
  // (node_modules has no other cache). A new cache per program: an edited package.json is seen by
  // the next program, as before.
  host.getModuleResolutionCache = () =>
    ts.createModuleResolutionCache(host.getCurrentDirectory(), host.getCanonicalFileName, options);
  const optionsKey = JSON.stringify(options);
  host.resolveModuleNameLiterals = (
    literals,
    containingFile,
    redirected,
    compilerOptions,
    file,
  ) => {
    let cache = resolutions.get(optionsKey);
    if (!cache) {
      cache = ts.createModuleResolutionCache(
        host.getCurrentDirectory(),
        host.getCanonicalFileName,
        compilerOptions,
      );
      resolutions.set(optionsKey, cache);
    }
    const resolved = literals.map((literal) =>
      ts.resolveModuleName(
        literal.text,
        containingFile,
        compilerOptions,
        host,
        cache,
        redirected,
        ts.getModeForUsageLocation(file, literal, compilerOptions),
      ),
    );
    // A failed lookup of a file is not kept: the file may be created before the next program.
    // (Packages that are not installed, such as the optional peers vite's types name, fail in
    // every program; keeping those is what makes the cache worth having.)
    if (
      resolved.some(
        (result, index) =>
          result.resolvedModule === undefined && /^[./]/.test(literals[index]!.text),
      )
    ) {
      failedLookups++;
      resolutions.delete(optionsKey);
    }
    return resolved;
  };
  return host;
}
