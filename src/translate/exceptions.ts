// try/catch/finally, throw and `e instanceof Exception`: the TypeScript spelling of C#'s
// `try { } catch (Exception e) { } finally { }`. APIM's allow-list names System.Exception and no
// other exception type (api-management-policy-expressions.md, ".NET Framework types allowed in
// policy expressions"), so a catch catches every exception, reads `e.Message`, and rethrows or
// throws `new Exception(text)`; naming FormatException and the like is refused (APIM1071).
import ts from "../compile/typescript.js";
import type { CsExpression, CsStatement } from "../csharp-syntax/syntax.ts";
import { isModelSymbol } from "./library.ts";
import { translateExpression } from "./expressions/index.ts";
import { NESTED, TOP, type TranslationState } from "./state.ts";

type Translate = (state: TranslationState, node: ts.Statement) => CsStatement[];

/** Whether `node` names src/dotnet's System.Exception. */
function isExceptionClass(state: TranslationState, node: ts.Expression): boolean {
  const symbol = state.symbolAt(node);
  return (
    ts.isIdentifier(node) &&
    symbol !== undefined &&
    isModelSymbol(symbol) &&
    symbol.getName() === "Exception"
  );
}

/** Whether the type is src/dotnet's Exception interface (what `new Exception(...)` returns). */
function isExceptionType(state: TranslationState, type: ts.Type): boolean {
  const symbol = type.getSymbol();
  return symbol !== undefined && symbol.getName() === "Exception" && isModelSymbol(symbol);
}

/** Whether `node` is the variable of a catch clause (C#'s `Exception e`, whatever TypeScript's narrowing). */
function isCatchVariable(state: TranslationState, node: ts.Expression): boolean {
  const declaration = ts.isIdentifier(node) ? state.symbolAt(node)?.valueDeclaration : undefined;
  return (
    declaration !== undefined &&
    ts.isVariableDeclaration(declaration) &&
    ts.isCatchClause(declaration.parent)
  );
}

/**
 * The first statement inside `node` that leaves it: a return or throw, or a break or continue of
 * a loop or switch around it (C#'s CS0157 covers both; one of a loop or switch inside stays in).
 * Nested functions are not counted.
 */
function leavingStatement(node: ts.Node, inLoop = false, inSwitch = false): ts.Node | undefined {
  if (ts.isReturnStatement(node) || ts.isThrowStatement(node)) return node;
  if (ts.isBreakStatement(node)) return inLoop || inSwitch ? undefined : node;
  if (ts.isContinueStatement(node)) return inLoop ? undefined : node;
  if (ts.isFunctionLike(node)) return undefined;
  const loop = inLoop || ts.isIterationStatement(node, false);
  const switched = inSwitch || ts.isSwitchStatement(node);
  return ts.forEachChild(node, (child) => leavingStatement(child, loop, switched));
}

/** `try { } catch (e) { } finally { }` → C#'s try with `catch (Exception e)`. */
export function translateTry(
  state: TranslationState,
  node: ts.TryStatement,
  translateBlock: Translate,
): CsStatement[] {
  const body = translateBlock(state, node.tryBlock);
  let catchClause: { name?: string; body: readonly CsStatement[] } | undefined;
  if (node.catchClause) {
    const declaration = node.catchClause.variableDeclaration;
    let name: string | undefined;
    if (declaration && !ts.isIdentifier(declaration.name)) {
      state.report(
        "tryShape",
        "a destructured catch variable has no C# equivalent",
        declaration,
        "write catch (e) and read e.Message after `if (e instanceof Exception)`",
      );
    } else if (declaration && ts.isIdentifier(declaration.name)) {
      name = state.local(declaration.name.text);
      state.bindings.set(state.checker.getSymbolAtLocation(declaration.name)!, {
        kind: "identifier",
        name,
      });
    }
    catchClause = { name, body: translateBlock(state, node.catchClause.block) };
  }
  let finallyBlock: CsStatement[] | undefined;
  if (node.finallyBlock) {
    // C# forbids leaving a finally block (CS0157, "Control cannot leave the body of a finally
    // clause"); JavaScript lets its return replace the result, and a break or continue there
    // drop a pending exception.
    const leaving = leavingStatement(node.finallyBlock);
    if (leaving) {
      state.report(
        "tryShape",
        `'${leaving.getText().split("\n")[0]}' in a finally block: C# cannot leave a finally block`,
        leaving,
        "return or throw from the try or catch block; keep finally for side effects such as context.Trace",
      );
    }
    finallyBlock = translateBlock(state, node.finallyBlock);
  }
  return [{ kind: "try", body, catch: catchClause, finally: finallyBlock }];
}

/** `throw new Exception(text)` or a rethrow of a caught exception: C#'s throw. */
export function translateThrow(state: TranslationState, node: ts.ThrowStatement): CsStatement[] {
  if (
    !isExceptionType(state, state.typeOf(node.expression)) &&
    !isCatchVariable(state, node.expression)
  ) {
    state.report(
      "exceptionType",
      `throwing '${state.checker.typeToString(state.typeOf(node.expression))}': C# throws only exceptions`,
      node.expression,
      'throw new Exception("text"), or rethrow the caught e after `if (e instanceof Exception)`',
    );
    return [];
  }
  return [{ kind: "throw", expression: translateExpression(state, node.expression, TOP) }];
}

/**
 * `e instanceof Exception` on a catch variable: TypeScript's narrowing of `unknown` to Exception.
 * In C# the variable is declared `Exception e` and a caught exception is never null, so the test
 * is `e != null` (always true, as the harness's test is for every simulated .NET exception).
 */
export function translateInstanceOf(
  state: TranslationState,
  node: ts.BinaryExpression,
): CsExpression {
  if (!isExceptionClass(state, node.right)) {
    return state.report(
      "exceptionType",
      `'instanceof ${node.right.getText()}' has no C# policy equivalent: APIM allows System.Exception and no other exception type`,
      node.right,
      "catch every exception with `if (e instanceof Exception)`; to tell failures apart, test the input first (int.TryParse, a Regex)",
    );
  }
  const left = ts.isParenthesizedExpression(node.left) ? node.left.expression : node.left;
  if (!isCatchVariable(state, left)) {
    return state.report(
      "exceptionType",
      "`instanceof Exception` is translated only for a catch variable",
      node.left,
      "write catch (e) { if (e instanceof Exception) ... }",
    );
  }
  return {
    kind: "binary",
    operator: "!=",
    left: translateExpression(state, left, NESTED),
    right: { kind: "null" },
  };
}
