// Literals: strings, numbers, arrays and template literals (C# interpolated strings). A template
// hole must produce the same text in both languages: strings and ints do; booleans are spelled
// out ("true", not C#'s "True"); null, doubles and objects are refused.
import ts from "../../compile/typescript.js";
import { literalKind } from "../numeric.ts";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import {
  csharpType,
  isBooleanType,
  isNullable,
  isStringType,
  mayBeUndefinedRead,
} from "../csharp-types.ts";
import { numericKindOf } from "../numeric.ts";
import { NESTED, type Position, type TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";

export function translateStringLiteral(
  _state: TranslationState,
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral,
): CsExpression {
  return { kind: "string", value: node.text };
}

export function translateNumericLiteral(
  state: TranslationState,
  node: ts.NumericLiteral,
): CsExpression {
  const text = node.getText().replace(/_/g, "");
  const kind = literalKind(text);
  if (kind === "unsafe") {
    return state.report(
      "unsupportedSyntax",
      "this integer literal is above 2^53: JavaScript rounds it, C# reads it exactly",
      node,
      "write it with a decimal point for a double (3e20, 9007199254740993.0)",
    );
  }
  // Above int's range C# would type the literal uint or long: the suffix makes it a long, which
  // is what the translator assumes (numeric.ts).
  if (kind === "long") return { kind: "number", text: `${Number(text)}L` };
  if (/^0[oObB]/.test(text)) return { kind: "number", text: String(Number(text)) };
  return { kind: "number", text };
}

/** `10n` is a BigIntLiteral node of its own (never a NumericLiteral): no C# policy type holds it. */
export function translateBigIntLiteral(
  state: TranslationState,
  node: ts.BigIntLiteral,
): CsExpression {
  return state.report(
    "unsupportedSyntax",
    "BigInt literals have no C# policy equivalent",
    node,
    "write an int or long value (declare it with the int or long type)",
  );
}

export function translateArrayLiteral(
  state: TranslationState,
  node: ts.ArrayLiteralExpression,
  position: Position,
): CsExpression {
  const type = csharpType(state.checker, state.typeOf(node));
  if (!type || !type.endsWith("[]")) {
    return state.report(
      "unsupportedSyntax",
      "an array literal whose element type has no C# name",
      node,
      "use an array of strings, numbers or booleans",
    );
  }
  return {
    kind: "new-array",
    elementType: type.slice(0, -2),
    elements: node.elements.map((element) => translateExpression(state, element, position)),
  };
}

/** A template hole as C# text that prints exactly what JavaScript prints. */
function hole(
  state: TranslationState,
  expression: ts.Expression,
  position: Position,
): CsExpression {
  const type = state.typeOf(expression);
  const translated = translateExpression(state, expression, position);
  if (isNullable(type) || mayBeUndefinedRead(state.checker, expression)) {
    return state.report(
      "templateHole",
      'this value may be null or undefined: JavaScript writes "null" or "undefined", C# writes nothing',
      expression,
      'write `${value ?? ""}` or check for null first',
    );
  }
  if (isStringType(type)) return translated;
  if (isBooleanType(type)) {
    return {
      kind: "conditional",
      condition: translated,
      whenTrue: { kind: "string", value: "true" },
      whenFalse: { kind: "string", value: "false" },
    };
  }
  const kind = numericKindOf(state, expression);
  if (kind === "int" || kind === "long") return translated;
  return state.report(
    "templateHole",
    `a ${kind ?? "value"} of type '${state.checker.typeToString(type)}' is formatted differently by JavaScript and C#`,
    expression,
    'interpolate strings or ints only; format other values explicitly (e.g. DateTime.ToString("o"))',
  );
}

export function translateTemplate(
  state: TranslationState,
  node: ts.TemplateExpression,
  position: Position,
): CsExpression {
  const parts: (string | CsExpression)[] = [];
  if (node.head.text) parts.push(node.head.text);
  for (const span of node.templateSpans) {
    parts.push(hole(state, span.expression, position.conditional ? position : NESTED));
    if (span.literal.text) parts.push(span.literal.text);
  }
  return { kind: "interpolated", parts };
}
