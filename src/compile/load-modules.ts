// Runs policy modules to obtain their documents: the program's files are emitted with the tagging
// transform into a temporary folder and imported. The library is imported from its own location
// (bare specifiers that resolve to TypeScript sources are rewritten to their file URLs), so the
// documents are built by the same builders the harness and tests use.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { createTagTransformer } from "./tag-transform.ts";
import type { PolicyProgram } from "./program.ts";

const TAG_MODULE = pathToFileURL(fileURLToPath(new URL("../model/source-tag.ts", import.meta.url))).href;

export interface LoadedModule {
  readonly file: string;
  readonly exports: Record<string, unknown> | undefined;
  readonly error?: unknown;
}

function commonRoot(files: readonly string[]): string {
  if (files.length === 0) return process.cwd();
  let root = path.dirname(files[0]!);
  for (const file of files) while (!file.startsWith(root + path.sep)) root = path.dirname(root);
  return root;
}

/** Emits the program's own sources (tagged) to a temporary folder and imports the entry files. */
export async function loadPolicyModules(policy: PolicyProgram, entries: readonly string[]): Promise<LoadedModule[]> {
  const { program } = policy;
  const sources = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/") && !program.isSourceFileDefaultLibrary(f));
  const ownSources = sources.filter((f) => policy.files.includes(path.resolve(f.fileName)) || !isLibraryFile(f.fileName));
  const root = commonRoot(ownSources.map((f) => path.resolve(f.fileName)));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-build-"));
  const host = ts.createCompilerHost(policy.options);
  const emitted = new Set(ownSources.map((f) => path.resolve(f.fileName)));
  const resolveToFile = (specifier: string, containing: string): string | undefined => {
    if (specifier.startsWith("node:")) return undefined;
    const resolved = ts.resolveModuleName(specifier, containing, policy.options, host).resolvedModule;
    // Relative imports between emitted files keep working in the temporary folder; anything
    // else (the library, reached by name or by path) is imported from where it is.
    if (specifier.startsWith(".") && (!resolved || emitted.has(path.resolve(resolved.resolvedFileName)))) return undefined;
    if (!resolved || resolved.isExternalLibraryImport && !/\.(m|c)?ts$/.test(resolved.resolvedFileName)) return undefined;
    if (resolved.resolvedFileName.endsWith(".d.ts")) return undefined;
    return pathToFileURL(resolved.resolvedFileName).href;
  };
  try {
    for (const sourceFile of ownSources) {
      const result = program.emit(
        sourceFile,
        (fileName, text) => {
          const relative = path.relative(root, path.resolve(sourceFile.fileName)).replace(/\.(m|c)?ts$/, ".js");
          const target = path.join(outDir, relative);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          if (fileName.endsWith(".js") || fileName.endsWith(".mjs")) fs.writeFileSync(target, text);
        },
        undefined,
        false,
        { before: [createTagTransformer({ tagModule: TAG_MODULE, rewriteSpecifier: resolveToFile })] },
      );
      if (result.emitSkipped) throw new Error(`TypeScript did not emit ${sourceFile.fileName}`);
    }
    fs.writeFileSync(path.join(outDir, "package.json"), '{ "type": "module" }\n');
    // Imported concurrently: each import waits on the TypeScript loader's hooks, which overlap.
    const loaded: LoadedModule[] = await Promise.all(
      entries.map(async (entry): Promise<LoadedModule> => {
        const target = path.join(outDir, path.relative(root, entry).replace(/\.(m|c)?ts$/, ".js"));
        try {
          return { file: entry, exports: (await import(pathToFileURL(target).href)) as Record<string, unknown> };
        } catch (error) {
          return { file: entry, exports: undefined, error };
        }
      }),
    );
    return loaded;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

const LIBRARY_ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
function isLibraryFile(file: string): boolean {
  const resolved = path.resolve(file);
  return resolved.startsWith(path.join(LIBRARY_ROOT, "src") + path.sep) || resolved.startsWith(path.join(LIBRARY_ROOT, "harness") + path.sep);
}
