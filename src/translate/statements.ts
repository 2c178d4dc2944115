// Statements of block-bodied expressions (`@{ ... }`): const/let locals, if/else, return,
// for..of, expression statements (context.Trace, assignments), and statement-level calls of
// helpers with statements, which are inlined here (their returns become assignments).
import ts from "../compile/typescript.js";
import { cs, type CsExpression, type CsStatement } from "../csharp-syntax/syntax.ts";
import type { DiagnosticName } from "../diagnostics/codes.ts";
import { isModelSymbol } from "./library.ts";
import { widenTo } from "./numeric.ts";
import { csharpType, isBooleanType, isNullable } from "./csharp-types.ts";
import { translateExpression } from "./expressions/index.ts";
import {
  bindParameters,
  findHelper,
  helperExpression,
  returnsToAssignments,
  withHelperFrame,
  type Helper,
} from "./inline.ts";
import { NESTED, TOP, type TranslationState } from "./state.ts";
import { translateThrow, translateTry } from "./exceptions.ts";
import { translateFor, translateWhile } from "./loops.ts";
import { translateSwitch } from "./switch.ts";
import { refuseDateTimeStatic } from "./members/time.ts";

type Handler<N extends ts.Statement> = (state: TranslationState, node: N) => CsStatement[];

/** Runs a statement translation, emitting any hoisted statements before it. */
function withPending(state: TranslationState, produce: () => CsStatement[]): CsStatement[] {
  const outer = state.pending;
  state.pending = [];
  try {
    const produced = produce();
    return [...state.pending, ...produced];
  } finally {
    state.pending = outer;
  }
}

/** A call of a helper whose body has statements, which must be inlined as statements. */
function blockHelperCall(
  state: TranslationState,
  expression: ts.Expression | undefined,
): { call: ts.CallExpression; helper: Helper } | undefined {
  if (!expression) return undefined;
  const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
  if (!ts.isCallExpression(inner)) return undefined;
  const helper = findHelper(state, inner.expression);
  return helper &&
    !helperExpression(helper.node) &&
    helper.node.body &&
    ts.isBlock(helper.node.body)
    ? { call: inner, helper }
    : undefined;
}

/**
 * The helper's statements for this call; none when its arguments or a recursion were refused
 * (bindParameters and withHelperFrame reported why, so nothing is printed).
 */
function inlineHelperBody(
  state: TranslationState,
  call: ts.CallExpression,
  helper: Helper,
): CsStatement[] {
  if (!bindParameters(state, call, helper, TOP)) return [];
  const body = withHelperFrame(state, helper, call, () =>
    translateStatements(state, (helper.node.body as ts.Block).statements),
  );
  return body ?? [];
}

function conditionOf(state: TranslationState, node: ts.Expression): CsExpression {
  const type = state.typeOf(node);
  if (!isBooleanType(type) || isNullable(type)) {
    state.report(
      "truthiness",
      `an if condition needs a boolean, but this is '${state.checker.typeToString(type)}'`,
      node,
      "test explicitly: x != null, !string.IsNullOrEmpty(s)",
    );
  }
  return translateExpression(state, node, NESTED);
}

function declaredType(
  state: TranslationState,
  declaration: ts.VariableDeclaration,
): string | undefined {
  return csharpType(state.checker, state.checker.getTypeAtLocation(declaration.name));
}

const translateVariableStatement: Handler<ts.VariableStatement> = (state, node) =>
  translateDeclarationList(state, node.declarationList);

/** `const`/`let` declarations (of a statement or of a for loop's initializer). */
export function translateDeclarationList(
  state: TranslationState,
  list: ts.VariableDeclarationList,
): CsStatement[] {
  if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let)))
    return state.refuse(
      "unsupportedSyntax",
      "'var' has function scope in JavaScript",
      list.parent,
      "use const or let",
    );
  const out: CsStatement[] = [];
  for (const declaration of list.declarations) {
    const outCall = outParameterCall(state, declaration);
    if (outCall) {
      out.push(...withPending(state, () => translateOutParameter(state, declaration, outCall)));
      continue;
    }
    if (!ts.isIdentifier(declaration.name)) {
      state.report(
        "unsupportedSyntax",
        "destructuring has no C# policy equivalent",
        declaration.name,
        "declare one const per value",
      );
      bindReported(state, declaration.name);
      continue;
    }
    const identifier = declaration.name;
    const symbol = state.checker.getSymbolAtLocation(identifier)!;
    const init = declaration.initializer;
    const helperCall = blockHelperCall(state, init);
    const needsType = !init || init.kind === ts.SyntaxKind.NullKeyword || helperCall !== undefined;
    const type = needsType ? declaredType(state, declaration) : "var";
    // A refused local still binds its name as a local, so that its uses and assignments are not
    // each reported again: one error, on the declaration.
    const refuseLocal = (name: DiagnosticName, message: string, hint: string): void => {
      state.report(name, message, declaration, hint);
      state.bindings.set(symbol, { kind: "identifier", name: state.local(identifier.text) });
    };
    const options = state.program.getCompilerOptions();
    if (!init && !(options.strictNullChecks ?? options.strict ?? false)) {
      refuseLocal(
        "unassignedLocal",
        `'${identifier.text}' has no initializer and TypeScript checks definite assignment only with strict`,
        'give it an initializer (let x: string | null = null), or turn on "strict"',
      );
      continue;
    }
    if (!type) {
      refuseLocal(
        "unsupportedSyntax",
        `the C# type of '${identifier.text}' is not known`,
        "give it an initializer or a type such as string | null",
      );
      continue;
    }
    out.push(
      ...withPending(state, () => {
        if (helperCall) {
          const body = inlineHelperBody(state, helperCall.call, helperCall.helper);
          const name = state.local(identifier.text);
          state.bindings.set(symbol, { kind: "identifier", name });
          const assigned = returnsToAssignments(body, name);
          if (!assigned)
            state.report(
              "helperShape",
              "this helper returns from inside a loop or a try and cannot be inlined here",
              helperCall.call,
              "assign the result to a let in the loop and return once, after it",
            );
          return [{ kind: "declare", type, name }, ...(assigned ?? [])];
        }
        const initializer =
          init &&
          widenTo(
            state,
            state.checker.getTypeAtLocation(identifier),
            init,
            translateExpression(state, init, TOP),
          );
        const name = state.local(identifier.text);
        state.bindings.set(symbol, { kind: "identifier", name });
        // `let x: T;`: TypeScript's definite-assignment check (strict) guarantees that no read
        // precedes an assignment, which C#'s rules do not always see (an exhaustive switch, a
        // loop): default(T) makes C# accept what TypeScript accepted, and is never read.
        return [
          {
            kind: "declare",
            type,
            name,
            initializer: initializer ?? { kind: "verbatim", text: `default(${type})` },
          },
        ];
      }),
    );
  }
  return out;
}

/**
 * `const [found, value] = dictionary.TryGetValue(key)`, `const [ok, n] = int.TryParse(s)`:
 * TypeScript's spelling of C#'s out parameter of the model's Try* methods, translated to
 * `T value; var found = dictionary.TryGetValue(key, out value);`.
 */
function outParameterCall(
  state: TranslationState,
  declaration: ts.VariableDeclaration,
): ts.CallExpression | undefined {
  const init = declaration.initializer;
  if (!ts.isArrayBindingPattern(declaration.name) || !init || !ts.isCallExpression(init))
    return undefined;
  const callee = init.expression;
  if (!ts.isPropertyAccessExpression(callee) || !callee.name.text.startsWith("Try"))
    return undefined;
  const symbol = state.checker.getSymbolAtLocation(callee.name);
  return symbol && isModelSymbol(symbol) ? init : undefined;
}

/** APIM's string extensions whose only parameter is the out (expression reference page). */
const NO_ARGUMENT_TRY = new Set(["TryParseJwt", "TryParseBasic"]);

function translateOutParameter(
  state: TranslationState,
  declaration: ts.VariableDeclaration,
  call: ts.CallExpression,
): CsStatement[] {
  const pattern = declaration.name as ts.ArrayBindingPattern;
  const [found, value] = pattern.elements;
  const simple = (
    element: ts.ArrayBindingElement | undefined,
  ): element is ts.BindingElement & { name: ts.Identifier } =>
    element !== undefined &&
    ts.isBindingElement(element) &&
    ts.isIdentifier(element.name) &&
    !element.dotDotDotToken &&
    !element.initializer;
  const valueType = simple(value)
    ? csharpType(state.checker, state.checker.getTypeAtLocation(value.name))
    : undefined;
  const callee = call.expression as ts.PropertyAccessExpression;
  if (
    pattern.elements.length !== 2 ||
    !simple(found) ||
    !simple(value) ||
    !valueType ||
    callee.questionDotToken ||
    // TryGetValue(key, out v), int.TryParse(s, out v) and Uri.TryCreate(s, kind, out v) take one
    // argument or more before the out; APIM's string extensions s.TryParseJwt(out v) and
    // s.TryParseBasic(out v) take none.
    (call.arguments.length === 0) !== NO_ARGUMENT_TRY.has(callee.name.text)
  ) {
    bindReported(state, pattern);
    return state.refuse(
      "unsupportedSyntax",
      `${callee.name.text}'s out parameter is written as \`const [found, value] = x.${callee.name.text}(arguments)\``,
      declaration,
      "name both elements, with no defaults or rest",
    );
  }
  const declared = state.checker.getResolvedSignature(call)?.getDeclaration()?.parent;
  const owner = declared && ts.isInterfaceDeclaration(declared) ? declared.name.text : undefined;
  // DateTime.TryParse is reported there; the call is still translated (and nothing printed), which
  // binds both names, so their uses are not reported again.
  refuseDateTimeStatic(state, callee, owner);
  const target = translateExpression(state, callee.expression, NESTED);
  // The out parameter comes last (TryGetValue(key, out v), int.TryParse(s, out n),
  // Uri.TryCreate(s, kind, out uri)).
  const inputs = call.arguments.map((argument) => translateExpression(state, argument, NESTED));
  const valueName = state.local(value.name.text);
  state.bindings.set(state.checker.getSymbolAtLocation(value.name)!, {
    kind: "identifier",
    name: valueName,
  });
  const foundName = state.local(found.name.text);
  state.bindings.set(state.checker.getSymbolAtLocation(found.name)!, {
    kind: "identifier",
    name: foundName,
  });
  return [
    { kind: "declare", type: valueType, name: valueName },
    {
      kind: "declare",
      type: "var",
      name: foundName,
      initializer: cs.method(target, callee.name.text, [
        ...inputs,
        { kind: "out", name: valueName },
      ]),
    },
  ];
}

/** Binds the names of a refused declaration, so their uses are not each reported again (APIM1009). */
function bindReported(state: TranslationState, name: ts.BindingName): void {
  if (ts.isIdentifier(name)) {
    const symbol = state.checker.getSymbolAtLocation(name);
    if (symbol) state.bindings.set(symbol, { kind: "verbatim", text: "default" });
    return;
  }
  for (const element of name.elements)
    if (!ts.isOmittedExpression(element)) bindReported(state, element.name);
}

const translateReturn: Handler<ts.ReturnStatement> = (state, node) => {
  if (!node.expression)
    return state.refuse(
      "missingReturn",
      "a policy expression must return a value",
      node,
      "return the value: return x;",
    );
  const helperCall = blockHelperCall(state, node.expression);
  return withPending(state, () => {
    if (helperCall) return inlineHelperBody(state, helperCall.call, helperCall.helper);
    return [{ kind: "return", expression: translateExpression(state, node.expression!, TOP) }];
  });
};

const translateIf: Handler<ts.IfStatement> = (state, node) =>
  withPending(state, () => [
    {
      kind: "if",
      condition: conditionOf(state, node.expression),
      then: translateStatement(state, node.thenStatement),
      else: node.elseStatement ? translateStatement(state, node.elseStatement) : undefined,
    },
  ]);

const translateExpressionStatement: Handler<ts.ExpressionStatement> = (state, node) => {
  const expression = node.expression;
  const helperCall = blockHelperCall(state, expression);
  return withPending(state, () => {
    if (helperCall) return inlineHelperBody(state, helperCall.call, helperCall.helper);
    if (
      !ts.isCallExpression(expression) &&
      !(
        ts.isBinaryExpression(expression) &&
        expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
      )
    )
      return state.refuse(
        "unsupportedSyntax",
        "only calls and assignments can stand as statements",
        node,
        "assign the value (const x = ...;) or remove the statement",
      );
    return [{ kind: "expression", expression: translateExpression(state, expression, TOP) }];
  });
};

const translateForOf: Handler<ts.ForOfStatement> = (state, node) => {
  const list = node.initializer;
  const declaration = ts.isVariableDeclarationList(list) ? list.declarations[0] : undefined;
  if (
    !declaration ||
    !ts.isIdentifier(declaration.name) ||
    !(list.flags & ts.NodeFlags.Const) ||
    node.awaitModifier
  )
    return state.refuse(
      "unsupportedSyntax",
      "for..of declares one const item (not let, an existing variable, destructuring or await)",
      node,
      "write loops as for (const item of items)",
    );
  const collectionType = csharpType(state.checker, state.typeOf(node.expression));
  const where = state.checker
    .getNonNullableType(state.typeOf(node.expression))
    .getProperty("Where");
  // An IEnumerable or a dictionary of the model: C#'s foreach over the same sequence.
  const sequence = where !== undefined && isModelSymbol(where);
  // A string iterates by code point in JavaScript but by UTF-16 unit in C#'s foreach.
  if ((!collectionType?.endsWith("[]") && !sequence) || isNullable(state.typeOf(node.expression)))
    return state.refuse(
      "unsupportedSyntax",
      `for..of over '${state.checker.typeToString(state.typeOf(node.expression))}' iterates differently in C#`,
      node.expression,
      'iterate a non-null array (e.g. s.split(","))',
    );
  return withPending(state, () => {
    const collection = translateExpression(state, node.expression, NESTED);
    const name = state.local(declaration.name.getText());
    state.bindings.set(state.checker.getSymbolAtLocation(declaration.name)!, {
      kind: "identifier",
      name,
    });
    return [{ kind: "foreach", name, collection, body: translateStatement(state, node.statement) }];
  });
};

const STATEMENT_HANDLERS: Partial<Record<ts.SyntaxKind, Handler<any>>> = {
  [ts.SyntaxKind.VariableStatement]: translateVariableStatement,
  [ts.SyntaxKind.ReturnStatement]: translateReturn,
  [ts.SyntaxKind.IfStatement]: translateIf,
  [ts.SyntaxKind.ExpressionStatement]: translateExpressionStatement,
  [ts.SyntaxKind.ForOfStatement]: translateForOf,
  [ts.SyntaxKind.WhileStatement]: (state, node: ts.WhileStatement) =>
    withPending(state, () => translateWhile(state, node, translateStatement)),
  [ts.SyntaxKind.ForStatement]: (state, node: ts.ForStatement) =>
    translateFor(state, node, translateStatement, translateDeclarationList),
  [ts.SyntaxKind.DoStatement]: (state, node: ts.DoStatement) =>
    state.refuse(
      "loopShape",
      "do..while is not translated",
      node,
      "write while (true) { ...; if (!(condition)) { break; } }",
    ),
  // Refused whole, its body unread: a break or continue with a label (which sits inside the
  // labelled statement) never reaches the handlers below.
  [ts.SyntaxKind.LabeledStatement]: (state, node: ts.LabeledStatement) =>
    state.refuse(
      "loopShape",
      "labels (for labelled break and continue) have no C# equivalent but goto",
      node.label,
      "move the loop into a helper and return from it, or use a let flag",
    ),
  [ts.SyntaxKind.BreakStatement]: () => [{ kind: "break" }],
  [ts.SyntaxKind.ContinueStatement]: () => [{ kind: "continue" }],
  [ts.SyntaxKind.SwitchStatement]: (state, node: ts.SwitchStatement) =>
    withPending(state, () => translateSwitch(state, node, translateStatement)),
  [ts.SyntaxKind.TryStatement]: (state, node: ts.TryStatement) =>
    translateTry(state, node, translateStatement),
  [ts.SyntaxKind.ThrowStatement]: (state, node: ts.ThrowStatement) =>
    withPending(state, () => translateThrow(state, node)),
  // Blocks only scope names, and every local name is unique in the expression: flatten them.
  [ts.SyntaxKind.Block]: (state, node: ts.Block) => translateStatements(state, node.statements),
  [ts.SyntaxKind.EmptyStatement]: () => [],
};

export function translateStatement(state: TranslationState, node: ts.Statement): CsStatement[] {
  const handler = STATEMENT_HANDLERS[node.kind];
  if (handler) return handler(state, node);
  // Named as written (`for..in`, `debugger`, `function`, `class`): ts.SyntaxKind's own name of
  // a kind can be an alias (DebuggerStatement reads back as LastStatement).
  const written = ts.isForInStatement(node) ? "for..in" : node.getFirstToken()!.getText();
  return state.refuse(
    "unsupportedSyntax",
    `'${written}' cannot be translated to a C# policy statement`,
    node,
    "use const/let, if/else, switch, return, for..of, for, while, break, continue, try/catch and throw",
  );
}

export function translateStatements(
  state: TranslationState,
  statements: readonly ts.Statement[],
): CsStatement[] {
  return statements.flatMap((statement) => translateStatement(state, statement));
}
