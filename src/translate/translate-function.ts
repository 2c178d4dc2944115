// Entry point of the translator: one expression function (found through its source tag) becomes
// a C# policy expression, `@(...)` for an expression body and `@{...}` for a block, together
// with the C# type of its result (which the harness uses to tag stored variables).
import ts from "../compile/typescript.js";
import type { CsPolicyExpression, CsStatement } from "../csharp-syntax/syntax.ts";
import type { ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import type { SourceTag } from "../model/source-tag.ts";
import type { IntegerSite } from "../model/integer-sites.ts";
import { csharpType } from "./csharp-types.ts";
import { translateExpression } from "./expressions/index.ts";
import { alwaysReturns, type HelperNode } from "./inline.ts";
import { numericKindOf } from "./numeric.ts";
import { TOP, TranslationState } from "./state.ts";
import { translateStatements } from "./statements.ts";
import type { StringMethod } from "./members/string.ts";

export interface TranslatedFunction {
  readonly expression: CsPolicyExpression | undefined;
  /** C# type of the value, e.g. "string", "bool", "int", "byte[]"; undefined if unknown. */
  readonly resultType: string | undefined;
  readonly diagnostics: readonly ApimDiagnostic[];
  /** With `parameters: "arguments"`: each parameter's C# local name and C# type (undefined if unknown). */
  readonly parameters: readonly TranslatedParameter[];
  /** The operators translated as C# int/long arithmetic (already registered for the harness). */
  readonly integerSites: readonly IntegerSite[];
}

export interface TranslatedParameter {
  readonly name: string;
  readonly csharpName: string;
  readonly type: string | undefined;
}

export interface TranslateOptions {
  /**
   * "context" (default): the function is a policy expression whose one parameter is APIM's
   * `context`. "arguments": every parameter becomes a C# local of the same name, which the caller
   * declares ahead of the expression (the conformance DSL runs `(s: string) => s.trim()` this way).
   */
  readonly parameters?: "context" | "arguments";
  /**
   * Test-only seam: string member mappings that replace the shipped ones (members/string.ts).
   * The conformance suite injects a deliberate mistranslation here to prove its checker fails.
   */
  readonly stringMethods?: Readonly<Record<string, StringMethod>>;
}

function resultTypeOf(state: TranslationState, node: HelperNode): string | undefined {
  const signature = state.checker.getSignatureFromDeclaration(node);
  const declared =
    signature && csharpType(state.checker, state.checker.getReturnTypeOfSignature(signature));
  if (declared) return declared;
  // A plain `number`: the C# type follows from the returned expressions.
  const returned: ts.Expression[] = [];
  if (node.body && !ts.isBlock(node.body)) returned.push(node.body);
  else if (node.body) {
    const visit = (child: ts.Node): void => {
      if (ts.isFunctionLike(child)) return;
      if (ts.isReturnStatement(child) && child.expression) returned.push(child.expression);
      ts.forEachChild(child, visit);
    };
    ts.forEachChild(node.body, visit);
  }
  const kinds = new Set(returned.map((expression) => numericKindOf(state, expression)));
  if (kinds.size === 1) return [...kinds][0];
  if (kinds.has("double") && !kinds.has(undefined)) return "double";
  return undefined;
}

/** Translates the function `node` (the root expression) with the build-time captures of `tag`. */
export function translateFunction(
  program: ts.Program,
  node: HelperNode,
  tag: SourceTag | undefined,
  options: TranslateOptions = {},
): TranslatedFunction {
  const state = new TranslationState(program, program.getTypeChecker(), options.stringMethods);
  state.frames.push({ node, tag });
  const parameters: TranslatedParameter[] = [];
  if (options.parameters === "arguments") {
    state.reserve("context");
    for (const parameter of node.parameters) {
      if (!ts.isIdentifier(parameter.name) || parameter.initializer || parameter.dotDotDotToken) {
        state.report(
          "unsupportedSyntax",
          "parameters are plain names (no destructuring, defaults or rest)",
          parameter,
          "declare one plain parameter per value, e.g. (s: string, n: int) => ...",
        );
        continue;
      }
      const csharpName = state.local(parameter.name.text);
      state.bindings.set(state.checker.getSymbolAtLocation(parameter.name)!, {
        kind: "identifier",
        name: csharpName,
      });
      const type = csharpType(state.checker, state.checker.getTypeAtLocation(parameter.name));
      parameters.push({ name: parameter.name.text, csharpName, type });
    }
  } else if (node.parameters.length > 1) {
    state.report(
      "unsupportedSyntax",
      "a policy expression takes one parameter: context",
      node.parameters[1]!,
      "read other values from context (context.Variables, context.Request), or use a module constant",
    );
  }
  const contextParameter = options.parameters === "arguments" ? undefined : node.parameters[0];
  state.reserve("context");
  if (contextParameter) {
    if (!ts.isIdentifier(contextParameter.name)) {
      state.report(
        "unsupportedSyntax",
        "destructuring context has no C# equivalent",
        contextParameter,
        "name the parameter context and read context.Request, context.Variables, ...",
      );
    } else {
      state.bindings.set(state.checker.getSymbolAtLocation(contextParameter.name)!, {
        kind: "identifier",
        name: "context",
      });
    }
  }
  let expression: CsPolicyExpression | undefined;
  if (!node.body) {
    state.report(
      "unsupportedSyntax",
      "the expression function has no body",
      node,
      "give it a body: (context) => ... or (context) => { ...; return x; }",
    );
  } else if (ts.isBlock(node.body)) {
    const statements: CsStatement[] = translateStatements(state, node.body.statements);
    if (!alwaysReturns(statements) && state.diagnostics.length === 0) {
      state.report(
        "missingReturn",
        "not every path of this block returns a value (APIM requires it)",
        node,
        "end the block with a return",
      );
    }
    expression = { kind: "block", statements };
  } else {
    state.pending = [];
    const value = translateExpression(state, node.body, TOP);
    expression = state.pending.length
      ? { kind: "block", statements: [...state.pending, { kind: "return", expression: value }] }
      : { kind: "single", expression: value };
  }
  const resultType = resultTypeOf(state, node);
  const errors = state.diagnostics.some((d) => d.category === "error");
  return {
    expression: errors ? undefined : expression,
    resultType,
    diagnostics: state.diagnostics,
    parameters,
    integerSites: state.integerSites,
  };
}
