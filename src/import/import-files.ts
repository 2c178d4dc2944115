// `apim-ts import` as a library call: XML documents (files or folders of .xml) → one policy module
// each, proven by a round trip. The modules are first written with markers into a scratch folder
// and built with the project's own build (src/compile/build.ts); every expression whose C# does
// not come back the same is kept as csharp(...), every policy whose XML does not come back the
// same is kept as rawXml(...), and the import runs again until the build gives back the original
// documents. Then the modules are written without markers. A malformed file is reported (located)
// and skipped; the other files are imported.
import fs from "node:fs";
import path from "node:path";
import ts from "../compile/typescript.js";
import { build } from "../compile/build.ts";
import { diagnostic, type ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import { initCSharpParser } from "./csharp-parser.ts";
import { importDocument, type ImportedDocument } from "./import-document.ts";
import type { ForcedChoices, ImportCounts } from "./module-context.ts";
import { compareRoundTrip, statementOffsets } from "./round-trip.ts";
import { readPolicyXml } from "./xml-reader.ts";

export interface ImportOptions {
  /** The project root (its tsconfig.json and node_modules resolve "apim-ts" for the round trip). */
  readonly root: string;
  /** Where the modules are written. */
  readonly outDir: string;
  /** Build the modules back and compare (default true). */
  readonly verify?: boolean;
  /** Replace modules that already exist (default: skip those files with APIM3005). */
  readonly overwrite?: boolean;
}

/** One file's outcome. */
export interface ImportedFile {
  readonly source: string;
  /** The module written (undefined: the file was not imported). */
  readonly output: string | undefined;
  readonly counts: ImportCounts;
  readonly diagnostics: readonly ApimDiagnostic[];
  /** held: built back to the same XML; failed: still differs; unchecked: verify was off. */
  readonly roundTrip: "held" | "failed" | "unchecked" | "not imported";
  /** The module's text. */
  readonly module?: string;
}

export interface ImportResult {
  readonly files: readonly ImportedFile[];
  readonly totals: ImportCounts & { documents: number; imported: number };
}

/** The .xml files named, folders searched recursively, each with its path below what was named. */
export function listXmlInputs(inputs: readonly string[]): { file: string; relative: string }[] {
  const found: { file: string; relative: string }[] = [];
  for (const input of inputs) {
    if (fs.statSync(input).isDirectory()) {
      for (const entry of fs.readdirSync(input, { recursive: true, encoding: "utf8" }).sort())
        if (entry.endsWith(".xml")) found.push({ file: path.join(input, entry), relative: entry });
    } else found.push({ file: input, relative: path.basename(input) });
  }
  return found;
}

interface Work {
  readonly file: string;
  readonly text: string;
  readonly target: string;
  readonly forced: ForcedChoices;
  imported?: ImportedDocument;
  roundTrip: ImportedFile["roundTrip"];
  differences: readonly string[];
  /** Why the module could not be built at all (then nothing is written for it). */
  buildFailure?: string;
}

/** TypeScript's "cannot find module" (TS2307, and TS2792 under another resolution mode). */
const UNRESOLVED = /^TS(?:2307|2792): Cannot find module '([^']+)'/;

/**
 * The build's error in the user's words: an unresolvable `apim-ts` means --out lies outside a
 * project that has apim-ts installed (the modules import it by name); anything else as the build
 * said it.
 */
function buildFailure(d: ApimDiagnostic, options: ImportOptions): string {
  const unresolved = UNRESOLVED.exec(d.message);
  if (unresolved?.[1] === "apim-ts")
    return `cannot resolve 'apim-ts' from ${options.outDir}: --out must be inside a project that has apim-ts installed`;
  return `the build failed: ${d.code} ${d.message}`;
}

const MARKER = /\/\* apim-import-(expression|statement):(\d+) \*\//g;

/** Which expression or statement a build diagnostic falls in, from the markers before it. */
function attribute(work: Work, d: ApimDiagnostic): boolean {
  const text = d.file?.text;
  let last: RegExpExecArray | undefined;
  if (text !== undefined && d.start !== undefined)
    for (const match of text.matchAll(MARKER)) if (match.index! <= d.start) last = match;
  const root = readPolicyXml(work.text).root;
  if (!last) {
    for (const offset of statementOffsets(root)) work.forced.raw.add(offset);
    return true;
  }
  const offset = Number(last[2]);
  if (last[1] === "expression" && !work.forced.csharp.has(offset)) work.forced.csharp.add(offset);
  else {
    // The statement around this expression: the nearest statement marker before it.
    const statements = [...text!.matchAll(MARKER)].filter(
      (m) => m[1] === "statement" && m.index! <= d.start!,
    );
    const statement = statements.length ? Number(statements[statements.length - 1]![2]) : undefined;
    if (statement === undefined || work.forced.raw.has(statement)) {
      for (const o of statementOffsets(root)) work.forced.raw.add(o);
    } else work.forced.raw.add(statement);
  }
  return true;
}

async function roundTrips(works: readonly Work[], options: ImportOptions): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(options.outDir, ".apim-ts-import-"));
  try {
    let pending = works.filter((w) => w.imported?.module !== undefined);
    for (let round = 0; round < 6 && pending.length > 0; round++) {
      const sourceDir = path.join(scratch, `round-${round}`);
      const byModule = new Map<string, Work>();
      for (const work of pending) {
        const imported = await importDocument(
          work.text,
          path.basename(work.file),
          work.target,
          work.forced,
          true,
        );
        const file = path.join(sourceDir, path.relative(options.outDir, work.target));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, imported.module!);
        byModule.set(path.resolve(file), work);
      }
      const result = await build({
        root: options.root,
        sourceDir,
        outDir: path.join(scratch, `out-${round}`),
        format: "rawxml",
      });
      const errors = result.diagnostics.filter((d) => d.category === "error");
      const workOf = (d: ApimDiagnostic) => d.file && byModule.get(path.resolve(d.file.fileName));
      // A module that cannot resolve its imports cannot be built whatever is kept as C# or raw
      // XML: its file fails with the build's own error rather than turning every policy raw.
      const unresolved = errors.filter((d) => UNRESOLVED.test(d.message) && workOf(d));
      for (const d of unresolved) workOf(d)!.buildFailure ??= buildFailure(d, options);
      if (unresolved.length > 0) {
        pending = pending.filter((w) => w.buildFailure === undefined);
        continue;
      }
      if (errors.length > 0) {
        let changed = false;
        for (const d of errors) {
          const work = workOf(d);
          if (work) changed = attribute(work, d) || changed;
        }
        if (!changed) {
          for (const d of errors) {
            const work = workOf(d);
            if (work) work.buildFailure ??= buildFailure(d, options);
          }
          break;
        }
        continue;
      }
      const next: Work[] = [];
      for (const output of result.outputs) {
        const work = byModule.get(path.resolve(output.source));
        if (!work || output.text === undefined) continue;
        const verdict = compareRoundTrip(
          readPolicyXml(work.text).root,
          readPolicyXml(output.text).root,
        );
        work.differences = verdict.differences;
        if (verdict.equal) {
          work.roundTrip = "held";
          continue;
        }
        const before = work.forced.csharp.size + work.forced.raw.size;
        for (const o of verdict.csharp) work.forced.csharp.add(o);
        for (const o of verdict.raw) work.forced.raw.add(o);
        if (work.forced.csharp.size + work.forced.raw.size > before) next.push(work);
      }
      pending = next;
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function located(
  file: string,
  text: string,
  d: ImportedDocument["problems"][number],
): ApimDiagnostic {
  const source = ts.createSourceMapSource(file, text) as unknown as ts.SourceFile;
  return diagnostic(d.name, d.message, {
    file: source,
    start: Math.min(d.offset, text.length),
    length: 1,
  });
}

/** Imports the documents; writes one module per imported document into `options.outDir`. */
export async function importFiles(
  inputs: readonly string[],
  options: ImportOptions,
): Promise<ImportResult> {
  await initCSharpParser();
  fs.mkdirSync(options.outDir, { recursive: true });
  const works: Work[] = listXmlInputs(inputs).map(({ file, relative }) => ({
    file,
    text: fs.readFileSync(file, "utf8"),
    target: path.join(options.outDir, relative.replace(/\.xml$/, ".ts")),
    forced: { csharp: new Set<number>(), raw: new Set<number>() },
    roundTrip: options.verify === false ? "unchecked" : "failed",
    differences: [],
  }));
  const existing = new Set<Work>();
  for (const work of works) {
    if (!options.overwrite && fs.existsSync(work.target)) {
      existing.add(work);
      continue;
    }
    work.imported = await importDocument(work.text, path.basename(work.file), work.target);
    if (
      work.imported.problems.some(
        (p) => p.name === "importMalformed" || p.name === "importExpressionSyntax",
      )
    )
      work.imported = { ...work.imported, module: undefined };
  }
  if (options.verify !== false) await roundTrips(works, options);
  const files: ImportedFile[] = [];
  for (const work of works) {
    if (existing.has(work)) {
      files.push({
        source: work.file,
        output: undefined,
        counts: { typescript: 0, csharp: 0, rawXml: 0 },
        diagnostics: [
          diagnostic(
            "importWouldOverwrite",
            `${path.relative(options.root, work.target)} already exists; ${path.relative(options.root, work.file)} was not imported`,
            undefined,
            "import into another folder with --out, or replace it with --force",
          ),
        ],
        roundTrip: "not imported",
      });
      continue;
    }
    if (work.buildFailure !== undefined) {
      // README, "Migrating existing policy XML": the round trip happens before anything is written.
      files.push({
        source: work.file,
        output: undefined,
        counts: { typescript: 0, csharp: 0, rawXml: 0 },
        diagnostics: [
          diagnostic(
            "importBuildFailed",
            `${path.relative(options.root, work.file)} was not imported: ${work.buildFailure}`,
          ),
        ],
        roundTrip: "not imported",
      });
      continue;
    }
    let imported = work.imported!;
    if (imported.module !== undefined) {
      imported = await importDocument(
        work.text,
        path.basename(work.file),
        work.target,
        work.forced,
      );
      fs.mkdirSync(path.dirname(work.target), { recursive: true });
      fs.writeFileSync(work.target, imported.module!);
    }
    const diagnostics = imported.problems.map((p) => located(work.file, work.text, p));
    if (imported.module !== undefined && work.roundTrip === "failed")
      diagnostics.push(
        diagnostic(
          "importRoundTrip",
          `${path.basename(work.target)} does not build back to ${path.basename(work.file)}: ${work.differences.slice(0, 5).join(", ") || "the build failed"}`,
        ),
      );
    files.push({
      source: work.file,
      output: imported.module === undefined ? undefined : work.target,
      counts: imported.counts,
      diagnostics,
      roundTrip: imported.module === undefined ? "not imported" : work.roundTrip,
      module: imported.module,
    });
  }
  const totals = { typescript: 0, csharp: 0, rawXml: 0, documents: files.length, imported: 0 };
  for (const f of files) {
    totals.typescript += f.counts.typescript;
    totals.csharp += f.counts.csharp;
    totals.rawXml += f.counts.rawXml;
    if (f.output) totals.imported++;
  }
  return { files, totals };
}
