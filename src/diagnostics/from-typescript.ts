// TypeScript's own diagnostics (type errors in a policy source) in apim-ts's form, as APIM2001.
// Apart from diagnostic.ts so that formatting a diagnostic never loads the TypeScript compiler.
import ts from "../compile/typescript.js";
import { Codes } from "./codes.ts";
import type { ApimDiagnostic } from "./diagnostic.ts";

/** Wraps a TypeScript diagnostic (APIM2001), keeping TypeScript's message text. */
export function fromTypeScript(d: ts.Diagnostic): ApimDiagnostic {
  const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  return {
    code: Codes.typeScriptError.code,
    category: d.category === ts.DiagnosticCategory.Warning ? "warning" : "error",
    message,
    file: d.file,
    start: d.start,
    length: d.length,
  };
}
