// Runs policy modules to obtain their documents. The program's own files are emitted in memory
// with the tagging transform and the module transform (module-transform.ts), then evaluated with
// node:vm as functions that import each other synchronously. Everything else they import (the
// apim-ts library, npm packages, node built-ins) is imported for real beforehand, so documents
// are built by the same builders the harness and the tests use. A module that throws is located
// at the statement of its own source that was running (the emitted code's source map read back
// through the error's stack), not at its first line.
import path from "node:path";
import vm from "node:vm";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decode } from "@jridgewell/sourcemap-codec";
import ts from "./typescript.js";
import { createModuleTransformer, EXPORT, EXPORT_STAR, IMPORT, META } from "./module-transform.ts";
import { createTagTransformer } from "./tag-transform.ts";
import { isLibraryFile } from "../translate/library.ts";
import { libraryModuleUrl } from "../package-layout.ts";
import type { PolicyProgram } from "./program.ts";

const TAG_MODULE = libraryModuleUrl("model/source-tag").href;

export interface LoadedModule {
  readonly file: string;
  readonly exports: Record<string, unknown> | undefined;
  readonly error?: unknown;
  /** Where in the project's sources the error was thrown (0-based line and column). */
  readonly errorLocation?: SourcePosition;
}

export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

interface EmittedModule {
  readonly file: string;
  readonly code: string;
  readonly specifiers: ReadonlySet<string>;
  /** The source map's "mappings" of the emitted code. */
  readonly mappings?: string;
}

/** The project's own sources: what the program holds outside libraries and declaration files. */
function ownSources(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter(
      (f) =>
        !f.isDeclarationFile &&
        !program.isSourceFileDefaultLibrary(f) &&
        !f.fileName.includes("/node_modules/") &&
        !isLibraryFile(f.fileName),
    );
}

function emitModules(
  policy: PolicyProgram,
  sources: readonly ts.SourceFile[],
): Map<string, EmittedModule> {
  const modules = new Map<string, EmittedModule>();
  for (const sourceFile of sources) {
    const specifiers = new Set<string>();
    let code: string | undefined;
    let mappings: string | undefined;
    const result = policy.program.emit(
      sourceFile,
      (fileName, text) => {
        if (/\.(m|c)?js$/.test(fileName)) code = text;
        if (/\.(m|c)?js\.map$/.test(fileName))
          mappings = (JSON.parse(text) as { mappings: string }).mappings;
      },
      undefined,
      false,
      {
        before: [createTagTransformer({ tagModule: TAG_MODULE })],
        after: [createModuleTransformer(specifiers)],
      },
    );
    if (result.emitSkipped || code === undefined)
      throw new Error(`TypeScript did not emit ${sourceFile.fileName}`);
    const file = path.resolve(sourceFile.fileName);
    modules.set(file, { file, code, specifiers, mappings });
  }
  return modules;
}

/** Lines of the evaluated wrapper before a module's first line (see WRAPPER below). */
const WRAPPER_LINES = 1;

/**
 * The innermost frame of the error's stack that runs one of the project's modules, mapped back
 * to its TypeScript source: the call in the policy module that threw (a builder's argument
 * check throws inside apim-ts, and its caller is the line to show).
 */
function locateError(
  error: unknown,
  modules: ReadonlyMap<string, EmittedModule>,
): SourcePosition | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  for (const match of stack.matchAll(/(file:\/\/[^\s()]+?):(\d+):(\d+)/g)) {
    const file = fileURLToPath(match[1]!);
    const module = modules.get(file);
    if (!module?.mappings) continue;
    const line = Number(match[2]) - 1 - WRAPPER_LINES;
    const column = Number(match[3]) - 1;
    let best: readonly number[] | undefined;
    for (const segment of decode(module.mappings)[line] ?? []) {
      if (segment.length >= 4 && segment[0]! <= column) best = segment;
    }
    if (best) return { file, line: best[2]!, column: best[3]! };
  }
  return undefined;
}

/** Where a specifier imported by `importer` lives: one of the emitted modules, or a URL to import. */
function resolve(
  policy: PolicyProgram,
  modules: ReadonlyMap<string, EmittedModule>,
  specifier: string,
  importer: string,
): { own: string } | { external: string } {
  if (specifier.startsWith("file:")) return { external: specifier };
  if (specifier.startsWith("node:")) return { external: specifier };
  if (specifier.startsWith(".")) {
    const target = path.resolve(path.dirname(importer), specifier);
    for (const candidate of [
      target,
      target.replace(/\.(m|c)?js$/, ".ts"),
      target.replace(/\.(m|c)?js$/, ".mts"),
    ]) {
      if (modules.has(candidate)) return { own: candidate };
    }
  }
  const resolved = ts.resolveModuleName(specifier, importer, policy.options, ts.sys).resolvedModule;
  if (resolved && !resolved.resolvedFileName.endsWith(".d.ts")) {
    const file = path.resolve(resolved.resolvedFileName);
    return modules.has(file) ? { own: file } : { external: pathToFileURL(file).href };
  }
  // A compiled package (apim-ts itself once installed): the JavaScript beside its declarations,
  // found through the same "exports" conditions as the types.
  if (resolved) {
    const stem = resolved.resolvedFileName.replace(/\.d\.(m|c)?ts$/, "");
    const javascript = [".js", ".mjs", ".cjs"]
      .map((extension) => stem + extension)
      .find((file) => ts.sys.fileExists(file));
    if (javascript) return { external: pathToFileURL(path.resolve(javascript)).href };
  }
  // Type declarations only (e.g. a package with @types): let Node resolve the JavaScript.
  return { external: pathToFileURL(createRequire(importer).resolve(specifier)).href };
}

/** Emits the program's own sources and evaluates the entry modules, in memory. */
export async function loadPolicyModules(
  policy: PolicyProgram,
  entries: readonly string[],
): Promise<LoadedModule[]> {
  const modules = emitModules(policy, ownSources(policy.program));
  const externals = new Map<string, unknown>();
  const resolutions = new Map<string, { own: string } | { external: string }>();
  const preloadErrors = new Map<string, unknown>();
  await Promise.all(
    [...modules.values()].flatMap((module) =>
      [...module.specifiers].map(async (specifier) => {
        const key = `${module.file}\0${specifier}`;
        try {
          const where = resolve(policy, modules, specifier, module.file);
          resolutions.set(key, where);
          if ("external" in where && !externals.has(where.external)) {
            externals.set(where.external, undefined);
            externals.set(where.external, await import(where.external));
          }
        } catch (error) {
          preloadErrors.set(key, error);
        }
      }),
    ),
  );

  const evaluated = new Map<string, Record<string, unknown>>();
  const evaluate = (file: string): Record<string, unknown> => {
    const cached = evaluated.get(file);
    if (cached) return cached;
    const module = modules.get(file)!;
    const exports: Record<string, unknown> = Object.create(null);
    evaluated.set(file, exports);
    const define = (name: string, get: () => unknown) =>
      Object.defineProperty(exports, name, { get, enumerable: true });
    const exportStar = (from: Record<string, unknown>) => {
      for (const name of Object.keys(from))
        if (name !== "default" && !(name in exports)) define(name, () => from[name]);
    };
    const importModule = (specifier: string): unknown => {
      const key = `${file}\0${specifier}`;
      if (preloadErrors.has(key)) throw preloadErrors.get(key);
      const where = resolutions.get(key);
      if (!where) throw new Error(`cannot resolve '${specifier}' from ${file}`);
      return "own" in where ? evaluate(where.own) : externals.get(where.external);
    };
    // WRAPPER: one line before the module's code (WRAPPER_LINES).
    const wrapper = `(function (${IMPORT}, ${EXPORT}, ${EXPORT_STAR}, ${META}) { "use strict";\n${module.code}\n})`;
    const run = vm.runInThisContext(wrapper, { filename: pathToFileURL(file).href }) as (
      ...args: unknown[]
    ) => void;
    run(importModule, define, exportStar, {
      url: pathToFileURL(file).href,
      filename: file,
      dirname: path.dirname(file),
    });
    return exports;
  };

  return entries.map((entry): LoadedModule => {
    const file = path.resolve(entry);
    if (!modules.has(file))
      return {
        file: entry,
        exports: undefined,
        error: new Error(`${entry} is not part of the program`),
      };
    try {
      return { file: entry, exports: evaluate(file) };
    } catch (error) {
      evaluated.delete(file);
      const errorLocation = locateError(error, modules);
      return {
        file: entry,
        exports: undefined,
        error,
        ...(errorLocation ? { errorLocation } : {}),
      };
    }
  });
}
