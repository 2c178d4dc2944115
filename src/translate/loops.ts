// while and the classic `for (let i = 0; i < n; i++)`: the same statements in C# (break and
// continue are the same words in both; statements.ts writes them).
// Conditions must be booleans (no truthiness, APIM1004). A for loop's increment is `i++`, `i--`,
// `++i`, `--i` or `i = expression` on its own let variable; `i++` is written `i = i + 1` so the
// C# has no postfix operator (JavaScript numbers never wrap, and a loop bounded by its condition
// stays far below int's range). Labels and do..while are refused by statements.ts (APIM1074).
import ts from "../compile/typescript.js";
import type { CsExpression, CsStatement } from "../csharp-syntax/syntax.ts";
import { isBooleanType, isNullable } from "./csharp-types.ts";
import { translateExpression } from "./expressions/index.ts";
import { NESTED, TOP, type TranslationState } from "./state.ts";

type Translate = (state: TranslationState, node: ts.Statement) => CsStatement[];

/**
 * Translates an expression evaluated on every iteration. A helper argument hoisted out of it (to a
 * local before the statement) would be evaluated once: refused.
 */
function everyIteration(
  state: TranslationState,
  node: ts.Expression,
  produce: () => CsExpression,
): CsExpression {
  const outer = state.pending;
  state.pending = [];
  try {
    const expression = produce();
    if (state.pending.length > 0)
      return state.report(
        "loopShape",
        "this loop expression calls a helper whose arguments would be evaluated once, before the loop",
        node,
        "compute the value in a let inside the loop body",
      );
    return expression;
  } finally {
    state.pending = outer;
  }
}

function condition(state: TranslationState, node: ts.Expression, what: string): CsExpression {
  return everyIteration(state, node, () => booleanCondition(state, node, what));
}

function booleanCondition(
  state: TranslationState,
  node: ts.Expression,
  what: string,
): CsExpression {
  const type = state.typeOf(node);
  if (!isBooleanType(type) || isNullable(type)) {
    state.report(
      "truthiness",
      `a ${what} condition needs a boolean, but this is '${state.checker.typeToString(type)}'`,
      node,
      "test explicitly: i < a.length, s != null",
    );
  }
  return translateExpression(state, node, NESTED);
}

export function translateWhile(
  state: TranslationState,
  node: ts.WhileStatement,
  translate: Translate,
): CsStatement[] {
  return [
    {
      kind: "while",
      condition: condition(state, node.expression, "while"),
      body: translate(state, node.statement),
    },
  ];
}

/** The increment of a for loop: `i++`-like on the loop's let variable, or `i = expression`. */
function increment(
  state: TranslationState,
  node: ts.Expression,
  variable: ts.Symbol,
): CsExpression {
  const refuse = () =>
    state.report(
      "loopShape",
      `'${node.getText()}' as a for loop's increment has no exact C# equivalent here`,
      node,
      "write i++, i--, or i = i + step on the loop's own variable",
    );
  const target = (operand: ts.Expression): CsExpression | undefined =>
    ts.isIdentifier(operand) && state.symbolAt(operand) === variable
      ? state.bindings.get(variable)
      : undefined;
  if (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) {
    const step =
      node.operator === ts.SyntaxKind.PlusPlusToken
        ? "+"
        : node.operator === ts.SyntaxKind.MinusMinusToken
          ? "-"
          : undefined;
    const bound = target(node.operand);
    if (!step || !bound) return refuse();
    return {
      kind: "assign",
      target: bound,
      value: { kind: "binary", operator: step, left: bound, right: { kind: "number", text: "1" } },
    };
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const bound = target(node.left);
    if (!bound) return refuse();
    return { kind: "assign", target: bound, value: translateExpression(state, node.right, TOP) };
  }
  return refuse();
}

export function translateFor(
  state: TranslationState,
  node: ts.ForStatement,
  translate: Translate,
  declare: (state: TranslationState, list: ts.VariableDeclarationList) => CsStatement[],
): CsStatement[] {
  const list = node.initializer;
  const single =
    list && ts.isVariableDeclarationList(list) && list.declarations.length === 1
      ? list.declarations[0]!
      : undefined;
  if (
    !single ||
    !(list!.flags & ts.NodeFlags.Let) ||
    !ts.isIdentifier(single.name) ||
    !single.initializer ||
    !node.condition ||
    !node.incrementor
  )
    return state.refuse(
      "loopShape",
      "a for loop is translated in the form for (let i = start; condition; i++)",
      node,
      "declare one let variable with an initializer, a condition and an increment; or use for..of or while",
    );
  const [initializer, ...rest] = declare(state, list as ts.VariableDeclarationList);
  // No initializer: the declaration was refused (and reported) already.
  if (!initializer) return [];
  if (rest.length > 0)
    return state.refuse(
      "loopShape",
      "this for loop's initializer needs statements of its own before it (a helper call's arguments)",
      single,
      "compute the start value in a const before the loop",
    );
  const symbol = state.checker.getSymbolAtLocation(single.name)!;
  return [
    {
      kind: "for",
      initializer,
      condition: condition(state, node.condition, "for"),
      increment: everyIteration(state, node.incrementor, () =>
        increment(state, node.incrementor!, symbol),
      ),
      body: translate(state, node.statement),
    },
  ];
}
