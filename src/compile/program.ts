// The TypeScript program over a project's policy sources: one type check shared by the build,
// the translator and the module loader. Compiler options come from the project's tsconfig.json
// so that policy-src is checked as the editor checks it, except the module settings: the build
// runs policy modules itself (load-modules.ts), as a bundler does, so every policy file is read
// and emitted as an ES module (`module: preserve`, `moduleResolution: bundler`) whatever the
// project's package.json "type" says. Under `nodenext` a CommonJS project's .ts files are
// CommonJS, their emitted code uses `exports`/`require`, and importing the ESM-only apim-ts from
// them is a type error: policy sources would compile only in `"type": "module"` projects.
import fs from "node:fs";
import path from "node:path";
import ts from "./typescript.js";
import { sharedCompilerHost } from "./shared-host.ts";

export interface PolicyProgram {
  readonly program: ts.Program;
  readonly options: ts.CompilerOptions;
  /** Entry modules: every .ts file under the policy source folder. */
  readonly files: readonly string[];
}

const optionsByConfig = new Map<string, ts.CompilerOptions>();
const configFilesByConfig = new Map<string, string[]>();

/**
 * Compiler options from the nearest tsconfig.json (or sensible defaults for ESM on Node 20),
 * parsed once per config file: the harness asks for every test file it translates from.
 */
export function projectOptions(root: string): ts.CompilerOptions {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, "tsconfig.json");
  const defaults: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
  };
  if (!configPath) return defaults;
  const cached = optionsByConfig.get(configPath);
  if (cached) return { ...cached };
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const options = parsed ? parsed.options : defaults;
  optionsByConfig.set(configPath, options);
  return { ...options };
}

/** Drops the parsed tsconfig files (as a new process starts; tests of the harness's verdict cache). */
export function forgetProjectOptions(): void {
  optionsByConfig.clear();
  configFilesByConfig.clear();
}

export function listPolicyFiles(sourceDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        entry.name.endsWith(".ts") &&
        !entry.name.endsWith(".d.ts") &&
        !entry.name.endsWith(".test.ts")
      )
        out.push(full);
    }
  };
  if (fs.existsSync(sourceDir)) walk(sourceDir);
  return out;
}

/**
 * The settings the build type-checks policy sources with (the project's, module settings as a
 * bundler's: see the header). The harness's translation check (src/translate/for-harness.ts)
 * uses them too, so that it reports the type errors the build reports, no more and no fewer.
 */
export function policyCompilerOptions(root: string): ts.CompilerOptions {
  const options: ts.CompilerOptions = {
    ...projectOptions(root),
    noEmit: false,
    declaration: false,
    // In memory only: load-modules.ts maps a module's load error back to its source.
    sourceMap: true,
    inlineSourceMap: false,
    inlineSources: false,
    emitDeclarationOnly: false,
    rewriteRelativeImportExtensions: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: false,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    incremental: false,
    composite: false,
  };
  delete options.outDir;
  delete options.rootDir;
  return options;
}

/**
 * The tsconfig files whose settings projectOptions(root) read: the nearest tsconfig.json and the
 * files it extends (none without one). The harness's verdict cache depends on them: a setting
 * such as `strict` changes the type errors the harness refuses on.
 */
export function projectConfigFiles(root: string): string[] {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, "tsconfig.json");
  if (!configPath) return [];
  let files = configFilesByConfig.get(configPath);
  if (!files) {
    // Parsing a config's source file records the files it extends on it (extendedSourceFiles).
    const source = ts.readJsonConfigFile(configPath, ts.sys.readFile);
    ts.parseJsonSourceFileConfigFileContent(source, ts.sys, path.dirname(configPath));
    files = [configPath, ...(source.extendedSourceFiles ?? [])].map((f) => path.resolve(f));
    configFilesByConfig.set(configPath, files);
  }
  return [...files];
}

/** Creates the program over the given files; `oldProgram` speeds up watch rebuilds. */
export function createPolicyProgram(
  root: string,
  files: readonly string[],
  oldProgram?: ts.Program,
): PolicyProgram {
  const options = policyCompilerOptions(root);
  // The shared host: a process that builds more than once (watch, the tests, the harness
  // beside the build) parses the library's declarations once.
  const program = ts.createProgram({
    rootNames: [...files],
    options,
    oldProgram,
    host: sharedCompilerHost(options),
  });
  return { program, options, files };
}

/**
 * TypeScript's diagnostics for the files `isOwn` accepts, and those of no file (options, globals),
 * sorted: what getPreEmitDiagnostics(program) gives filtered to those files, without checking
 * every other file of the program. In a checkout of apim-ts those are its own sources, and
 * checking them took a third of the type check of the shipped policies (0.4 to 0.6 s of 1.6 s,
 * measured on the 2-core machine); a policy's errors are the same either way.
 */
export function ownDiagnostics(
  program: ts.Program,
  isOwn: (file: ts.SourceFile) => boolean,
): readonly ts.Diagnostic[] {
  const own = program.getSourceFiles().filter(isOwn);
  return ts.sortAndDeduplicateDiagnostics([
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...own.flatMap((file) => program.getSyntacticDiagnostics(file)),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((file) => program.getSemanticDiagnostics(file)),
  ]);
}
