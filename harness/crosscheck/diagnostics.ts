// Diagnostics of the C# cross-check: the harness's own stable codes (one table) and the parser
// that turns mcs output into diagnostics located inside the author's expression text.
import { unrewriteClockNames } from "./clock-rewrite.ts";
import { unrewriteGuidNames } from "./guid-rewrite.ts";
import { unrewriteRandomNames } from "./random-rewrite.ts";
import type { Position } from "./named-values.ts";

/** One problem found in an expression (or, with id "", in the batch as a whole). */
export interface CSharpDiagnostic {
  /** The expression's id; "" when the problem is not inside any expression. */
  id: string;
  /** 1-based, inside the expression's code as given (`@(` is columns 1-2 of line 1). */
  line: number;
  column: number;
  /** mcs's code (`CS0103`) or one of `harnessCodes`. */
  code: string;
  severity: "error" | "warning";
  message: string;
}

/** The harness's own diagnostic codes. Fixed numbers: never renumber, only add. */
export const harnessCodes = {
  /** The code is not `@(...)` or `@{...}`. */
  malformedExpression: "APIMCS001",
  /** `{{name}}` refers to a named value that is not configured. */
  unknownNamedValue: "APIMCS002",
  /** The expression uses a type or member outside APIM's allow-list. */
  notAllowed: "APIMCS003",
  /** mcs failed without a diagnostic this parser understands (its output is in the message). */
  compilerFailed: "APIMCS004",
  /** An expression id appears twice in one batch. */
  duplicateId: "APIMCS005",
} as const;

/** What the parser needs to know about each expression of the program. */
export interface ExpressionOrigin {
  id: string;
  /** Lines of the generated file that wrap this expression. */
  wrapperLines: { first: number; last: number };
  /** From a position in the compiled (substituted) code to the author's code. */
  toOriginal(position: Position): Position;
}

const mcsLine = /^(.*)\((\d+),(\d+)\): (error|warning) (CS\d+): (.*)$/;

/** Parses mcs's output; errors in the generated wrapper are attributed to the expression at 1:1. */
export function parseCompilerOutput(
  output: string,
  origins: readonly ExpressionOrigin[],
  generatedFileName: string,
): CSharpDiagnostic[] {
  const diagnostics: CSharpDiagnostic[] = [];
  for (const text of output.split("\n")) {
    const match = mcsLine.exec(text.trim());
    if (!match) continue;
    const [, file, line, column, severity, code, message] = match;
    const position = { line: Number(line), column: Number(column) };
    const inExpression = /(?:^|[\\/])E_(\d+)$/.exec(file!);
    const base = {
      code: code!,
      severity: severity as "error" | "warning",
      message: unrewriteRandomNames(unrewriteGuidNames(unrewriteClockNames(message!))),
    };
    if (inExpression) {
      const origin = origins[Number(inExpression[1])]!;
      diagnostics.push({ id: origin.id, ...origin.toOriginal(position), ...base });
      continue;
    }
    const wrapper = file!.endsWith(generatedFileName)
      ? origins.find(
          (o) => position.line >= o.wrapperLines.first && position.line <= o.wrapperLines.last,
        )
      : undefined;
    // Warnings about the model's own files are not the author's business.
    if (!wrapper && severity === "warning") continue;
    diagnostics.push({ id: wrapper?.id ?? "", line: 1, column: 1, ...base });
  }
  return diagnostics;
}
