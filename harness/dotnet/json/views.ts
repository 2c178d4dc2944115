// What an expression sees of a Json.NET token: the members of src/dotnet/json.ts and C#'s indexer,
// through a Proxy (as the context dictionaries do, harness/apim/dictionary-view.ts): a member name
// reads the member, any other string indexes the token. `o["name"]` is the property's value or
// null; `a["0"]` is the element (ArgumentOutOfRangeException past the end), a non-integer key on
// an array ArgumentException, any key on a JValue InvalidOperationException (Json.NET's messages,
// observed on mono). A JSON property named like a member (Count, Type, ...) is read with
// Property(name) or TryGetValue: the translator refuses such a literal key, as for dictionaries.
import {
  TYPED_JSON_TO_OBJECT,
  TYPED_JSON_VALUE,
  TYPED_JSON_VALUES,
} from "../../../src/compile/tag-names.ts";
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { EnumerableValue } from "../enumerable.ts";
import {
  ArgumentException,
  ArgumentOutOfRangeException,
  InvalidOperationException,
} from "../exceptions.ts";
import { toObjectAs, valueAs, valuesAs } from "./conversions.ts";
import {
  adopt,
  JsonArrayNode,
  JsonObjectNode,
  JsonPropertyNode,
  jsonNull,
  JsonValueNode,
  type JsonKind,
  type JsonNode,
} from "./nodes.ts";
import { selectToken } from "./select-token.ts";
import { tokenToString, writeJson } from "./writer.ts";

/** One JTokenType member: prints its name, as a C# enum does. */
export interface JTokenTypeValue {
  readonly __jTokenType: "JTokenType";
  readonly name: JsonKind;
  ToString(): string;
}

const KINDS: JsonKind[] = [
  "Object",
  "Array",
  "Property",
  "Integer",
  "Float",
  "String",
  "Boolean",
  "Null",
  "Date",
];

/** The JTokenType enum. */
export const JTokenType: Readonly<Record<JsonKind, JTokenTypeValue>> = Object.freeze(
  Object.fromEntries(
    KINDS.map((name) => [
      name,
      Object.freeze({
        __jTokenType: "JTokenType" as const,
        name,
        ToString: () => name,
        toString: () => name,
      }),
    ]),
  ) as Record<JsonKind, JTokenTypeValue>,
);

/** Newtonsoft.Json.Formatting. */
export const Formatting = Object.freeze({
  None: Object.freeze({ __formatting: "Formatting", name: "None", toString: () => "None" }),
  Indented: Object.freeze({
    __formatting: "Formatting",
    name: "Indented",
    toString: () => "Indented",
  }),
});

const views = new WeakMap<JsonNode, object>();
const nodes = new WeakMap<object, JsonNode>();

/** The node behind a view (undefined when `value` is not a JSON view). */
export function nodeOf(value: unknown): JsonNode | undefined {
  return typeof value === "object" || typeof value === "function"
    ? nodes.get(value as object)
    : undefined;
}

/**
 * Json.NET's content for a value an expression passes (JObject.Add, JArray.Add): a token as it is
 * (adopt() copies one that has a parent), null a JSON null, a string, boolean or integer a JValue,
 * a TypeScript object or array literal a JObject or JArray in the written order (the translator
 * writes `new JObject(new JProperty(...))`; it refuses doubles and keys JavaScript reorders).
 */
function required(value: unknown): JsonNode {
  if (value === null || value === undefined) return jsonNull();
  const node = nodeOf(value);
  if (node) return node;
  if (typeof value === "string") return new JsonValueNode("String", value);
  if (typeof value === "boolean") return new JsonValueNode("Boolean", value);
  if (typeof value === "number" && Number.isInteger(value))
    return new JsonValueNode("Integer", BigInt(value));
  // A long beyond 2^53 is held as a bigint (harness/dotnet/integer-arithmetic.ts).
  if (typeof value === "bigint") return new JsonValueNode("Integer", value);
  if (Array.isArray(value)) {
    const array = new JsonArrayNode();
    for (const item of value) array.append(required(item));
    return array;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const object = new JsonObjectNode();
    for (const [name, item] of Object.entries(value)) object.set(name, required(item));
    return object;
  }
  throw new HarnessRefusal(
    `${String(value)} is not JSON content the harness simulates (strings, booleans, ints, tokens, literals)`,
  );
}

/**
 * `new JValue(value)` (src/dotnet/json.ts's JValueStatic): a String, Integer or Boolean token; the
 * translator writes Json.NET's own constructor. A function, not a class: `new` returns the view.
 */
export function JValueConstructor(value: unknown): object {
  if (
    typeof value !== "string" &&
    typeof value !== "boolean" &&
    typeof value !== "bigint" &&
    !(typeof value === "number" && Number.isInteger(value))
  )
    throw new HarnessRefusal(
      `new JValue(${String(value)}) is not simulated: pass a string, an int or long, or a bool`,
    );
  return view(required(value));
}

// Names JavaScript itself probes on any object (awaiting, printing, matching): never JSON keys.
const PROBES = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "$$typeof",
]);

/**
 * An array's key as the int C# passed (JavaScript makes every key a string; the translator
 * indexes a JArray by an int only), or undefined for a key no int prints as.
 */
function arrayIndex(key: string): number | undefined {
  return /^-?(0|[1-9][0-9]*)$/.test(key) ? Number(key) : undefined;
}

/** JValue or JProperty, the token types without children. */
const leafType = (node: JsonNode) =>
  `Newtonsoft.Json.Linq.${node instanceof JsonPropertyNode ? "JProperty" : "JValue"}`;

// The getter, Json.NET 13.x source: JObject's by name; JArray's by an Int32 (GetItem: List<T>'s
// indexer and its .NET Framework message), another key ArgumentException (the message changed
// in 8.0.1 from 6.0.8's "Array position index expected."); JToken's InvalidOperationException.
function child(node: JsonNode, key: string): JsonNode | undefined | null {
  if (node instanceof JsonObjectNode) return node.find(key)?.value ?? null;
  if (node instanceof JsonArrayNode) {
    const index = arrayIndex(key);
    if (index === undefined)
      throw new ArgumentException(
        `Accessed JArray values with invalid key value: "${key}". Int32 array index expected.`,
      );
    const item = index < 0 ? undefined : node.items[index];
    if (!item)
      throw new ArgumentOutOfRangeException(
        "index",
        "Index was out of range. Must be non-negative and less than the size of the collection.",
      );
    return item;
  }
  throw new InvalidOperationException(`Cannot access child value on ${leafType(node)}.`);
}

/** The setter (13.x source: JArray's this[object] and JContainer.SetItem, JToken's this[object]). */
function setChild(node: JsonNode, key: string, value: unknown): void {
  if (node instanceof JsonObjectNode) return node.set(key, required(value));
  if (!(node instanceof JsonArrayNode))
    throw new InvalidOperationException(`Cannot set child value on ${leafType(node)}.`);
  const index = arrayIndex(key);
  if (index === undefined)
    throw new ArgumentException(
      `Set JArray values with invalid key value: "${key}". Int32 array index expected.`,
    );
  if (index < 0) throw new ArgumentOutOfRangeException("index", "Index is less than 0.");
  if (index >= node.items.length)
    throw new ArgumentOutOfRangeException("index", "Index is equal to or greater than Count.");
  node.items[index]!.parent = null;
  node.items[index] = adopt(node, required(value));
}

function members(node: JsonNode): Record<string, () => unknown> {
  const common: Record<string, () => unknown> = {
    Type: () => JTokenType[node.kind],
    HasValues: () =>
      node instanceof JsonObjectNode
        ? node.properties.length > 0
        : node instanceof JsonArrayNode
          ? node.items.length > 0
          : node instanceof JsonPropertyNode,
    DeepClone: () => () => view(node.clone()),
    SelectToken: () => (path: string) => {
      const selected = selectToken(node, path);
      return selected === null ? null : view(selected);
    },
    ToString: () => (formatting?: { name: string }) =>
      formatting === undefined ? tokenToString(node) : writeJson(node, formatting.name !== "None"),
    toString: () => () => tokenToString(node),
    [TYPED_JSON_TO_OBJECT]: () => (type: string) => toObjectAs(node, type),
    [TYPED_JSON_VALUES]: () => (type: string) => new EnumerableValue(valuesAs(node, type)),
    [TYPED_JSON_VALUE]: () => (type: string, key: string) => {
      const found = child(node, key);
      return valueAs(found === null ? undefined : found, type);
    },
  };
  if (node instanceof JsonPropertyNode)
    return { ...common, Name: () => node.name, Value: () => view(node.value) };
  if (node instanceof JsonObjectNode)
    return {
      ...common,
      Count: () => node.properties.length,
      Property: () => (name: string) => {
        const property = node.find(name);
        return property ? view(property) : null;
      },
      Properties: () => () => new EnumerableValue(() => node.properties.map(view)),
      ContainsKey: () => (name: string) => node.find(name) !== undefined,
      TryGetValue: () => (name: string) => {
        const property = node.find(name);
        return property ? [true, view(property.value)] : [false, null];
      },
      Remove: () => (name: string) => node.remove(name),
      Add: () => (name: string, value: unknown) => {
        if (node.find(name))
          throw new ArgumentException(
            `Can not add property ${name} to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.`,
          );
        node.set(name, required(value));
      },
    };
  if (node instanceof JsonArrayNode)
    return {
      ...common,
      Count: () => node.items.length,
      Add: () => (item: unknown) => node.append(required(item)),
      Remove: () => (item: unknown) => {
        const index = node.items.indexOf(nodeOf(item) as JsonNode);
        if (index < 0) return false;
        node.items[index]!.parent = null;
        node.items.splice(index, 1);
        return true;
      },
    };
  return common;
}

/** The view of a node (one per node, so reference equality is Json.NET's). */
export function view(node: JsonNode): object {
  const existing = views.get(node);
  if (existing) return existing;
  const table = members(node);
  const proxy = new Proxy(Object.create(null) as object, {
    get: (_target, property) => {
      if (typeof property === "symbol") return undefined;
      if (Object.hasOwn(table, property)) return table[property]!();
      if (PROBES.has(property) || property.startsWith("@@") || property.startsWith("__"))
        return undefined;
      const found = child(node, property);
      return found === null || found === undefined ? null : view(found);
    },
    // C#'s indexer setters.
    set: (_target, property, value) => {
      if (typeof property === "symbol" || Object.hasOwn(table, property))
        throw new HarnessRefusal(`'${String(property)}' cannot be assigned on a JSON token`);
      setChild(node, property, value);
      return true;
    },
    has: (_target, property) => typeof property === "string" && Object.hasOwn(table, property),
  });
  views.set(node, proxy);
  nodes.set(proxy, node);
  return proxy;
}
