// Calls and `new`: model methods (1:1), string and array methods (mapped), named values
// (`{{name}}` tokens), helpers written in policy-src (inlined), and `new` of allowed .NET types.
// JavaScript globals are refused with the .NET member to use instead.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import {
  dotnetValueName,
  isModelSymbol,
  isNamedValueFunction,
  isStandardLibrary,
} from "../library.ts";
import { isNamedValueName, NAMED_VALUE_NAME_RULE } from "../../model/named-value.ts";
import { translateModelCall } from "../members/model.ts";
import { isNumberType, unwrapNarrowedNullable } from "../csharp-types.ts";
import { numericKindOf } from "../numeric.ts";
import { translateStandardCall } from "../members/standard-library.ts";
import { findHelper, inlineExpressionHelper } from "../inline.ts";
import { NESTED, type Position, type TranslationState } from "../state.ts";
import { buildTimeValue } from "./access.ts";
import { translateExpression } from "./index.ts";
import { expectsJsonLiteral, translateJsonValue } from "./json-literals.ts";

const GLOBAL_HINTS: Readonly<Record<string, string>> = {
  parseInt:
    "use int.Parse(s) or int.TryParse(s) (C# accepts no trailing text and no hex, and throws FormatException or OverflowException)",
  parseFloat: "use double.Parse(s) or double.TryParse(s) (C# accepts no trailing text)",
  String: 'concatenate with "" only for strings and ints, or call ToString() on a .NET value',
  Number: "use int.Parse(s), double.Parse(s) or Convert.ToInt32(value)",
  Boolean: 'compare explicitly: x != null, s !== ""',
  encodeURIComponent: "use WebUtility.UrlEncode (note: it encodes spaces as '+')",
  decodeURIComponent: "use WebUtility.UrlDecode (note: it decodes '+' as a space)",
  atob: "use Convert.FromBase64String",
  btoa: "use Convert.ToBase64String",
  isNaN: "numbers in the model are never NaN",
};

/** JavaScript's global objects, with the .NET members to write instead. */
export const GLOBAL_OBJECT_HINTS: Readonly<Record<string, string>> = {
  JSON: "JSON is Json.NET's in APIM: use JObject.Parse(s) / JToken.Parse(s), token.ToString(Formatting.None) or JsonConvert.SerializeObject(token) (import them from apim-ts)",
  Math: 'import { Math } from "apim-ts" (System.Math: Max, Min, Abs, Floor, Ceiling)',
  Date: 'import { DateTime } from "apim-ts": DateTime.UtcNow, DateTime.Parse(s), d.ToString("o")',
  Number: 'int.Parse(s), double.Parse(s), int.MaxValue (import { int, double } from "apim-ts")',
  Object: "a dictionary's Keys, Values and TryGetValue(key)",
  Array: "arrays' own members (some, map, filter, includes) or LINQ on the model's sequences",
  String: 'string.Join, string.IsNullOrEmpty (import { string } from "apim-ts")',
  Intl: "DateTime.ToString(format) and int.Parse work in the invariant culture",
  Reflect: "the model's types are known at compile time",
};

/** The JavaScript global object a member chain starts from (`JSON.parse(s).a` → JSON), if any. */
export function javascriptGlobalRoot(
  state: TranslationState,
  node: ts.Expression,
): ts.Identifier | undefined {
  let inner: ts.Expression = node;
  while (
    ts.isPropertyAccessExpression(inner) ||
    ts.isElementAccessExpression(inner) ||
    ts.isCallExpression(inner) ||
    ts.isParenthesizedExpression(inner) ||
    ts.isNonNullExpression(inner)
  ) {
    inner = inner.expression;
  }
  if (!ts.isIdentifier(inner) || !Object.hasOwn(GLOBAL_OBJECT_HINTS, inner.text)) return undefined;
  const symbol = state.symbolAt(inner);
  return symbol && isStandardLibrary(state.program, symbol) ? inner : undefined;
}

/** APIM1019 for a use of a JavaScript global object, naming it and what to write instead. */
export function reportJavascriptGlobal(
  state: TranslationState,
  root: ts.Identifier,
  node: ts.Node,
): CsExpression {
  return state.report(
    "javascriptGlobal",
    `JavaScript's '${root.text}' has no exact C# equivalent`,
    node,
    GLOBAL_OBJECT_HINTS[root.text]!,
  );
}

function namedValueToken(
  state: TranslationState,
  node: ts.CallExpression,
  kind: "namedValue" | "namedBoolean",
): CsExpression {
  const argument = node.arguments[0];
  const value =
    argument &&
    (ts.isStringLiteral(argument)
      ? { found: true as const, value: argument.text }
      : buildTimeValue(state, argument));
  if (node.arguments.length !== 1 || !value?.found || typeof value.value !== "string") {
    return state.report(
      "namedValueName",
      `${kind}() needs a literal named value name`,
      node,
      `write ${kind}("my-named-value")`,
    );
  }
  if (!isNamedValueName(value.value)) {
    return state.report(
      "namedValueName",
      `${kind}(): ${JSON.stringify(value.value)} is not a valid named value name (${NAMED_VALUE_NAME_RULE})`,
      argument!,
      `write the named value's display name as APIM shows it, e.g. ${kind}("my-named-value")`,
    );
  }
  // APIM substitutes {{name}} as text before compiling: inside quotes for text, bare for a literal.
  return {
    kind: "verbatim",
    text: kind === "namedValue" ? `"{{${value.value}}}"` : `{{${value.value}}}`,
  };
}

function translateArguments(
  state: TranslationState,
  node: ts.CallExpression | ts.NewExpression,
  position: Position,
): CsExpression[] {
  const argumentPosition = position.conditional ? position : NESTED;
  return (node.arguments ?? []).map((argument, index) =>
    expectsJsonLiteral(state, node, index)
      ? translateJsonValue(state, argument, argumentPosition)
      : translateExpression(state, argument, argumentPosition),
  );
}

export function translateCall(
  state: TranslationState,
  node: ts.CallExpression,
  position: Position,
): CsExpression {
  const callee = node.expression;
  if (node.questionDotToken) {
    return state.report(
      "nullConditionalValue",
      "optional calls (f?.()) have no C# policy equivalent",
      node,
      "test for null first",
    );
  }
  const globalRoot = javascriptGlobalRoot(state, callee);
  if (globalRoot) return reportJavascriptGlobal(state, globalRoot, node);
  const helper = findHelper(state, callee);
  if (helper) return inlineExpressionHelper(state, node, helper, position);

  if (ts.isPropertyAccessExpression(callee)) {
    const symbol = state.symbolAt(callee.name);
    if (symbol && isModelSymbol(symbol)) {
      const target = unwrapNarrowedNullable(
        state.checker,
        callee.expression,
        translateExpression(state, callee.expression, position),
      );
      return translateModelCall(
        state,
        node,
        callee,
        target,
        translateArguments(state, node, position),
        callee.questionDotToken !== undefined,
      );
    }
    if (symbol && isStandardLibrary(state.program, symbol)) {
      if (callee.questionDotToken) {
        return state.report(
          "nullConditionalValue",
          "'?.' before a JavaScript method has no exact C# equivalent",
          callee,
          "test for null first",
        );
      }
      const target = translateExpression(state, callee.expression, position);
      return translateStandardCall(
        state,
        node,
        callee,
        symbol,
        target,
        translateArguments(state, node, position),
      );
    }
    return state.report(
      "unsupportedMember",
      `'${callee.getText()}' is not a method of APIM's context, an allowed .NET type or a policy-src helper`,
      callee.name,
      ts.isIdentifier(callee.expression) &&
        ["Math", "JSON", "Object", "Array", "Number", "Date"].includes(callee.expression.text)
        ? `JavaScript's ${callee.expression.text} is not available in C#; import the .NET equivalent from apim-ts (Math, DateTime, Convert)`
        : "call a member the value's apim-ts type declares (docs/translation.md lists them), or a helper written in policy-src",
    );
  }
  if (ts.isIdentifier(callee)) {
    const symbol = state.symbolAt(callee);
    const named = symbol && isNamedValueFunction(symbol);
    if (named) return namedValueToken(state, node, named);
    if (symbol && isStandardLibrary(state.program, symbol)) {
      return state.report(
        "javascriptGlobal",
        `JavaScript's '${callee.text}' has no exact C# equivalent`,
        callee,
        GLOBAL_HINTS[callee.text] ?? "use the .NET members apim-ts declares",
      );
    }
  }
  return state.report(
    "helperShape",
    `'${callee.getText()}' is not a function the translator can inline (a function written in policy-src, known at build time)`,
    callee,
    "call a helper declared in policy-src (a function or const arrow function), or write its body inline",
  );
}

export function translateNew(
  state: TranslationState,
  node: ts.NewExpression,
  position: Position,
): CsExpression {
  const symbol = ts.isIdentifier(node.expression) ? state.symbolAt(node.expression) : undefined;
  const name = symbol && dotnetValueName(symbol);
  if (!name) {
    return state.report(
      "unsupportedSyntax",
      `'new ${node.expression.getText()}' is not an allowed .NET type`,
      node,
      "only .NET types declared by apim-ts can be constructed (e.g. new X509Certificate2(bytes))",
    );
  }
  // `new JValue(2.0)` is a Float token in C# ("2.0"); the harness sees the number 2 (Integer).
  const argument = node.arguments?.[0];
  if (name === "JValue" && argument) {
    // A literal's kind is read from what was written (numericKindOf: 2.0 is a double).
    const kind = numericKindOf(state, argument);
    const numeric = isNumberType(state.typeOf(argument)) || kind !== undefined;
    if (numeric && kind !== "int" && kind !== "long")
      return state.report(
        "unsupportedSyntax",
        `new JValue of a ${kind ?? "number"}: Json.NET writes 2.0 for a double, the harness sees only the number 2`,
        argument,
        'pass an int or long, or parse the JSON text: JToken.Parse("2.5")',
      );
  }
  return { kind: "new", type: name, arguments: translateArguments(state, node, position) };
}
