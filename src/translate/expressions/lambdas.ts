// Arrow functions passed to LINQ-style members (`certs.Any(c => ...)`, `parts.some(p => ...)`)
// become C# lambdas with one parameter and an expression body. Their bodies run any number of
// times, so helpers inside them may not hoist arguments.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { CONDITIONAL, type TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";

export function translateArrowAsLambda(
  state: TranslationState,
  node: ts.ArrowFunction | ts.FunctionExpression,
): CsExpression {
  if (!ts.isCallExpression(node.parent) && !ts.isNewExpression(node.parent)) {
    return state.report(
      "lambdaShape",
      "a function value cannot be stored or returned in a policy expression",
      node,
      "call it, or pass it directly to some/every/filter/map/Any/All",
    );
  }
  const body = ts.isArrowFunction(node) && !ts.isBlock(node.body) ? node.body : undefined;
  if (!body || node.parameters.length !== 1 || !ts.isIdentifier(node.parameters[0]!.name)) {
    return state.report(
      "lambdaShape",
      "callbacks take exactly one parameter and an expression body",
      node,
      "write `x => condition`; JavaScript's index argument has no C# equivalent here",
    );
  }
  const parameter = node.parameters[0]!;
  const name = state.lambdaParameter((parameter.name as ts.Identifier).text);
  state.bindings.set(state.checker.getSymbolAtLocation(parameter.name)!, {
    kind: "identifier",
    name,
  });
  try {
    return {
      kind: "lambda",
      parameters: [name],
      body: translateExpression(state, body, CONDITIONAL),
    };
  } finally {
    state.releaseLambdaParameters(1);
  }
}
