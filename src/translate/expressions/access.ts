// Names and member reads: locals and parameters, `context`, .NET statics (DateTime, Convert, ...),
// build-time values (read through objects: `config.headerName`), and members of the model (1:1),
// of strings and of arrays (mapped in members/).
import ts from "typescript";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { captured, literalOf } from "../build-time.ts";
import { csharpType, isNullable, isStringType, modelTypeName } from "../csharp-types.ts";
import { dotnetValueName, isModelSymbol, isStandardLibrary } from "../library.ts";
import { translateStandardProperty } from "../members/standard-library.ts";
import { translateModelProperty } from "../members/model.ts";
import type { Position, TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";

/** The build-time value of an identifier or property chain that is not bound in the expression. */
export function buildTimeValue(state: TranslationState, node: ts.Expression): { found: true; value: unknown } | { found: false } {
  if (ts.isParenthesizedExpression(node)) return buildTimeValue(state, node.expression);
  if (ts.isIdentifier(node)) {
    const symbol = state.symbolAt(node);
    if (symbol && (state.bindings.has(symbol) || dotnetValueName(symbol))) return { found: false };
    if (symbol && isModelSymbol(symbol)) return { found: false };
    return captured(state, node.text);
  }
  if (ts.isPropertyAccessExpression(node) && !node.questionDotToken) {
    const target = buildTimeValue(state, node.expression);
    if (!target.found || target.value === null || typeof target.value !== "object") return { found: false };
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

export function translatePropertyAccess(state: TranslationState, node: ts.PropertyAccessExpression, position: Position): CsExpression {
  const value = buildTimeValue(state, node);
  if (value.found) return literalOf(state, value.value, node, node.getText());
  const symbol = state.symbolAt(node.name);
  if (!symbol) {
    return state.report("unsupportedMember", `'${node.name.text}' has no declaration the translator can map`, node.name);
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
  if (isModelSymbol(symbol)) return translateModelProperty(state, node, target, conditional);
  if (isStandardLibrary(state.program, symbol)) return translateStandardProperty(state, node, symbol, target, conditional);
  return state.report(
    "unsupportedMember",
    `'${node.getText()}' is not a member of APIM's context or an allowed .NET type`,
    node.name,
    "use members declared by apim-ts (APIM's names), or compute the value at build time",
  );
}

export function translateElementAccess(state: TranslationState, node: ts.ElementAccessExpression, position: Position): CsExpression {
  const value = buildTimeValue(state, node.expression);
  if (value.found && ts.isStringLiteral(node.argumentExpression) && value.value && typeof value.value === "object") {
    return literalOf(state, (value.value as Record<string, unknown>)[node.argumentExpression.text], node, node.getText());
  }
  const receiverType = state.typeOf(node.expression);
  if (modelTypeName(receiverType) === "Variables" && !isNullable(receiverType)) return variablesIndexer(state, node, position);
  const targetType = csharpType(state.checker, receiverType);
  if (targetType === "string[]" && !node.questionDotToken && !isNullable(state.typeOf(node.expression))) {
    // JavaScript reads undefined past the end; ElementAtOrDefault reads null, the same for strings.
    return {
      kind: "call",
      target: { kind: "member", target: translateExpression(state, node.expression, position), name: "ElementAtOrDefault" },
      arguments: [translateExpression(state, node.argumentExpression, position)],
    };
  }
  return state.report(
    "elementAccess",
    `indexing a '${state.checker.typeToString(state.typeOf(node.expression))}' behaves differently in C#`,
    node,
    targetType === "string" ? "use s.substring(i, i + 1) or s.startsWith(...)" : "index string arrays only; use GetValueOrDefault for dictionaries",
  );
}

/** `context.Variables[name]`: C#'s indexer, an `object` (KeyNotFoundException when not set). */
function variablesIndexer(state: TranslationState, node: ts.ElementAccessExpression, position: Position): CsExpression {
  const key = node.argumentExpression;
  if (node.questionDotToken || !isStringType(state.typeOf(key)) || isNullable(state.typeOf(key))) {
    return state.report("elementAccess", "context.Variables is indexed by a non-null string", node, "write context.Variables[\"name\"]");
  }
  if (!(state.typeOf(node).flags & ts.TypeFlags.Unknown)) {
    // TypeScript reads a member (Count, ContainsKey) where C# reads a variable of that name.
    return state.report("elementAccess", `'${key.getText()}' names a member of Variables in TypeScript, a variable in C#`, node, "read it with context.Variables.GetValueOrDefault<T>(name)");
  }
  return { kind: "index", target: translateExpression(state, node.expression, position), index: translateExpression(state, key, position) };
}
