// Names and member reads: locals and parameters, `context`, .NET statics (DateTime, Convert, ...),
// build-time values (read through objects: `config.headerName`), and members of the model (1:1),
// of strings and of arrays (mapped in members/).
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { captured, literalOf } from "../build-time.ts";
import {
  csharpType,
  isNullable,
  isNumberType,
  isStringType,
  modelTypeName,
  unwrapNarrowedNullable,
} from "../csharp-types.ts";
import { dotnetValueName, isModelSymbol, isStandardLibrary } from "../library.ts";
import { numericKindOf } from "../numeric.ts";
import { translateStandardProperty } from "../members/standard-library.ts";
import { translateModelProperty } from "../members/model.ts";
import type { Position, TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";
import { javascriptGlobalRoot, reportJavascriptGlobal } from "./calls.ts";

/** The build-time value of an identifier or property chain that is not bound in the expression. */
export function buildTimeValue(
  state: TranslationState,
  node: ts.Expression,
): { found: true; value: unknown } | { found: false } {
  if (ts.isParenthesizedExpression(node)) return buildTimeValue(state, node.expression);
  if (ts.isIdentifier(node)) {
    const symbol = state.symbolAt(node);
    if (symbol && (state.bindings.has(symbol) || dotnetValueName(symbol))) return { found: false };
    if (symbol && isModelSymbol(symbol)) return { found: false };
    return captured(state, node.text);
  }
  if (ts.isPropertyAccessExpression(node) && !node.questionDotToken) {
    const target = buildTimeValue(state, node.expression);
    if (!target.found || target.value === null || typeof target.value !== "object")
      return { found: false };
    return { found: true, value: (target.value as Record<string, unknown>)[node.name.text] };
  }
  return { found: false };
}

export function translateIdentifier(state: TranslationState, node: ts.Identifier): CsExpression {
  if (node.text === "undefined") return { kind: "null" };
  const symbol = state.symbolAt(node);
  if (symbol) {
    const bound = state.bindings.get(symbol);
    if (bound) return bound;
    const dotnet = dotnetValueName(symbol);
    if (dotnet) return { kind: "identifier", name: dotnet };
  }
  const value = captured(state, node.text);
  if (value.found) return literalOf(state, value.value, node, node.text);
  return state.report(
    "notBuildTime",
    `'${node.text}' is neither a local of the expression nor a value known when the policy is built`,
    node,
    "declare it with const in the expression, or pass a build-time value (module constant, helper parameter)",
  );
}

export function translatePropertyAccess(
  state: TranslationState,
  node: ts.PropertyAccessExpression,
  position: Position,
): CsExpression {
  const globalRoot = javascriptGlobalRoot(state, node);
  if (globalRoot) return reportJavascriptGlobal(state, globalRoot, node);
  const value = buildTimeValue(state, node);
  if (value.found) return literalOf(state, value.value, node, node.getText());
  const symbol = state.symbolAt(node.name);
  if (!symbol) {
    return state.report(
      "unsupportedMember",
      `'${node.name.text}' has no declaration the translator can map`,
      node.name,
      "use a member apim-ts declares (docs/translation.md lists them), or a module constant",
    );
  }
  const conditional = node.questionDotToken !== undefined;
  if (conditional) {
    const result = csharpType(state.checker, state.typeOf(node));
    if (result && /^(bool|int|long|double|DateTime|TimeSpan|Guid)\??$/.test(result)) {
      return state.report(
        "nullConditionalValue",
        `'?.' gives a nullable ${result.replace("?", "")} in C#, which compares and converts differently than undefined in JavaScript`,
        node,
        "test for null first: `x != null && x.Member ...`",
      );
    }
  }
  const target = translateExpression(state, node.expression, position);
  if (isModelSymbol(symbol))
    return translateModelProperty(
      state,
      node,
      unwrapNarrowedNullable(state.checker, node.expression, target),
      conditional,
    );
  if (isStandardLibrary(state.program, symbol))
    return translateStandardProperty(state, node, symbol, target, conditional);
  return state.report(
    "unsupportedMember",
    `'${node.getText()}' is not a member of APIM's context or an allowed .NET type`,
    node.name,
    "use members declared by apim-ts (APIM's names), or compute the value at build time",
  );
}

export function translateElementAccess(
  state: TranslationState,
  node: ts.ElementAccessExpression,
  position: Position,
): CsExpression {
  const value = buildTimeValue(state, node.expression);
  if (
    value.found &&
    ts.isStringLiteral(node.argumentExpression) &&
    value.value &&
    typeof value.value === "object"
  ) {
    return literalOf(
      state,
      (value.value as Record<string, unknown>)[node.argumentExpression.text],
      node,
      node.getText(),
    );
  }
  const receiverType = state.typeOf(node.expression);
  if (isModelDictionary(state, receiverType) && !isNullable(receiverType))
    return dictionaryIndexer(state, node, position);
  const jsonType = modelTypeName(receiverType);
  if (jsonType === "JObject" || jsonType === "JToken" || jsonType === "JArray")
    return jsonIndexer(state, node, jsonType, position);
  if (jsonType === "GroupCollection" || jsonType === "MatchCollection")
    return regexIndexer(state, node, jsonType, position);
  const targetType = csharpType(state.checker, receiverType);
  if (
    targetType === "string[]" &&
    !node.questionDotToken &&
    !isNullable(state.typeOf(node.expression))
  ) {
    // ElementAtOrDefault(this IEnumerable<T>, int index) takes an int (learn.microsoft.com,
    // "Enumerable.ElementAtOrDefault Method"): a long or double index does not compile (mcs CS1928).
    // Converting it silently would not do either: (int) wraps a long past int's range onto another
    // element, where JavaScript reads undefined; JavaScript reads a[1.5] as undefined too.
    // A string key (a["length"]) reads the array's member in TypeScript; C# has no string
    // overload of ElementAtOrDefault, so the C# would not compile (mcs CS1928).
    if (!isNumberType(state.typeOf(node.argumentExpression))) {
      return state.report(
        "elementAccess",
        `'${node.argumentExpression.getText()}' is not a number, and C# indexes a string[] with an int only`,
        node.argumentExpression,
        `read the length as ${node.expression.getText()}.length, an element with an int index`,
      );
    }
    const indexKind = numericKindOf(state, node.argumentExpression);
    if (indexKind !== "int") {
      const index = node.argumentExpression.getText();
      return state.report(
        "arrayIndexType",
        `'${index}' is ${indexKind === undefined ? "a number of unknown C# type" : `a ${indexKind}`}, and C# indexes a string[] with an int only`,
        node.argumentExpression,
        `convert the index where you mean it to be an int: ${node.expression.getText()}[Convert.ToInt32(${index})] (OverflowException outside int's range, in both languages${indexKind === "double" ? "; a double rounds half to even" : ""})`,
      );
    }
    // JavaScript reads undefined past the end; ElementAtOrDefault reads null, the same for strings.
    return {
      kind: "call",
      target: {
        kind: "member",
        target: translateExpression(state, node.expression, position),
        name: "ElementAtOrDefault",
      },
      arguments: [translateExpression(state, node.argumentExpression, position)],
    };
  }
  return state.report(
    "elementAccess",
    `indexing a '${state.checker.typeToString(state.typeOf(node.expression))}' behaves differently in C#`,
    node,
    targetType === "string"
      ? "use s.substring(i, i + 1) or s.startsWith(...)"
      : targetType === "string[]" || targetType === "string[]?"
        ? `write ${node.expression.getText()} == null ? null : ${node.expression.getText().replace(/\?$/, "")}[${node.argumentExpression.getText()}] (a string array read past its end is null in both languages)`
        : "index string arrays and dictionaries only",
  );
}

/** A dictionary of the model with C#'s indexer declared (Variables, headers, query, ...). */
function isModelDictionary(state: TranslationState, type: ts.Type): boolean {
  const base = state.checker.getNonNullableType(type);
  const containsKey = base.getProperty("ContainsKey");
  return (
    containsKey !== undefined &&
    isModelSymbol(containsKey) &&
    state.checker.getIndexInfoOfType(base, ts.IndexKind.String) !== undefined
  );
}

/** `context.Variables[name]`, `context.Request.Headers[name]`: C#'s indexer (KeyNotFoundException when absent). */
function dictionaryIndexer(
  state: TranslationState,
  node: ts.ElementAccessExpression,
  position: Position,
): CsExpression {
  const key = node.argumentExpression;
  if (node.questionDotToken || !isStringType(state.typeOf(key)) || isNullable(state.typeOf(key))) {
    return state.report(
      "elementAccess",
      "a dictionary is indexed by a non-null string",
      node,
      'write d["name"]',
    );
  }
  const receiverType = state.checker.getNonNullableType(state.typeOf(node.expression));
  if (
    (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) &&
    receiverType.getProperty(key.text)
  ) {
    // TypeScript reads a member (Count, ContainsKey) where C# reads the entry of that name.
    return state.report(
      "elementAccess",
      `'${key.getText()}' names a member of the dictionary in TypeScript, an entry in C#`,
      node,
      "read it with GetValueOrDefault(name) or TryGetValue(name)",
    );
  }
  return {
    kind: "index",
    target: translateExpression(state, node.expression, position),
    index: translateExpression(state, key, position),
  };
}

/**
 * Json.NET's indexers: `o["name"]` on a JObject or JToken (a string key: null when the property is
 * absent), `a[i]` on a JArray (an int). A number on an object, or a string on an array, is a
 * different C# overload (ArgumentException) that TypeScript's index signatures accept alike, so
 * the translator keeps them apart. A key known only at run time is C#'s indexer in the harness
 * too, whatever it names (the tagging transform, src/model/element-access.ts).
 */
function jsonIndexer(
  state: TranslationState,
  node: ts.ElementAccessExpression,
  jsonType: "JObject" | "JToken" | "JArray",
  position: Position,
): CsExpression {
  const key = node.argumentExpression;
  const keyType = state.typeOf(key);
  const receiverType = state.typeOf(node.expression);
  if (node.questionDotToken || isNullable(receiverType)) {
    return state.report(
      "elementAccess",
      `'?.[' on a ${jsonType} that may be null`,
      node,
      `test it for null first (C#'s indexer of a null ${jsonType} throws NullReferenceException)`,
    );
  }
  const wantsNumber = jsonType === "JArray";
  const ok = wantsNumber
    ? isNumberType(keyType) && !isNullable(keyType)
    : isStringType(keyType) && !isNullable(keyType);
  if (!ok) {
    return state.report(
      "elementAccess",
      `a ${jsonType} is indexed by a non-null ${wantsNumber ? "int" : "string"}`,
      node,
      wantsNumber
        ? "write a[0] with an int index"
        : 'write o["name"]; to index an array, read it with JArray.Parse or as a JArray',
    );
  }
  if (
    !wantsNumber &&
    (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) &&
    state.checker.getNonNullableType(receiverType).getProperty(key.text)
  ) {
    return state.report(
      "elementAccess",
      `'${key.getText()}' names a member of the ${jsonType} in TypeScript, a property in C#`,
      node,
      `read it with Property(${key.getText()})?.Value or TryGetValue(${key.getText()})`,
    );
  }
  return {
    kind: "index",
    target: translateExpression(state, node.expression, position),
    index: translateExpression(state, key, position),
  };
}

/**
 * `m.Groups[1]`, `m.Groups["name"]` and `matches[i]`: C#'s indexers. A group is read by an int,
 * or by a name written as a string literal (a name known only at run time could be "Count", which
 * TypeScript reads as the member); a match by an int.
 */
function regexIndexer(
  state: TranslationState,
  node: ts.ElementAccessExpression,
  collection: "GroupCollection" | "MatchCollection",
  position: Position,
): CsExpression {
  const key = node.argumentExpression;
  const keyType = state.typeOf(key);
  const byNumber = isNumberType(keyType) && !isNullable(keyType);
  const byName =
    collection === "GroupCollection" &&
    (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) &&
    key.text !== "Count";
  if (node.questionDotToken || isNullable(state.typeOf(node.expression)) || !(byNumber || byName)) {
    return state.report(
      "regexIndexer",
      `a ${collection} is indexed by a non-null int${collection === "GroupCollection" ? " or a group name written as a string literal" : ""}`,
      node,
      collection === "GroupCollection"
        ? 'write m.Groups[1] or m.Groups["name"]'
        : "write matches[i] with an int i",
    );
  }
  return {
    kind: "index",
    target: translateExpression(state, node.expression, position),
    index: translateExpression(state, key, position),
  };
}
