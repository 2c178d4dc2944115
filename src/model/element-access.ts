// Element reads and writes of policy code, `d[key]` and `o[key] = value`, as the tagging transform
// writes them (src/compile/element-rewrite.ts): elementRead(d, key) and elementWrite(o, key, value).
// JavaScript reads `d[key]` as a property, so a key that names a member of the receiver reads the
// member: `context.Variables[k]` with k = "Count" is the number of variables, JObject.Parse(s)[k]
// with k = "Type" the token's type. C# calls the indexer whatever the key (Variables is an
// IReadOnlyDictionary<string, object>; Json.NET's JObject and JToken have `this[string]` and
// `this[object]`). The harness's objects with a C# indexer (the context dictionaries, the
// variables, Json.NET's tokens) expose it under INDEXER; every other value (arrays, records,
// build-time objects) is indexed as JavaScript does.

/** The key under which a harness object with a C# indexer exposes it (shared across module copies). */
export const INDEXER: unique symbol = Symbol.for("apim-ts.indexer") as never;

/** A C# indexer: `get` is `this[key]`, `set` (when C# has a setter) `this[key] = value`. */
export interface Indexer {
  get(key: unknown): unknown;
  set?(key: unknown, value: unknown): void;
}

function indexerOf(receiver: unknown, key: unknown): Indexer | undefined {
  if (typeof key === "symbol") return undefined;
  if (receiver === null || (typeof receiver !== "object" && typeof receiver !== "function"))
    return undefined;
  return (receiver as { [INDEXER]?: Indexer })[INDEXER];
}

/** `receiver[key]` as C# reads it: the receiver's indexer if it has one, else JavaScript's read. */
export function elementRead(receiver: unknown, key: unknown): unknown {
  const indexer = indexerOf(receiver, key);
  // A null or undefined receiver throws JavaScript's TypeError, as `receiver[key]` does.
  return indexer
    ? indexer.get(key)
    : (receiver as Record<PropertyKey, unknown>)[key as PropertyKey];
}

/** `receiver[key] = value` as C# assigns it: the indexer's setter if it has one; the value. */
export function elementWrite<T>(receiver: unknown, key: unknown, value: T): T {
  const indexer = indexerOf(receiver, key);
  if (indexer?.set) indexer.set(key, value);
  else (receiver as Record<PropertyKey, unknown>)[key as PropertyKey] = value;
  return value;
}
