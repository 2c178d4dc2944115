// Members declared by TypeScript's standard library (lib.*.d.ts), dispatched by the interface
// that declares them: String → string.ts, Array/ReadonlyArray/Uint8Array → array.ts. The default
// is a diagnostic naming the member: nothing JavaScript-only reaches the C#.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import type { TranslationState } from "../state.ts";
import { ARRAY_METHODS, ARRAY_PROPERTIES } from "./array.ts";
import { STRING_METHODS } from "./string.ts";

const ARRAY_OWNERS = new Set(["Array", "ReadonlyArray", "Uint8Array"]);

function ownerOf(symbol: ts.Symbol): string | undefined {
  const parent = symbol.declarations?.[0]?.parent;
  return parent && ts.isInterfaceDeclaration(parent) ? parent.name.text : undefined;
}

export function translateStandardProperty(
  state: TranslationState,
  node: ts.PropertyAccessExpression,
  symbol: ts.Symbol,
  target: CsExpression,
  conditional: boolean,
): CsExpression {
  const owner = ownerOf(symbol);
  const name = node.name.text;
  if (name === "length" && (owner === "String" || (owner && ARRAY_OWNERS.has(owner)))) {
    const read = ARRAY_PROPERTIES.length!(target);
    return conditional
      ? state.report(
          "nullConditionalValue",
          "'?.length' gives a nullable int in C#",
          node,
          "test for null first",
        )
      : read;
  }
  return state.report(
    "unsupportedMember",
    `'${owner ?? "?"}.${name}' has no exact C# equivalent in a policy expression`,
    node.name,
    owner === "String"
      ? `supported string members: length, ${Object.keys(STRING_METHODS).join(", ")}`
      : owner && ARRAY_OWNERS.has(owner)
        ? `supported array members: length, ${Object.keys(ARRAY_METHODS).join(", ")}`
        : "use the .NET members apim-ts declares (docs/translation.md lists them)",
  );
}

export function translateStandardCall(
  state: TranslationState,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
  symbol: ts.Symbol,
  target: CsExpression,
  args: readonly CsExpression[],
): CsExpression {
  const owner = ownerOf(symbol);
  const name = callee.name.text;
  const context = { state, node, target, args, argNodes: node.arguments };
  if (owner === "String" && Object.hasOwn(state.stringMethodOverrides, name))
    return state.stringMethodOverrides[name]!(context);
  if (owner === "String" && Object.hasOwn(STRING_METHODS, name))
    return STRING_METHODS[name]!(context);
  if (owner && ARRAY_OWNERS.has(owner) && Object.hasOwn(ARRAY_METHODS, name))
    return ARRAY_METHODS[name]!(context);
  const supported =
    owner === "String"
      ? Object.keys(STRING_METHODS)
      : owner && ARRAY_OWNERS.has(owner)
        ? Object.keys(ARRAY_METHODS)
        : [];
  return state.report(
    "unsupportedMember",
    `'${owner ?? "?"}.prototype.${name}' has no exact C# equivalent in a policy expression`,
    callee.name,
    supported.length
      ? `supported: ${supported.join(", ")}`
      : "use the .NET members apim-ts declares",
  );
}
