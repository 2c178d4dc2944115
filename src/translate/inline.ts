// Inlining of helper functions written in policy-src: APIM has no place for helper definitions,
// so a call is replaced by the helper's body with its parameters bound. Arguments that are
// literals, locals or non-null context members are substituted; any other argument is first
// bound to a local, which is only allowed where that keeps JavaScript's evaluation order (the
// call is the whole of a return, a const initializer or a statement).
import ts from "../compile/typescript.js";
import type { CsExpression, CsStatement } from "../csharp-syntax/syntax.ts";
import { sourceTagOf, type SourceTag } from "../model/source-tag.ts";
import { captured } from "./build-time.ts";
import { isNullable } from "./csharp-types.ts";
import { isLibrarySymbol } from "./library.ts";
import { widenTo } from "./numeric.ts";
import { NESTED, type Position, type TranslationState } from "./state.ts";
import { buildTimeValue } from "./expressions/access.ts";
import { translateExpression } from "./expressions/index.ts";

export type HelperNode = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;

export interface Helper {
  readonly node: HelperNode;
  readonly tag: SourceTag | undefined;
}

/** The function node that starts at an offset of a file in the program. */
export function findFunctionAt(
  program: ts.Program,
  file: string,
  start: number,
): HelperNode | undefined {
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) return undefined;
  let found: HelperNode | undefined;
  const visit = (node: ts.Node): void => {
    if (found || node.getEnd() < start || node.getFullStart() > start) return;
    if (
      (ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node) ||
        ts.isFunctionDeclaration(node)) &&
      node.getStart(sourceFile) === start
    ) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function helperFromValue(state: TranslationState, value: unknown): Helper | undefined {
  const tag = sourceTagOf(value);
  if (!tag) return undefined;
  const node = findFunctionAt(state.program, tag.file, tag.start);
  return node ? { node, tag } : undefined;
}

// A declaration in a .d.ts, or a `declare` one, has neither a body nor an initializer, so it is
// never a helper; library symbols never get here (findHelper returns first).
function declaredHelper(symbol: ts.Symbol): HelperNode | undefined {
  const declaration = symbol.valueDeclaration;
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration) && declaration.body) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** The policy-src helper a call's callee names, with the build-time captures of its free variables. */
export function findHelper(state: TranslationState, callee: ts.Expression): Helper | undefined {
  if (ts.isIdentifier(callee)) {
    const symbol = state.symbolAt(callee);
    if (symbol && (state.bindings.has(symbol) || isLibrarySymbol(symbol))) return undefined;
    // Not captured, or not a function written in policy-src: its declaration, if it is one.
    // (helperFromValue answers undefined for anything but a tagged function.)
    return (
      helperFromValue(state, lookedUpValue(captured(state, callee.text))) ??
      (symbol && declaredNode(symbol))
    );
  }
  if (ts.isPropertyAccessExpression(callee))
    return helperFromValue(state, lookedUpValue(buildTimeValue(state, callee)));
  return undefined;
}

/** A build-time lookup's value: undefined when nothing was found, which is no helper either. */
function lookedUpValue(lookup: { found: boolean }): unknown {
  return (lookup as { value?: unknown }).value;
}

function declaredNode(symbol: ts.Symbol): Helper | undefined {
  const node = declaredHelper(symbol);
  return node ? { node, tag: undefined } : undefined;
}

/** The single expression a helper returns, if its body is one. */
export function helperExpression(node: HelperNode): ts.Expression | undefined {
  if (!node.body) return undefined;
  if (!ts.isBlock(node.body)) return node.body;
  const [only] = node.body.statements;
  return node.body.statements.length === 1 && only && ts.isReturnStatement(only)
    ? only.expression
    : undefined;
}

/** Arguments that can be substituted wherever the parameter appears without changing meaning. */
function isSimpleArgument(state: TranslationState, node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isSimpleArgument(state, node.expression);
  if (
    ts.isLiteralExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isIdentifier(node)) return true;
  // A chain of property reads from `context` that cannot throw: every receiver is non-null.
  // Other objects' getters may throw (a certificate built from bad bytes throws on first read),
  // so reading them where the helper uses them, or not at all, would change when that happens.
  if (ts.isPropertyAccessExpression(node) && !node.questionDotToken) {
    return !isNullable(state.typeOf(node.expression)) && isContextChain(state, node.expression);
  }
  return false;
}

function isContextChain(state: TranslationState, node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) {
    const symbol = state.symbolAt(node);
    const bound = symbol && state.bindings.get(symbol);
    return bound?.kind === "identifier" && bound.name === "context";
  }
  return (
    ts.isPropertyAccessExpression(node) &&
    !node.questionDotToken &&
    !isNullable(state.typeOf(node.expression)) &&
    isContextChain(state, node.expression)
  );
}

/** Binds the helper's parameters to the call's arguments; false after reporting a problem. */
export function bindParameters(
  state: TranslationState,
  call: ts.CallExpression,
  helper: Helper,
  position: Position,
): boolean {
  for (const [index, parameter] of helper.node.parameters.entries()) {
    if (!ts.isIdentifier(parameter.name) || parameter.dotDotDotToken || parameter.initializer) {
      state.report(
        "helperShape",
        "helpers to inline take plain parameters (no destructuring, defaults or rest)",
        parameter,
        "declare one plain parameter per value and pass every argument",
      );
      return false;
    }
    const symbol = state.checker.getSymbolAtLocation(parameter.name)!;
    const argument = call.arguments[index];
    if (!argument) {
      state.bindings.set(symbol, { kind: "null" });
      continue;
    }
    if (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) {
      state.report(
        "helperShape",
        "passing a function to a helper inside an expression cannot be inlined",
        argument,
        "pass the function when the policy is built (to a helper that returns statements)",
      );
      return false;
    }
    const translated = widenTo(
      state,
      state.checker.getTypeAtLocation(parameter.name),
      argument,
      translateExpression(state, argument, position.conditional ? position : NESTED),
    );
    if (isSimpleArgument(state, argument)) {
      state.bindings.set(symbol, translated);
    } else if (position.statementLevel && !position.conditional) {
      const name = state.local(parameter.name.text);
      state.pending.push({ kind: "declare", type: "var", name, initializer: translated });
      state.bindings.set(symbol, { kind: "identifier", name });
    } else {
      state.report(
        "argumentBinding",
        `the argument for '${parameter.name.text}' is evaluated once in JavaScript but would be evaluated where the helper uses it in C#`,
        argument,
        "bind the argument to a const first and pass that",
      );
      return false;
    }
  }
  return true;
}

/** Runs `body` with the helper's frame pushed, refusing recursion. */
export function withHelperFrame<T>(
  state: TranslationState,
  helper: Helper,
  at: ts.Node,
  body: () => T,
): T | undefined {
  if (state.frames.some((frame) => frame.node === helper.node)) {
    state.report(
      "helperShape",
      "a recursive helper cannot be inlined",
      at,
      "write the recursion as a loop (for or while) in the helper",
    );
    return undefined;
  }
  state.frames.push({ node: helper.node, tag: helper.tag });
  try {
    return body();
  } finally {
    state.frames.pop();
  }
}

/** Inlines a call of an expression-bodied helper where an expression is expected. */
export function inlineExpressionHelper(
  state: TranslationState,
  call: ts.CallExpression,
  helper: Helper,
  position: Position,
): CsExpression {
  const body = helperExpression(helper.node);
  if (!body) {
    return state.report(
      "helperShape",
      "a helper with statements can only be called as `return helper(...)`, `const x = helper(...)` or as a statement",
      call,
      "bind the result to a const first",
    );
  }
  if (!bindParameters(state, call, helper, position)) return { kind: "verbatim", text: "default" };
  return (
    withHelperFrame(state, helper, call, () => translateExpression(state, body, position)) ?? {
      kind: "verbatim",
      text: "default",
    }
  );
}

/** Whether every path through the statements ends in a return or a throw (C#'s reachability). */
export function alwaysReturns(statements: readonly CsStatement[]): boolean {
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (last.kind === "return" || last.kind === "throw") return true;
  if (last.kind === "if")
    return alwaysReturns(last.then) && last.else !== undefined && alwaysReturns(last.else);
  // A finally never returns (refused, APIM1070): the end is unreachable when the try block's end
  // and the catch block's end both are.
  if (last.kind === "try")
    return alwaysReturns(last.body) && (last.catch === undefined || alwaysReturns(last.catch.body));
  // C#'s end of a switch is unreachable when it has a default and no break leaves it; this asks
  // the stricter: a default, and every section returns or throws.
  if (last.kind === "switch")
    return (
      last.sections.some((section) => section.labels.includes(null)) &&
      last.sections.every((section) => alwaysReturns(section.body))
    );
  // `while (true)` with no break of its own: C# knows its end is unreachable.
  if (last.kind === "while")
    return last.condition.kind === "boolean" && last.condition.value && !last.body.some(breaksOut);
  return false;
}

/** Whether a break in the statement leaves the enclosing loop or switch (not a nested one). */
function breaksOut(statement: CsStatement): boolean {
  switch (statement.kind) {
    case "break":
      return true;
    case "if":
      return statement.then.some(breaksOut) || (statement.else ?? []).some(breaksOut);
    case "try":
      return [
        ...statement.body,
        ...(statement.catch?.body ?? []),
        ...(statement.finally ?? []),
      ].some(breaksOut);
    default:
      return false;
  }
}

/**
 * Whether control cannot reach the end of the statements (C#'s rule for a switch section, which
 * must not fall through): the last statement returns, throws, breaks or continues on every path.
 */
export function endsControl(statements: readonly CsStatement[]): boolean {
  const last = statements[statements.length - 1];
  if (!last) return false;
  switch (last.kind) {
    case "break":
    case "continue":
      return true;
    case "if":
      return endsControl(last.then) && last.else !== undefined && endsControl(last.else);
    case "try":
      return endsControl(last.body) && (last.catch === undefined || endsControl(last.catch.body));
    default:
      // return, throw, and what never ends (a switch or `while (true)` that always returns).
      return alwaysReturns([last]);
  }
}

function containsReturn(statement: CsStatement): boolean {
  switch (statement.kind) {
    case "return":
      return true;
    case "if":
      return statement.then.some(containsReturn) || (statement.else ?? []).some(containsReturn);
    case "foreach":
      return statement.body.some(containsReturn);
    case "try":
      return [
        ...statement.body,
        ...(statement.catch?.body ?? []),
        ...(statement.finally ?? []),
      ].some(containsReturn);
    case "while":
    case "for":
      return statement.body.some(containsReturn);
    case "switch":
      return statement.sections.some((section) => section.body.some(containsReturn));
    default:
      return false;
  }
}

/**
 * Rewrites a helper body's early returns into assignments to `target`, moving the statements
 * after a returning `if` into its `else` so that exactly one assignment runs, as in JavaScript.
 */
export function returnsToAssignments(
  statements: readonly CsStatement[],
  target: string,
): CsStatement[] | undefined {
  const out: CsStatement[] = [];
  for (const [index, statement] of statements.entries()) {
    if (statement.kind === "return") {
      out.push({
        kind: "expression",
        expression: {
          kind: "assign",
          target: { kind: "identifier", name: target },
          value: statement.expression,
        },
      });
      return out;
    }
    if (!containsReturn(statement)) {
      out.push(statement);
      continue;
    }
    if (statement.kind !== "if") return undefined;
    const rest = statements.slice(index + 1);
    const then = returnsToAssignments(
      alwaysReturns(statement.then) ? statement.then : [...statement.then, ...rest],
      target,
    );
    const otherwise = returnsToAssignments(
      statement.else && alwaysReturns(statement.else)
        ? statement.else
        : [...(statement.else ?? []), ...rest],
      target,
    );
    if (!then || !otherwise) return undefined;
    out.push({
      kind: "if",
      condition: statement.condition,
      then,
      else: otherwise.length ? otherwise : undefined,
    });
    return out;
  }
  return out;
}
