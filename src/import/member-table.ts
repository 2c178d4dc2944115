// The translator's member tables read backwards: for each C# spelling that
// src/translate/members/string.ts and array.ts produce from a JavaScript string or array member,
// the JavaScript member it came from. A C# call in any other shape has no TypeScript spelling
// here and is kept as C#. Members of APIM's context model and of the declared .NET types keep
// their names in both languages (src/translate/members/model.ts), so they need no entry.
import { JAVASCRIPT_WHITESPACE } from "../translate/members/string.ts";
import type { CsNode } from "./csharp-parser.ts";

/** What a sub-expression is known to be, as far as the importer can tell without types. */
export type Shape = "string" | "array" | "unknown";

/** One reverse mapping: the TypeScript call for a C# call, or undefined when the shape differs. */
export interface ReverseCall {
  /** The receiver shapes the forward table maps from (string.ts or array.ts). */
  readonly receivers: readonly Shape[];
  /** Builds the TypeScript call from the receiver text and the argument nodes. */
  readonly build: (
    receiver: string,
    args: readonly CsNode[],
    expression: (node: CsNode) => string,
  ) => string | undefined;
  /** The shape of the result. */
  readonly result: Shape;
}

const isOrdinal = (node: CsNode | undefined) =>
  node?.type === "member_access_expression" &&
  node.text.replace(/\s/g, "") === "StringComparison.Ordinal";

/** `"<JavaScript's whitespace>".ToCharArray()`, which trim() becomes (string.ts, trimCall). */
function isJavascriptWhitespace(
  node: CsNode | undefined,
  value: (node: CsNode) => unknown,
): boolean {
  if (node?.type !== "invocation_expression") return false;
  const callee = node.childForFieldName("function");
  const target = callee?.childForFieldName("expression");
  return (
    callee?.childForFieldName("name")?.text === "ToCharArray" &&
    target !== null &&
    target !== undefined &&
    value(target) === JAVASCRIPT_WHITESPACE
  );
}

const ordinalPair =
  (name: string): ReverseCall["build"] =>
  (receiver, args, expression) =>
    args.length === 2 && isOrdinal(args[1])
      ? `${receiver}.${name}(${expression(args[0]!)})`
      : undefined;

/** Builds the reverse table; `value` reads a C# string literal node's value (or undefined). */
export function reverseMembers(value: (node: CsNode) => unknown): Record<string, ReverseCall> {
  const trim =
    (name: string): ReverseCall["build"] =>
    (receiver, args) =>
      args.length === 1 && isJavascriptWhitespace(args[0], value)
        ? `${receiver}.${name}()`
        : undefined;
  const one =
    (name: string): ReverseCall["build"] =>
    (receiver, args, expression) =>
      args.length === 1 ? `${receiver}.${name}(${expression(args[0]!)})` : undefined;
  return {
    StartsWith: {
      receivers: ["string", "unknown"],
      build: ordinalPair("startsWith"),
      result: "unknown",
    },
    EndsWith: {
      receivers: ["string", "unknown"],
      build: ordinalPair("endsWith"),
      result: "unknown",
    },
    IndexOf: { receivers: ["string", "unknown"], build: ordinalPair("indexOf"), result: "unknown" },
    Contains: { receivers: ["string", "array"], build: one("includes"), result: "unknown" },
    ToLowerInvariant: {
      receivers: ["string", "unknown"],
      build: (receiver, args) => (args.length === 0 ? `${receiver}.toLowerCase()` : undefined),
      result: "string",
    },
    ToUpperInvariant: {
      receivers: ["string", "unknown"],
      build: (receiver, args) => (args.length === 0 ? `${receiver}.toUpperCase()` : undefined),
      result: "string",
    },
    Trim: { receivers: ["string", "unknown"], build: trim("trim"), result: "string" },
    TrimStart: { receivers: ["string", "unknown"], build: trim("trimStart"), result: "string" },
    TrimEnd: { receivers: ["string", "unknown"], build: trim("trimEnd"), result: "string" },
    Replace: {
      receivers: ["string"],
      build: (receiver, args, expression) => {
        const [from, to] = args.map(value);
        return args.length === 2 &&
          typeof from === "string" &&
          from !== "" &&
          typeof to === "string" &&
          !to.includes("$")
          ? `${receiver}.replaceAll(${expression(args[0]!)}, ${expression(args[1]!)})`
          : undefined;
      },
      result: "string",
    },
    Split: {
      receivers: ["string", "unknown"],
      build: (receiver, args) => {
        // string.ts: a one-character separator becomes a char literal.
        const separator =
          args.length === 1 && args[0]!.type === "character_literal" ? value(args[0]!) : undefined;
        return typeof separator === "string"
          ? `${receiver}.split(${JSON.stringify(separator)})`
          : undefined;
      },
      result: "array",
    },
    Substring: {
      receivers: ["string", "unknown"],
      build: (receiver, args) => {
        // string.ts: substring(n) with a literal n is Substring(Math.Min(n, s.Length)).
        const min =
          args.length === 1
            ? /^Math\.Min\(\s*([0-9]+)\s*,[\s\S]*\.Length\s*\)$/.exec(args[0]!.text)
            : null;
        return min ? `${receiver}.substring(${min[1]})` : undefined;
      },
      result: "string",
    },
    Any: { receivers: ["array"], build: one("some"), result: "unknown" },
    All: { receivers: ["array"], build: one("every"), result: "unknown" },
    FirstOrDefault: { receivers: ["array"], build: one("find"), result: "unknown" },
  };
}

/** `x.Where(f).ToArray()` and `x.Select(f).ToArray()` (array.ts: filter and map). */
export const TO_ARRAY_PAIRS: Readonly<Record<string, string>> = { Where: "filter", Select: "map" };

/** The .NET statics apim-ts exports under their C# names (src/index.ts). */
export const STATIC_VALUES: ReadonlySet<string> = new Set([
  "DateTime",
  "TimeSpan",
  "X509Certificate2",
  "X509NameType",
  "string",
  "Convert",
  "WebUtility",
  "Encoding",
  "Math",
  "Guid",
  "Regex",
  "int",
  "long",
  "double",
  // text.ts: string.Equals(a, b, StringComparison.Ordinal | OrdinalIgnoreCase).
  "StringComparison",
]);

/**
 * String members whose one-argument overload compares by the current culture (String.StartsWith(String)
 * docs: "performs a word (case-sensitive and culture-sensitive) comparison using the current
 * culture"); JavaScript's startsWith / endsWith / indexOf are ordinal, so these are kept as C#.
 */
export const CULTURE_SENSITIVE: Readonly<Record<string, string>> = {
  StartsWith: "startsWith",
  EndsWith: "endsWith",
  IndexOf: "indexOf",
};

/** Names apim-ts exports as types only (imported with `type`). */
export const TYPE_ONLY: ReadonlySet<string> = new Set(["bytes", "Response", "Authorization"]);

/** C# type names as apim-ts's TypeScript spells them (type arguments and casts). */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "string",
  bool: "boolean",
  int: "int",
  long: "long",
  double: "double",
  "byte[]": "bytes",
  DateTime: "DateTime",
  TimeSpan: "TimeSpan",
  Guid: "Guid",
  IResponse: "Response",
  // json.ts: Json.NET's types under their own names (model.ts: Body.As<JObject | JArray | JToken>).
  JObject: "JObject",
  JArray: "JArray",
  JToken: "JToken",
  // What get-authorization-context stores (get-authorization-context-policy.md, Examples).
  Authorization: "Authorization",
};
