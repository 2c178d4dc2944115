// A TypeScript object or array literal where Json.NET expects a JSON value (the `JsonLiteral`
// parameters of JObject.Add and JArray.Add) becomes Json.NET's construction, with the same
// property order and value types: `{ a: 1, b: [true, s] }` is
// `new JObject(new JProperty("a", 1), new JProperty("b", new JArray(new object[] { true, s })))`.
// Elements go through `new object[] { ... }` so that a single JArray element is not taken for
// JArray's copy constructor. Values: strings, booleans, null, int/long (Integer tokens), JSON
// tokens and nested literals. A double is refused: the harness sees a JavaScript number and
// cannot tell 2.0 (a Float token, "2.0") from 2 (an Integer). Keys that JavaScript reorders
// (integer-like names), computed keys, spreads and methods are refused too.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { isNumberType, modelTypeName } from "../csharp-types.ts";
import { numericKindOf } from "../numeric.ts";
import type { Position, TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";

/** Whether the parameter an argument fills is declared as a JsonLiteral. */
export function expectsJsonLiteral(
  state: TranslationState,
  call: ts.CallExpression | ts.NewExpression,
  index: number,
): boolean {
  const signature = state.checker.getResolvedSignature(call);
  const parameter = signature?.getDeclaration()?.parameters[index];
  return parameter?.type?.getText() === "JsonLiteral";
}

function propertyName(state: TranslationState, name: ts.PropertyName): string | undefined {
  const text =
    ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)
      ? name.text
      : undefined;
  if (text === undefined) {
    state.report(
      "unsupportedSyntax",
      "a JSON property name must be written out",
      name,
      'write { name: value } or { "a name": value }',
    );
    return undefined;
  }
  if (/^(0|[1-9][0-9]*)$/.test(text) || text === "__proto__") {
    state.report(
      "unsupportedSyntax",
      `JavaScript orders or treats the key '${text}' specially in an object literal; Json.NET keeps the written order`,
      name,
      "build this object with Add(name, value) in the order you want",
    );
    return undefined;
  }
  return text;
}

/** The C# of a JSON value: a nested literal's construction, or the value as Json.NET's content. */
export function translateJsonValue(
  state: TranslationState,
  node: ts.Expression,
  position: Position,
  nested = false,
): CsExpression {
  if (ts.isParenthesizedExpression(node))
    return translateJsonValue(state, node.expression, position, nested);
  if (ts.isObjectLiteralExpression(node)) {
    const properties: CsExpression[] = [];
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) {
        state.report(
          "unsupportedSyntax",
          "a JSON object literal holds `name: value` pairs only",
          property,
          "write each property out (no spread, methods or accessors)",
        );
        continue;
      }
      const name = propertyName(state, property.name);
      if (name === undefined) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      properties.push({
        kind: "new",
        type: "JProperty",
        arguments: [
          { kind: "string", value: name },
          translateJsonValue(state, value, position, true),
        ],
      });
    }
    return { kind: "new", type: "JObject", arguments: properties };
  }
  if (ts.isArrayLiteralExpression(node)) {
    const elements: CsExpression[] = [];
    for (const element of node.elements) {
      if (ts.isSpreadElement(element) || ts.isOmittedExpression(element)) {
        state.report(
          "unsupportedSyntax",
          "a JSON array literal lists its elements",
          element,
          "write each element out (no spread or holes)",
        );
        continue;
      }
      elements.push(translateJsonValue(state, element, position, true));
    }
    const content: CsExpression[] =
      elements.length === 0 ? [] : [{ kind: "new-array", elementType: "object", elements }];
    return { kind: "new", type: "JArray", arguments: content };
  }
  // As Json.NET content, null is `(object)null` (a JValue of type Null); as Add's own argument,
  // plain null (Add(string, JToken) and JArray.Add(JToken) take it as a JSON null).
  if (node.kind === ts.SyntaxKind.NullKeyword)
    return nested ? { kind: "cast", type: "object", operand: { kind: "null" } } : { kind: "null" };
  const type = state.typeOf(node);
  if (isNumberType(type)) {
    const kind = numericKindOf(state, node);
    if (kind !== "int" && kind !== "long") {
      return state.report(
        "unsupportedSyntax",
        `a ${kind ?? "number"} in a JSON literal: Json.NET writes 2.0 for a double, the harness sees only the number 2`,
        node,
        "use an int or long value, or a string",
      );
    }
  }
  const json = modelTypeName(type);
  if (json && !["JToken", "JObject", "JArray"].includes(json) && !isNumberType(type)) {
    return state.report(
      "unsupportedSyntax",
      `a ${json} in a JSON literal has no simulated Json.NET content`,
      node,
      "use strings, booleans, ints, JSON tokens or nested literals",
    );
  }
  return translateExpression(state, node, position);
}
