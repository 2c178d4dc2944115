// Bit operators on C# int and long: `&`, `|`, `^`, `<<`, `>>` and `~`. C# defines them on int and
// long only (a double operand does not compile), `&|^` on an int and a long widen the int (sign
// extended), and a shift keeps its left operand's type with an int count masked to 5 bits (int)
// or 6 bits (long) (C# specification, "Shift operators" and "Integer logical operators").
// JavaScript's bit operators work on 32 bits, so every one is registered for the harness, which
// runs C#'s (harness/dotnet/integer-arithmetic.ts). `>>>` is refused: C# before version 11 has no
// such operator and APIM does not document its C# version.
import ts from "../../compile/typescript.js";
import type { CsBinaryOperator, CsExpression } from "../../csharp-syntax/syntax.ts";
import type { NumericKind } from "../csharp-types.ts";
import { isNullable, isNumberType } from "../csharp-types.ts";
import { numericKindOf } from "../numeric.ts";
import type { Position, TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";

const K = ts.SyntaxKind;

/** TypeScript's bit operator tokens with their C# operator (`>>>` is refused, not listed). */
export const BITWISE: Partial<Record<ts.SyntaxKind, CsBinaryOperator>> = {
  [K.AmpersandToken]: "&",
  [K.BarToken]: "|",
  [K.CaretToken]: "^",
  [K.LessThanLessThanToken]: "<<",
  [K.GreaterThanGreaterThanToken]: ">>",
};

/** The operand's C# integer type, or a reported diagnostic when it is not int or long. */
function integerOperand(
  state: TranslationState,
  node: ts.Expression,
  operator: string,
): "int" | "long" | undefined {
  const type = state.typeOf(node);
  const kind: NumericKind | undefined =
    isNumberType(type) && !isNullable(type) ? numericKindOf(state, node) : undefined;
  if (kind === "int" || kind === "long") return kind;
  state.report(
    "integerArithmetic",
    kind === "double"
      ? `'${operator}' on a double: C# defines bit operators on int and long only`
      : `'${operator}' on a value whose C# integer type is unknown`,
    node,
    "type the operands as int or long (from apim-ts)",
  );
  return undefined;
}

/** `a & b`, `a | b`, `a ^ b`, `a << n`, `a >> n` on int or long. */
export function translateBitwise(
  state: TranslationState,
  node: ts.BinaryExpression,
  operator: CsBinaryOperator,
  position: Position,
): CsExpression {
  const left = integerOperand(state, node.left, operator);
  const right = integerOperand(state, node.right, operator);
  if (!left || !right) return { kind: "verbatim", text: "default" };
  const shift = operator === "<<" || operator === ">>";
  if (shift && right !== "int") {
    return state.report(
      "integerArithmetic",
      `the count of '${operator}' is a long: C# shifts by an int count only`,
      node.right,
      "convert the count to int",
    );
  }
  state.integerOperator(
    node.operatorToken,
    shift ? left : left === "long" || right === "long" ? "long" : "int",
  );
  return {
    kind: "binary",
    operator,
    left: translateExpression(state, node.left, position),
    right: translateExpression(state, node.right, position),
  };
}

/** `~a` on int or long. */
export function translateBitwiseNot(
  state: TranslationState,
  node: ts.PrefixUnaryExpression,
  position: Position,
): CsExpression {
  const kind = integerOperand(state, node.operand, "~");
  if (!kind) return { kind: "verbatim", text: "default" };
  state.integerOperator(node, kind);
  return {
    kind: "unary",
    operator: "~",
    operand: translateExpression(state, node.operand, position),
  };
}
