// `value as T` where T is a C# type: C#'s explicit cast `(T)value`. Two cases mean the same in
// both languages (the tagging transform makes the harness run castValue, src/dotnet/runtime.ts):
// a C# `object` (TypeScript `unknown`: the Variables indexer, TryGetValue's value) unboxed
// exactly, a conversion between numeric types (`(int)3.7` truncates toward zero), and Json.NET's
// explicit conversion of a JToken to a nullable string/int/long/double/bool. Any other `as` only
// changes what TypeScript believes and is refused.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { castTypeName } from "../../compile/tag-transform.ts";
import { isNumberType, modelTypeName } from "../csharp-types.ts";
import type { Position, TranslationState } from "../state.ts";
import { javascriptGlobalRoot, reportJavascriptGlobal } from "./calls.ts";
import { refuseConstantOverflow } from "./constant-folding.ts";
import { translateExpression } from "./index.ts";

const NUMERIC = new Set(["int", "long", "double"]);
const REFERENCE = new Set(["string", "byte[]", "IResponse", "Jwt", "Authorization"]);
const JSON_CASTS = new Set(["string", "int?", "long?", "double?", "bool?", "DateTime?"]);

export function translateAs(
  state: TranslationState,
  node: ts.AsExpression,
  position: Position,
): CsExpression {
  const globalRoot = javascriptGlobalRoot(state, node.expression);
  if (globalRoot) return reportJavascriptGlobal(state, globalRoot, node.expression);
  const type = castTypeName(node.type);
  const operandType = state.typeOf(node.expression);
  if (type && operandType.flags & ts.TypeFlags.Unknown) {
    if (REFERENCE.has(type) && !ts.isUnionTypeNode(node.type)) {
      return state.report(
        "unsupportedSyntax",
        `C#'s (${type}) of a null object is null, which '${node.type.getText()}' hides`,
        node.type,
        `write '${node.expression.getText()} as ${node.type.getText()} | null'`,
      );
    }
    return { kind: "cast", type, operand: translateExpression(state, node.expression, position) };
  }
  // Json.NET's explicit conversions of a token: `t as string | null` is `(string)t`,
  // `t as int | null` is `(int?)t` (null for a missing property or a JSON null, as in C#).
  if (type && modelTypeName(operandType) === "JToken") {
    if (!JSON_CASTS.has(type)) {
      return state.report(
        "unsupportedSyntax",
        `'as ${node.type.getText()}' of a JSON token: C#'s (${type}) throws on a JSON null`,
        node.type,
        `write 'as string | null', 'as int | null', 'as long | null', 'as double | null', 'as boolean | null' or 'as DateTime | null'`,
      );
    }
    return { kind: "cast", type, operand: translateExpression(state, node.expression, position) };
  }
  if (
    type &&
    NUMERIC.has(type) &&
    isNumberType(operandType) &&
    !(operandType.flags & ts.TypeFlags.Unknown)
  ) {
    // A constant that does not fit its new type does not compile (CS0221, constant-folding.ts).
    return refuseConstantOverflow(state, node, {
      kind: "cast",
      type,
      operand: translateExpression(state, node.expression, position),
    });
  }
  return state.report(
    "unsupportedSyntax",
    "'as' changes only what TypeScript believes here; in C# it would convert",
    node,
    type
      ? `'as ${node.type.getText()}' is C#'s cast only for an object (context.Variables["x"]) or between int, long and double`
      : "declare the right type instead",
  );
}
