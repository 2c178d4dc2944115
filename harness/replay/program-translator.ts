// The harness's translator, answered from a Program that already holds the policies (the one
// `verify` loaded them with) instead of one new Program per source file: the same translation
// (translateFunction + the printer), without paying the type checker's start-up per file.
// Anything this fast path cannot settle (no tag, not in the Program, refused, untyped) goes to
// the project's own harness translator, so diagnostics read exactly as in tests.
import type ts from "typescript";
import { printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import { sourceTagOf } from "../../src/model/source-tag.ts";
import { translateExpressionFunction } from "../../src/translate/for-harness.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import { translateFunction } from "../../src/translate/translate-function.ts";
import type { TranslateExpressionFunction } from "../apim/translation-check.ts";

export function translatorForProgram(program: ts.Program): TranslateExpressionFunction {
  return (fn) => {
    const tag = sourceTagOf(fn);
    const node = tag && findFunctionAt(program, tag.file, tag.start);
    if (tag && node) {
      const result = translateFunction(program, node, tag);
      const errors = result.diagnostics.some((d) => d.category === "error");
      if (result.expression && !errors && result.resultType)
        return {
          ok: true,
          csharp: printPolicyExpression(result.expression),
          resultType: result.resultType,
        };
    }
    return translateExpressionFunction(fn);
  };
}
