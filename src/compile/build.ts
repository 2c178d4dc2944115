// The build: type-check policy-src, run its modules to get their documents, emit each document's
// XML, and write dist-policies atomically (all files or none). `check` writes nothing and lists
// outputs that are stale, missing or orphaned. `files` builds only the named entries: the
// program holds them and what they import, so a broken sibling does not fail the build.
import fs from "node:fs";
import path from "node:path";
import ts from "./typescript.js";
import { isDocument, type FragmentDocument } from "../model/document.ts";
import { documentWarnings } from "../model/document-warnings.ts";
import { SCOPES, type ScopeName } from "../model/scope.ts";
import { validateDocument } from "../model/validate-document.ts";
import { diagnostic, hasErrors, type ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import { fromTypeScript } from "../diagnostics/from-typescript.ts";
import { emitDocument } from "../emit/emit-document.ts";
import type { ContentFormat } from "../emit/xml-printer.ts";
import { loadPolicyModules, type LoadedModule } from "./load-modules.ts";
import { createPolicyProgram, listPolicyFiles, ownDiagnostics } from "./program.ts";

export interface BuildOptions {
  /** Project root (where tsconfig.json is). */
  readonly root: string;
  readonly sourceDir: string;
  readonly outDir: string;
  readonly format: ContentFormat;
  /** Write nothing; report what a build would change. */
  readonly check?: boolean;
  /** Build only these entry files (default: every file under sourceDir). */
  readonly files?: readonly string[];
  readonly policySizeLimit?: number;
  readonly oldProgram?: ts.Program;
}

/**
 * written/unchanged: a build wrote it or found it current; stale/missing/orphan: what --check
 * reports (orphan: no module produces it any more); removed: a full build deleted an orphan.
 */
export type OutputStatus =
  "written" | "unchanged" | "stale" | "missing" | "orphan" | "removed" | "failed";

export interface BuildOutput {
  readonly source: string;
  readonly output: string;
  readonly size: number;
  readonly expressions: number;
  readonly status: OutputStatus;
  /** The emitted text (absent for failed and orphaned outputs). */
  readonly text?: string;
}

export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly ApimDiagnostic[];
  readonly outputs: readonly BuildOutput[];
  readonly program: ts.Program;
}

function outputPathFor(options: BuildOptions, source: string): string {
  return path.join(
    options.outDir,
    path.relative(options.sourceDir, source).replace(/\.ts$/, ".xml"),
  );
}

function listXml(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".xml"))
    .map((f) => path.join(dir, f));
}

function isOwnSource(options: BuildOptions, file: ts.SourceFile): boolean {
  const resolved = path.resolve(file.fileName);
  return (
    !file.isDeclarationFile &&
    !resolved.includes(`${path.sep}node_modules${path.sep}`) &&
    resolved.startsWith(path.resolve(options.sourceDir) + path.sep)
  );
}

/** Writes every file or none: temporaries first, then renames. */
function writeAtomically(files: ReadonlyMap<string, string>): void {
  const temporaries: [string, string][] = [];
  try {
    for (const [target, text] of files) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, text);
      temporaries.push([temporary, target]);
    }
    for (const [temporary, target] of temporaries) fs.renameSync(temporary, target);
  } catch (error) {
    for (const [temporary] of temporaries) fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** The scope a module is deployed at, from its file name (`name.<scope>.ts`), when it names one. */
export function scopeOfFile(file: string): ScopeName | undefined {
  const suffix = path.basename(file, ".ts").split(".").pop();
  return (SCOPES as readonly string[]).includes(suffix ?? "") ? (suffix as ScopeName) : undefined;
}

/**
 * The build's fragments by id, taken from the file name (`<id>.ts` or `<id>.fragment.ts`): APIM
 * gives a fragment its id when it is deployed, so an include whose id matches no file here is
 * checked by the harness only.
 */
function fragmentsByFileName(
  modules: readonly { file: string; exports?: Record<string, unknown> }[],
): Map<string, FragmentDocument> {
  const found = new Map<string, FragmentDocument>();
  for (const loaded of modules) {
    const document = loaded.exports?.default;
    if (isDocument(document) && document.kind === "fragment") {
      found.set(path.basename(loaded.file, ".ts").replace(/\.fragment$/, ""), document);
    }
  }
  return found;
}

/** Where a module's document is: its `export default` (the module's start when not found). */
function defaultExportLocation(file: ts.SourceFile): {
  file: ts.SourceFile;
  start: number;
  length: number;
} {
  const statement = file.statements.find(ts.isExportAssignment);
  if (!statement) return { file, start: 0, length: 0 };
  const start = statement.getStart(file);
  return { file, start, length: statement.getEnd() - start };
}

/**
 * APIM2004 at the call that threw: the innermost call or `new` around the position the error's
 * stack points at (in the module itself, or in a project file it imports). Without a position
 * (a throw from a module outside the project), the module's first line and the whole stack.
 */
function loadFailure(
  program: ts.Program,
  entry: ts.SourceFile | undefined,
  loaded: LoadedModule,
): ApimDiagnostic {
  const error = loaded.error;
  const where = loaded.errorLocation;
  const file = where ? program.getSourceFile(where.file) : undefined;
  if (!where || !file) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return diagnostic(
      "moduleLoadFailed",
      `the module threw while it was loaded: ${message}`,
      entry ? { file: entry, start: 0, length: 0 } : undefined,
    );
  }
  const position = file.getPositionOfLineAndCharacter(where.line, where.column);
  let call: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (position < node.getStart(file) || position >= node.getEnd()) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) call = node;
    ts.forEachChild(node, visit);
  };
  visit(file);
  const start = call ? call.getStart(file) : position;
  const length = call ? call.getEnd() - start : 0;
  const message =
    error instanceof Error
      ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}`
      : String(error);
  const via = entry && entry !== file ? ` (imported by ${path.basename(entry.fileName)})` : "";
  return diagnostic("moduleLoadFailed", `the module threw while it was loaded${via}: ${message}`, {
    file,
    start,
    length,
  });
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const entries = options.files?.map((f) => path.resolve(f)) ?? listPolicyFiles(options.sourceDir);
  const policy = createPolicyProgram(options.root, entries, options.oldProgram);
  const { program } = policy;
  const diagnostics: ApimDiagnostic[] = ownDiagnostics(program, (file) =>
    isOwnSource(options, file),
  ).map(fromTypeScript);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, outputs: [], program };

  const outputs: BuildOutput[] = [];
  const texts = new Map<string, string>();
  const modules = await loadPolicyModules(policy, entries);
  const fragments = fragmentsByFileName(modules);
  for (const loaded of modules) {
    const sourceFile = program.getSourceFile(loaded.file);
    if (loaded.error !== undefined) {
      diagnostics.push(loadFailure(program, sourceFile, loaded));
      continue;
    }
    const document = loaded.exports?.default;
    if (document === undefined) continue;
    if (!isDocument(document)) {
      diagnostics.push(
        diagnostic(
          "noDocument",
          "the default export is not a policy() or fragment() document, so nothing is emitted for it",
          sourceFile ? { file: sourceFile, start: 0, length: 0 } : undefined,
        ),
      );
      continue;
    }
    const output = outputPathFor(options, loaded.file);
    // The rules the harness checks too (same function, same messages), then the newcomer warnings.
    const location = sourceFile && defaultExportLocation(sourceFile);
    const located = (d: ApimDiagnostic): ApimDiagnostic => (location ? { ...d, ...location } : d);
    const scope = scopeOfFile(loaded.file);
    const problems = validateDocument(document, { scope, fragment: (id) => fragments.get(id) }).map(
      located,
    );
    const warnings =
      document.kind === "policies" && scope ? documentWarnings(document, scope).map(located) : [];
    if (problems.length > 0) {
      diagnostics.push(...problems, ...warnings);
      outputs.push({ source: loaded.file, output, size: 0, expressions: 0, status: "failed" });
      continue;
    }
    const emitted = emitDocument(document, program, {
      format: options.format,
      policySizeLimit: options.policySizeLimit,
    });
    diagnostics.push(...emitted.diagnostics, ...warnings);
    if (emitted.text === undefined) {
      outputs.push({
        source: loaded.file,
        output,
        size: 0,
        expressions: emitted.expressionCount,
        status: "failed",
      });
      continue;
    }
    texts.set(output, emitted.text);
    const previous = fs.existsSync(output) ? fs.readFileSync(output, "utf8") : undefined;
    const status: OutputStatus =
      previous === emitted.text
        ? "unchanged"
        : options.check
          ? previous === undefined
            ? "missing"
            : "stale"
          : "written";
    outputs.push({
      source: loaded.file,
      output,
      size: Buffer.byteLength(emitted.text),
      expressions: emitted.expressionCount,
      status,
      text: emitted.text,
    });
  }
  if (!options.files) {
    for (const existing of listXml(options.outDir)) {
      // An output whose module failed this time is that module's, not an orphan.
      if (!texts.has(existing) && !outputs.some((o) => o.output === existing))
        outputs.push({ source: "", output: existing, size: 0, expressions: 0, status: "orphan" });
    }
  }
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, outputs, program };
  if (options.check) {
    return { ok: outputs.every((o) => o.status === "unchanged"), diagnostics, outputs, program };
  }
  writeAtomically(
    new Map(
      [...texts].filter(([file]) => outputs.find((o) => o.output === file)?.status === "written"),
    ),
  );
  const final = outputs.map((o) =>
    o.status === "orphan" ? { ...o, status: "removed" as const } : o,
  );
  for (const removed of final.filter((o) => o.status === "removed")) fs.rmSync(removed.output);
  return { ok: true, diagnostics, outputs: final, program };
}
