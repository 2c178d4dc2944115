// What an expression sees of a Json.NET token: the members of src/dotnet/json.ts and C#'s indexer.
// Element reads and writes of policy code reach the indexer through INDEXER
// (src/model/element-access.ts) with the key as C# passed it, whatever it names: `o[k]` with
// k = "Type" is the property "Type" or null, as in C#, and a string key on a JArray is
// ArgumentException even when it prints as an int. The Proxy serves the members, and the element
// accesses the tagging transform leaves to JavaScript (`a[0]`, optional chains): there a member
// name reads the member, any other string indexes the token (a canonical int string an array's
// index), and the translator refuses a literal key that names a member (Property(name) or
// TryGetValue read such a JSON property). `o["name"]` is the property's value or null; `a[0]` the
// element (ArgumentOutOfRangeException past the end), any key on a JValue InvalidOperationException
// (Json.NET's messages, observed on mono).
import {
  TYPED_JSON_TO_OBJECT,
  TYPED_JSON_VALUE,
  TYPED_JSON_VALUES,
} from "../../../src/compile/tag-names.ts";
import { INDEXER, type Indexer } from "../../../src/model/element-access.ts";
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
 * The key C# passed for a property name JavaScript read: an array's index when the name prints
 * as an int (JavaScript turns `a[0]` into "0"), else the name.
 */
function keyOf(node: JsonNode, name: string): string | number {
  return node instanceof JsonArrayNode && /^-?(0|[1-9][0-9]*)$/.test(name) ? Number(name) : name;
}

/** JValue or JProperty, the token types without children. */
const leafType = (node: JsonNode) =>
  `Newtonsoft.Json.Linq.${node instanceof JsonPropertyNode ? "JProperty" : "JValue"}`;

/** Json.NET's text of a key in its messages (MiscellaneousUtils.ToString: a string in quotes). */
const keyText = (key: unknown) => (typeof key === "string" ? `"${key}"` : String(key));

/** The int index `key` is, for JArray's this[object] (ArgumentException for any other key). */
function indexOf(key: unknown, verb: "Accessed" | "Set"): number {
  if (typeof key === "number" && Number.isInteger(key)) return key;
  throw new ArgumentException(
    `${verb} JArray values with invalid key value: ${keyText(key)}. Int32 array index expected.`,
  );
}

/** The property name `key` is, for JObject's this[object] (ArgumentException for any other key). */
function nameOf(key: unknown, verb: "Accessed" | "Set"): string {
  if (typeof key === "string") return key;
  throw new ArgumentException(
    `${verb} JObject values with invalid key value: ${keyText(key)}. Object property name expected.`,
  );
}

// The getter, Json.NET 13.x source (JObject.cs, JArray.cs, JToken.cs): JObject's this[object] a
// property name (its value, or null when absent), JArray's an Int32 (GetItem: List<T>'s indexer
// and its .NET Framework message), another key ArgumentException (the JArray message changed in
// 8.0.1 from 6.0.8's "Array position index expected."); JToken's InvalidOperationException.
function child(node: JsonNode, key: unknown): JsonNode | undefined | null {
  if (node instanceof JsonObjectNode) return node.find(nameOf(key, "Accessed"))?.value ?? null;
  if (node instanceof JsonArrayNode) {
    const index = indexOf(key, "Accessed");
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

/** The setter (13.x source: JObject's and JArray's this[object], JContainer.SetItem, JToken's this[object]). */
function setChild(node: JsonNode, key: unknown, value: unknown): void {
  if (node instanceof JsonObjectNode) return node.set(nameOf(key, "Set"), required(value));
  if (!(node instanceof JsonArrayNode))
    throw new InvalidOperationException(`Cannot set child value on ${leafType(node)}.`);
  const index = indexOf(key, "Set");
  if (index < 0) throw new ArgumentOutOfRangeException("index", "Index is less than 0.");
  if (index >= node.items.length)
    throw new ArgumentOutOfRangeException("index", "Index is equal to or greater than Count.");
  node.items[index]!.parent = null;
  node.items[index] = adopt(node, required(value));
}

/** A member an expression reads on a token: its value, computed on every read. */
type Member<N extends JsonNode = JsonNode> = (node: N) => unknown;

// One table per token class, shared by every view: a view looks its members up here instead of
// building a closure per member for each token (a JSON text's every token has a view).
const COMMON_MEMBERS: Readonly<Record<string, Member>> = {
  Type: (node) => JTokenType[node.kind],
  HasValues: (node) =>
    node instanceof JsonObjectNode
      ? node.properties.length > 0
      : node instanceof JsonArrayNode
        ? node.items.length > 0
        : node instanceof JsonPropertyNode,
  DeepClone: (node) => () => view(node.clone()),
  SelectToken: (node) => (path: string) => {
    const selected = selectToken(node, path);
    return selected === null ? null : view(selected);
  },
  ToString: (node) => (formatting?: { name: string }) =>
    formatting === undefined ? tokenToString(node) : writeJson(node, formatting.name !== "None"),
  toString: (node: JsonNode) => () => tokenToString(node),
  [TYPED_JSON_TO_OBJECT]: (node) => (type: string) => toObjectAs(node, type),
  [TYPED_JSON_VALUES]: (node) => (type: string) => new EnumerableValue(valuesAs(node, type)),
  [TYPED_JSON_VALUE]: (node) => (type: string, key: string) => {
    const found = child(node, key);
    return valueAs(found === null ? undefined : found, type);
  },
};

const PROPERTY_MEMBERS: Readonly<Record<string, Member<JsonPropertyNode>>> = {
  ...COMMON_MEMBERS,
  Name: (node) => node.name,
  Value: (node) => view(node.value),
};

const OBJECT_MEMBERS: Readonly<Record<string, Member<JsonObjectNode>>> = {
  ...COMMON_MEMBERS,
  Count: (node) => node.properties.length,
  Property: (node) => (name: string) => {
    const property = node.find(name);
    return property ? view(property) : null;
  },
  Properties: (node) => () => new EnumerableValue(() => node.properties.map(view)),
  ContainsKey: (node) => (name: string) => node.find(name) !== undefined,
  TryGetValue: (node) => (name: string) => {
    const property = node.find(name);
    return property ? [true, view(property.value)] : [false, null];
  },
  Remove: (node) => (name: string) => node.remove(name),
  Add: (node) => (name: string, value: unknown) => {
    if (node.find(name))
      throw new ArgumentException(
        `Can not add property ${name} to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.`,
      );
    node.set(name, required(value));
  },
};

const ARRAY_MEMBERS: Readonly<Record<string, Member<JsonArrayNode>>> = {
  ...COMMON_MEMBERS,
  Count: (node) => node.items.length,
  Add: (node) => (item: unknown) => node.append(required(item)),
  Remove: (node) => (item: unknown) => {
    const index = node.items.indexOf(nodeOf(item) as JsonNode);
    if (index < 0) return false;
    node.items[index]!.parent = null;
    node.items.splice(index, 1);
    return true;
  },
};

function members(node: JsonNode): Readonly<Record<string, Member>> {
  if (node instanceof JsonPropertyNode) return PROPERTY_MEMBERS as Record<string, Member>;
  if (node instanceof JsonObjectNode) return OBJECT_MEMBERS as Record<string, Member>;
  if (node instanceof JsonArrayNode) return ARRAY_MEMBERS as Record<string, Member>;
  return COMMON_MEMBERS;
}

/** The view of a node (one per node, so reference equality is Json.NET's). */
export function view(node: JsonNode): object {
  const existing = views.get(node);
  if (existing) return existing;
  const table = members(node);
  const read = (key: unknown) => {
    const found = child(node, key);
    return found === null || found === undefined ? null : view(found);
  };
  // C#'s indexer, for element accesses of policy code (element-access.ts).
  const indexer: Indexer = { get: read, set: (key, value) => setChild(node, key, value) };
  const proxy = new Proxy(Object.create(null) as object, {
    get: (_target, property) => {
      if (property === INDEXER) return indexer;
      if (typeof property === "symbol") return undefined;
      if (Object.hasOwn(table, property)) return table[property]!(node);
      if (PROBES.has(property) || property.startsWith("@@") || property.startsWith("__"))
        return undefined;
      return read(keyOf(node, property));
    },
    // C#'s indexer setters.
    set: (_target, property, value) => {
      if (typeof property === "symbol" || Object.hasOwn(table, property))
        throw new HarnessRefusal(`'${String(property)}' cannot be assigned on a JSON token`);
      setChild(node, keyOf(node, property), value);
      return true;
    },
    has: (_target, property) => typeof property === "string" && Object.hasOwn(table, property),
  });
  views.set(node, proxy);
  nodes.set(proxy, node);
  return proxy;
}
