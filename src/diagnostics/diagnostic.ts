// A located diagnostic and its formatting: file:line:col, code, message, hint and a code frame,
// in the layout TypeScript's own formatter uses so editors and CI logs link to the location.
import path from "node:path";
import type ts from "typescript";
import { Codes, type DiagnosticName } from "./codes.ts";

export interface ApimDiagnostic {
  readonly code: string;
  readonly category: "error" | "warning";
  readonly message: string;
  /** What to write instead. */
  readonly hint?: string;
  readonly file?: ts.SourceFile;
  readonly start?: number;
  readonly length?: number;
}

/** Creates a diagnostic of the given kind at a node (or without location). */
export function diagnostic(
  name: DiagnosticName,
  message: string,
  location?: ts.Node | { file: ts.SourceFile; start: number; length: number },
  hint?: string,
): ApimDiagnostic {
  const definition = Codes[name];
  if (!location) return { code: definition.code, category: definition.category, message, hint };
  if ("kind" in location) {
    const file = location.getSourceFile();
    const start = location.getStart(file);
    return {
      code: definition.code,
      category: definition.category,
      message,
      hint,
      file,
      start,
      length: location.getEnd() - start,
    };
  }
  return { code: definition.code, category: definition.category, message, hint, ...location };
}

/** `file:line:col error APIMnnnn: message` plus a code frame and the hint. */
export function formatDiagnostic(d: ApimDiagnostic, cwd = process.cwd()): string {
  const head = `${d.category} ${d.code}: ${d.message}`;
  if (!d.file || d.start === undefined) return d.hint ? `${head}\n  hint: ${d.hint}` : head;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const where = `${path.relative(cwd, d.file.fileName).split(path.sep).join("/")}:${line + 1}:${character + 1}`;
  const lines = d.file.text.split(/\r?\n/);
  const gutter = String(line + 1).length;
  const frame: string[] = [];
  for (let i = Math.max(0, line - 1); i <= line; i++) {
    frame.push(`  ${String(i + 1).padStart(gutter)} | ${lines[i] ?? ""}`);
  }
  const lineText = lines[line] ?? "";
  const width = Math.max(1, Math.min(d.length ?? 1, lineText.length - character));
  frame.push(`  ${" ".repeat(gutter)} | ${" ".repeat(character)}${"~".repeat(width)}`);
  return [`${where} ${head}`, ...frame, ...(d.hint ? [`  hint: ${d.hint}`] : [])].join("\n");
}

export function hasErrors(diagnostics: readonly ApimDiagnostic[]): boolean {
  return diagnostics.some((d) => d.category === "error");
}
