// Members of APIM's context model and of the .NET types (src/context, src/dotnet): APIM's own
// names, so they translate 1:1. The exceptions are listed here: members that exist only for
// JavaScript's sake (valueOf) and Variables.GetValueOrDefault<T>, whose type argument must be
// a C# type the harness can check.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import {
  csharpType,
  isCSharpValueType,
  isNullable,
  isStringType,
  modelTypeName,
} from "../csharp-types.ts";
import type { TranslationState } from "../state.ts";
import { isCheckedRegexCall, translateRegexArguments } from "./regex-call.ts";
import { numericKindOf } from "../numeric.ts";
import { translateStringFormat } from "./string-format.ts";
import { refuseDateTimeStatic } from "./time.ts";

/** Declared for JavaScript's operators; not part of the C# surface. */
const JAVASCRIPT_ONLY = new Set(["valueOf"]);

export function translateModelProperty(
  state: TranslationState,
  node: ts.PropertyAccessExpression,
  target: CsExpression,
  conditional: boolean,
): CsExpression {
  const name = node.name.text;
  if (JAVASCRIPT_ONLY.has(name)) {
    return state.report(
      "unsupportedMember",
      `'${name}' exists only so JavaScript can compare; C# has no such member`,
      node.name,
      "compare with <, > or CompareTo",
    );
  }
  return { kind: "member", target, name, conditional };
}

const VARIABLE_TYPES = new Set([
  "string",
  "bool",
  "int",
  "long",
  "double",
  "byte[]",
  "DateTime",
  "TimeSpan",
  "Guid",
  "IResponse",
  "Jwt",
  "Authorization",
]);

// IMessageBody.As<T>: "Where T: string, byte[], JObject, JToken, JArray, XNode, XElement,
// XDocument" (expressions page, context variable). XNode is not simulated yet; byte[] is
// recognised by its C# type below.
const BODY_TYPES = new Set(["JObject", "JArray", "JToken", "XDocument", "XElement"]);
const JSON_VALUE_TYPES = new Set(["string", "int", "long", "double", "bool"]);

const SIGN_TESTS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** Whether `node` is an operand of a comparison with the literal 0 (the sign is all it gives). */
function comparedWithZero(node: ts.Expression): boolean {
  let inner: ts.Node = node;
  while (ts.isParenthesizedExpression(inner.parent)) inner = inner.parent;
  const parent = inner.parent;
  if (!ts.isBinaryExpression(parent) || !SIGN_TESTS.has(parent.operatorToken.kind)) return false;
  const other = parent.left === inner ? parent.right : parent.left;
  return ts.isNumericLiteral(other) && other.text === "0";
}

/** Call of a model method: 1:1, with the checked type argument of GetValueOrDefault<T>. */
export function translateModelCall(
  state: TranslationState,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
  target: CsExpression,
  args: readonly CsExpression[],
  conditional: boolean,
): CsExpression {
  const name = callee.name.text;
  if (JAVASCRIPT_ONLY.has(name)) {
    return state.report(
      "unsupportedMember",
      `'${name}' exists only so JavaScript can compare; C# has no such member`,
      callee.name,
      "use the .NET member of the same meaning (docs/translation.md lists them)",
    );
  }
  let typeArguments: string[] | undefined;
  const signature = state.checker.getResolvedSignature(node);
  const declaration = signature?.getDeclaration();
  const owner = declaration?.parent;
  const ownerName = owner && ts.isInterfaceDeclaration(owner) ? owner.name.text : undefined;
  if (refuseDateTimeStatic(state, callee, ownerName)) return { kind: "null" };
  if (
    name === "As" &&
    owner &&
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === "MessageBody"
  ) {
    // APIM's IMessageBody.As<T>: C# cannot infer T; without a type argument it is text.
    const argument = node.typeArguments?.length === 1 ? node.typeArguments[0]! : undefined;
    const type = argument ? state.checker.getTypeFromTypeNode(argument) : undefined;
    const bodyType = !type
      ? "string"
      : isStringType(type) && !isNullable(type)
        ? "string"
        : csharpType(state.checker, type) === "byte[]"
          ? "byte[]"
          : BODY_TYPES.has(modelTypeName(type) ?? "") && !isNullable(type)
            ? modelTypeName(type)!
            : undefined;
    if (!bodyType) {
      return state.report(
        "variableType",
        `Body.As<${argument!.getText()}>: a body is read as string, bytes, JObject, JArray, JToken, XDocument or XElement`,
        argument!,
        "write As<string>(), As<bytes>(), As<JObject>(), As<JArray>(), As<JToken>(), As<XDocument>() or As<XElement>()",
      );
    }
    return {
      kind: "call",
      target: { kind: "member", target, name, conditional },
      typeArguments: [bodyType],
      arguments: args,
    };
  }
  // LINQ's generic methods (Select<R>) infer their type arguments in C# as in TypeScript.
  if (name === "GetValueOrDefault" && declaration?.typeParameters?.length) {
    if (!node.typeArguments || node.typeArguments.length !== declaration.typeParameters.length) {
      return state.report(
        "variableType",
        `'${name}' needs its type argument written out: the stored value's C# type is checked at run time`,
        node,
        `write ${name}<string>(...), ${name}<int>(...), ${name}<bytes>(...) or another variable type`,
      );
    }
    typeArguments = node.typeArguments.map((argument) => {
      const type = csharpType(state.checker, state.checker.getTypeFromTypeNode(argument));
      if (!type || !VARIABLE_TYPES.has(type)) {
        state.report(
          "variableType",
          `'${argument.getText()}' is not a C# type a policy variable can hold`,
          argument,
          "use string, int, long, double, boolean, bytes, DateTime, TimeSpan or Guid (not number: say int or double)",
        );
        return "object";
      }
      return type;
    });
  }
  // Json.NET's token.Value<T>(key), Values<T>() and ToObject<T>(): C# cannot infer T, and the harness
  // converts by it.
  if (
    (name === "Value" || name === "Values" || name === "ToObject") &&
    owner &&
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === "JTokenMembers"
  ) {
    const argument = node.typeArguments?.length === 1 ? node.typeArguments[0]! : undefined;
    const type = argument && csharpType(state.checker, state.checker.getTypeFromTypeNode(argument));
    if (!argument || !type || !JSON_VALUE_TYPES.has(type)) {
      return state.report(
        "variableType",
        `${name}<T> needs its type argument written out: string, int, long, double or boolean`,
        argument ?? node,
        name === "Value"
          ? 'write o.Value<string>("name") or o.Value<int>("name")'
          : `write t.${name}<string>() or t.${name}<int>()`,
      );
    }
    typeArguments = [type];
  }
  // JsonConvert.DeserializeObject<T>: C# cannot infer T, and the harness checks the kind by it.
  if (
    name === "DeserializeObject" &&
    owner &&
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === "JsonConvertStatic"
  ) {
    const argument = node.typeArguments?.length === 1 ? node.typeArguments[0]! : undefined;
    const type = argument && state.checker.getTypeFromTypeNode(argument);
    const tokenType = type && !isNullable(type) ? modelTypeName(type) : undefined;
    // The name as written: the declarations make JValue an alias of JToken, and C#'s
    // DeserializeObject<JValue> is not DeserializeObject<JToken> (it fails on an object or array).
    const written =
      argument && ts.isTypeReferenceNode(argument) ? argument.typeName.getText() : undefined;
    if (!tokenType || !BODY_TYPES.has(tokenType) || written !== tokenType) {
      return state.report(
        "variableType",
        "DeserializeObject<T> needs its type argument written out: JObject, JArray or JToken",
        argument ?? node,
        "write JsonConvert.DeserializeObject<JObject>(text)",
      );
    }
    typeArguments = [tokenType];
  }
  // Enumerable.FirstOrDefault/SingleOrDefault give "default(TSource) if source is empty" (.NET
  // API reference, Enumerable.FirstOrDefault, Returns): for a struct such as DateTimeOffset that
  // is 0001-01-01T00:00:00+00:00, not null (observed: C#'s `... == null` is false where the
  // harness's is true; test/translate/model-refusals.test.ts).
  if (name === "FirstOrDefault" || name === "SingleOrDefault") {
    const element = state.checker.getNonNullableType(state.typeOf(node));
    const csharp = csharpType(state.checker, element);
    const valueType =
      (csharp !== undefined && isCSharpValueType(csharp)) ||
      element.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike) ||
      element.getProperty("Key") !== undefined;
    if (valueType) {
      return state.report(
        "unsupportedMember",
        `${name} over ${csharp ?? state.checker.typeToString(element)} values gives C#'s default value (0, false, an empty pair), not null, when nothing matches`,
        callee.name,
        "test with Any(...) first, then read First(...)",
      );
    }
  }
  // Regex patterns run on two engines (JavaScript in the harness, .NET in APIM): check them.
  if (target.kind === "identifier" && target.name === "Regex" && isCheckedRegexCall(name)) {
    args = translateRegexArguments(state, node, name, args);
  }
  const call: CsExpression = {
    kind: "call",
    target: { kind: "member", target, name, conditional },
    typeArguments,
    arguments: args,
  };
  if (
    name === "Compare" &&
    owner &&
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === "StringStatic" &&
    !comparedWithZero(node)
  ) {
    return state.report(
      "compareResult",
      "string.Compare's result is documented only by its sign: C# gives other numbers than the harness",
      node,
      "compare it with 0: string.Compare(a, b, StringComparison.Ordinal) < 0",
    );
  }
  // C#'s ToString(format) of a number (declared on Number): ints and longs, with the formats the
  // harness simulates exactly (harness/dotnet/integer-format.ts).
  if (
    name === "ToString" &&
    owner &&
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === "Number"
  ) {
    const kind = numericKindOf(state, callee.expression);
    const format = node.arguments[0];
    if (kind !== "int" && kind !== "long") {
      return state.report(
        "numberFormat",
        `ToString(format) of a ${kind ?? "number of unknown C# type"}: a double's digits are rounded differently by .NET versions`,
        callee.expression,
        "format an int or a long (cast with 'as int' first, or use Math.Floor and a cast)",
      );
    }
    if (!format || !ts.isStringLiteral(format) || !/^[DdXxNnFf]([0-9]{1,2})?$/.test(format.text)) {
      return state.report(
        "numberFormat",
        "ToString(format) needs a literal standard format: D, X, N or F with an optional precision 0-99",
        format ?? node,
        'write n.ToString("D5"), n.ToString("X8"), n.ToString("N0") or n.ToString("F2")',
      );
    }
  }
  // string.Format's composite format is checked when the policy is built (string-format.ts).
  if (
    name === "Format" &&
    owner &&
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === "StringStatic"
  )
    return translateStringFormat(state, node, call, args);
  return call;
}
