// Members of APIM's context model and of the .NET types (src/context, src/dotnet): APIM's own
// names, so they translate 1:1. The exceptions are listed here: members that exist only for
// JavaScript's sake (valueOf) and Variables.GetValueOrDefault<T>, whose type argument must be
// a C# type the harness can check.
import ts from "typescript";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { csharpType, isNullable, isStringType, modelTypeName } from "../csharp-types.ts";
import type { TranslationState } from "../state.ts";
import { isCheckedRegexCall, translateRegexArguments } from "./regex-call.ts";
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
// XDocument" (expressions page, context variable). byte[] and XNode are not simulated yet.
const BODY_TYPES = new Set(["JObject", "JArray", "JToken", "XDocument", "XElement"]);
const JSON_VALUE_TYPES = new Set(["string", "int", "long", "double", "bool"]);

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
        : BODY_TYPES.has(modelTypeName(type) ?? "") && !isNullable(type)
          ? modelTypeName(type)!
          : undefined;
    if (!bodyType) {
      return state.report(
        "variableType",
        `Body.As<${argument!.getText()}>: a body is read as string, JObject, JArray, JToken, XDocument or XElement`,
        argument!,
        "write As<string>(), As<JObject>(), As<JArray>(), As<JToken>(), As<XDocument>() or As<XElement>()",
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
  // Json.NET's token.Value<T>(key) and ToObject<T>(): C# cannot infer T, and the harness
  // converts by it.
  if (
    (name === "Value" || name === "ToObject") &&
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
          : "write t.ToObject<string>() or t.ToObject<int>()",
      );
    }
    typeArguments = [type];
  }
  if (name === "FirstOrDefault" || name === "SingleOrDefault") {
    const element = state.checker.getNonNullableType(state.typeOf(node));
    const csharp = csharpType(state.checker, element);
    const valueType =
      (csharp !== undefined && /^(bool|int|long|double|DateTime|TimeSpan|Guid)$/.test(csharp)) ||
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
