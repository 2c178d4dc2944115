// A compiler host whose parsed source files and module resolutions are shared by every program
// one process builds. The harness builds a program per test file (for-harness.ts) and the
// conformance DSL one per suite; in this repository each reaches ~700 files (the library's
// sources), and TypeScript reuses an old program's files only when the root files are the same,
// so each new program parsed and bound them all again: 2-3 s per test file, most of a cold run.
// With this host a later program parses only what changed (about 0.3 s).
// A file is reused only while its text is the same (read again for every program, compared in
// full), so an edit between two runs of one process (watch mode) is seen; any changed file also
// drops the module resolutions, which a new or removed file could change, and a failed lookup is
// never kept. Files are shared only between programs whose settings parse and bind a file alike
// (the key TypeScript's own document registry uses), so the build's program (module preserve)
// and the harness's (the project's settings) keep their own copies.
import path from "node:path";
import ts from "./typescript.js";

interface Parsed {
  readonly text: string;
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

/** A host for `options` that shares parsed files and module resolutions across programs. */
export function sharedCompilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const settings = registry.getKeyForCompilationSettings(options);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    let text: string | undefined;
    try {
      text = host.readFile(fileName);
    } catch (error) {
      onError?.((error as Error).message);
      return undefined;
    }
    if (text === undefined) return undefined;
    const key = `${settings}\0${path.resolve(fileName)}\0${languageKey(languageVersion)}`;
    const known = parsed.get(key);
    if (known?.text === text) return known.sourceFile;
    if (known) resolutions.clear();
    const sourceFile = ts.createSourceFile(fileName, text, languageVersion, true);
    parsed.set(key, { text, sourceFile });
    return sourceFile;
  };
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
