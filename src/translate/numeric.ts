// Which C# numeric type a TypeScript number expression has once translated: `int` members of the
// model, integer literals and `.length` are int; `/` is always real division. Where that is
// unknown the translator refuses arithmetic rather than guess (JavaScript has one number type).
import ts from "../compile/typescript.js";
import { numericKind, type NumericKind } from "./csharp-types.ts";
import type { CsExpression } from "../csharp-syntax/syntax.ts";
import type { TranslationState } from "./state.ts";

const INT_RESULT_MEMBERS = new Set(["length"]);

/**
 * A numeric literal's C# type. C# types an integer literal (no `.`, no exponent; any hex, binary
 * or octal literal) by its value: int, else uint or long (C# spec, "Integer literals"); the
 * translator prints one above int's range with an `L` suffix, so it is a long on both sides.
 * "unsafe": an integer literal above 2^53 - 1, which JavaScript cannot hold exactly (refused).
 */
export function literalKind(text: string): NumericKind | "unsafe" {
  const clean = text.replace(/_/g, "");
  const integer = /^0[xXbBoO]/.test(clean) || !/[.eE]/.test(clean);
  if (!integer) return "double";
  const value = Number(clean);
  if (value <= 2147483647) return "int";
  return Number.isSafeInteger(value) ? "long" : "unsafe";
}

function join(a: NumericKind | undefined, b: NumericKind | undefined): NumericKind | undefined {
  if (!a || !b) return undefined;
  if (a === "double" || b === "double") return "double";
  if (a === "long" || b === "long") return "long";
  return "int";
}

/** The C# numeric type of a number-typed expression, or undefined when it cannot be known. */
export function numericKindOf(
  state: TranslationState,
  node: ts.Expression,
): NumericKind | undefined {
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node))
    return numericKindOf(state, node.expression);
  if (ts.isNumericLiteral(node)) {
    // As written: TypeScript's `text` is the value ("2" for 2.0, "1000" for 1e3), which would
    // make a double literal an int.
    const kind = literalKind(node.getText());
    return kind === "unsafe" ? undefined : kind;
  }
  if (
    ts.isPrefixUnaryExpression(node) &&
    (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.TildeToken)
  )
    return numericKindOf(state, node.operand);
  const branded = numericKind(state.checker, state.typeOf(node));
  if (branded) return branded;
  if (ts.isPropertyAccessExpression(node) && INT_RESULT_MEMBERS.has(node.name.text)) return "int";
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const name = node.expression.name.text;
    if (name === "indexOf" || name === "lastIndexOf") return "int";
  }
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.SlashToken:
        return "double";
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.MinusToken:
      case ts.SyntaxKind.AsteriskToken:
      case ts.SyntaxKind.PercentToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.AmpersandToken:
      case ts.SyntaxKind.BarToken:
      case ts.SyntaxKind.CaretToken:
        return join(numericKindOf(state, node.left), numericKindOf(state, node.right));
      // A shift has its left operand's type (C# spec, "Shift operators").
      case ts.SyntaxKind.LessThanLessThanToken:
      case ts.SyntaxKind.GreaterThanGreaterThanToken:
        return numericKindOf(state, node.left);
    }
  }
  if (ts.isConditionalExpression(node))
    return join(numericKindOf(state, node.whenTrue), numericKindOf(state, node.whenFalse));
  if (ts.isIdentifier(node)) {
    // A local's kind is its initializer's.
    const symbol = state.symbolAt(node);
    const declaration = symbol?.valueDeclaration;
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      !declaration.type
    ) {
      return numericKindOf(state, declaration.initializer);
    }
  }
  return undefined;
}

const WIDTH: Readonly<Record<NumericKind, number>> = { int: 0, long: 1, double: 2 };

/**
 * An int or long value bound to a wider declared type (a helper's `x: double` parameter, a local
 * `const d: double = n`): TypeScript accepts it, and C# would too, but the bound name would keep
 * the narrower type in the C# (`var x = n` is an int, and `x / 2` would truncate). The value is
 * converted where it is bound.
 */
export function widenTo(
  state: TranslationState,
  declared: ts.Type,
  node: ts.Expression,
  translated: CsExpression,
): CsExpression {
  const to = numericKind(state.checker, declared);
  const from = numericKindOf(state, node);
  return to && from && WIDTH[to] > WIDTH[from]
    ? { kind: "cast", type: to, operand: translated }
    : translated;
}
