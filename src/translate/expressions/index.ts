// Dispatch of TypeScript expressions to their translators: one handler per syntax kind, registered
// in one table. A kind without a handler is reported once (APIM1001) and translation continues.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import type { Position, TranslationState } from "../state.ts";
import { translateBinary, translateConditional, translatePrefixUnary } from "./operators.ts";
import {
  translateArrayLiteral,
  translateBigIntLiteral,
  translateNumericLiteral,
  translateStringLiteral,
  translateTemplate,
} from "./literals.ts";
import { translateElementAccess, translateIdentifier, translatePropertyAccess } from "./access.ts";
import { translateCall, translateNew } from "./calls.ts";
import { translateArrowAsLambda } from "./lambdas.ts";
import { translateAs } from "./casts.ts";

export type ExpressionHandler<N extends ts.Node> = (
  state: TranslationState,
  node: N,
  position: Position,
) => CsExpression;

const HANDLERS: Partial<Record<ts.SyntaxKind, ExpressionHandler<any>>> = {
  [ts.SyntaxKind.StringLiteral]: translateStringLiteral,
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: translateStringLiteral,
  [ts.SyntaxKind.NumericLiteral]: translateNumericLiteral,
  [ts.SyntaxKind.BigIntLiteral]: translateBigIntLiteral,
  [ts.SyntaxKind.TemplateExpression]: translateTemplate,
  [ts.SyntaxKind.ArrayLiteralExpression]: translateArrayLiteral,
  [ts.SyntaxKind.TrueKeyword]: () => ({ kind: "boolean", value: true }),
  [ts.SyntaxKind.FalseKeyword]: () => ({ kind: "boolean", value: false }),
  [ts.SyntaxKind.NullKeyword]: () => ({ kind: "null" }),
  [ts.SyntaxKind.Identifier]: translateIdentifier,
  [ts.SyntaxKind.PropertyAccessExpression]: translatePropertyAccess,
  [ts.SyntaxKind.ElementAccessExpression]: translateElementAccess,
  [ts.SyntaxKind.CallExpression]: translateCall,
  [ts.SyntaxKind.NewExpression]: translateNew,
  [ts.SyntaxKind.BinaryExpression]: translateBinary,
  [ts.SyntaxKind.PrefixUnaryExpression]: translatePrefixUnary,
  [ts.SyntaxKind.ConditionalExpression]: translateConditional,
  [ts.SyntaxKind.ArrowFunction]: translateArrowAsLambda,
  [ts.SyntaxKind.AsExpression]: translateAs,
  [ts.SyntaxKind.FunctionExpression]: translateArrowAsLambda,
  // Parentheses, `x!` and `satisfies` have no run-time meaning; the printer re-derives parentheses.
  [ts.SyntaxKind.ParenthesizedExpression]: (state, node: ts.ParenthesizedExpression, position) =>
    translateExpression(state, node.expression, position),
  [ts.SyntaxKind.NonNullExpression]: (state, node: ts.NonNullExpression, position) =>
    translateExpression(state, node.expression, position),
  [ts.SyntaxKind.SatisfiesExpression]: (state, node: ts.SatisfiesExpression, position) =>
    translateExpression(state, node.expression, position),
};

const HINTS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.TypeAssertionExpression]: "declare the right type instead of asserting it",
  [ts.SyntaxKind.ObjectLiteralExpression]:
    "build objects outside the expression; expressions return strings, numbers, booleans or .NET values",
  [ts.SyntaxKind.PostfixUnaryExpression]: "write `x = x + 1` with a let local",
  [ts.SyntaxKind.TypeOfExpression]:
    "the model's types are known at compile time; test for null with `x == null`",
  [ts.SyntaxKind.AwaitExpression]: "policy expressions are synchronous",
  [ts.SyntaxKind.RegularExpressionLiteral]: 'use Regex.IsMatch(input, "pattern") from apim-ts',
  [ts.SyntaxKind.SpreadElement]: "list the elements explicitly",
};

/** Translates one expression; unsupported syntax is reported and translation continues. */
export function translateExpression(
  state: TranslationState,
  node: ts.Expression,
  position: Position,
): CsExpression {
  const handler = HANDLERS[node.kind];
  if (handler) return handler(state, node, position);
  return state.report(
    "unsupportedSyntax",
    `'${ts.SyntaxKind[node.kind]}' cannot be translated to a C# policy expression`,
    node,
    HINTS[node.kind] ?? "rewrite it with the constructs listed in docs/translation.md",
  );
}
