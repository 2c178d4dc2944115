// What an expression sees of a context dictionary (headers, query, matched parameters, deployment
// certificates): IReadOnlyDictionary's members, LINQ over the key/value pairs, foreach, and C#'s
// indexer: any other string read is a lookup that throws KeyNotFoundException when the key is
// absent. The harness keeps its own store (HeaderMap, ReadOnlyDictionary) and hands out this view.
// A key known only at run time reaches the indexer through INDEXER (src/model/element-access.ts)
// even when it names a member ("Count", "Keys", "First"): C#'s indexer looks the key up, where
// JavaScript's `view[k]` would read the member.
import type { KeyValuePair } from "../../src/dotnet/collections.ts";
import { INDEXER, type Indexer } from "../../src/model/element-access.ts";
import { EnumerableValue } from "../dotnet/enumerable.ts";
import { ArgumentNullException, KeyNotFoundException } from "../dotnet/exceptions.ts";

/** The store behind a view: its pairs in order, lookup by the store's own key comparison. */
export interface DictionarySource<V> {
  entries(): Iterable<readonly [string, V]>;
  find(key: string): { value: V } | undefined;
  /** Store members an expression may call (GetValueOrDefault, with the store's own rules). */
  readonly members: Readonly<Record<string, unknown>>;
}

const LINQ = new Set([
  "Any",
  "All",
  "Where",
  "Select",
  "First",
  "FirstOrDefault",
  "Single",
  "SingleOrDefault",
  "OrderBy",
  "OrderByDescending",
  "ToArray",
  "Contains",
  "Skip",
  "Take",
  "Distinct",
]);

function lookup<V>(source: DictionarySource<V>, key: string | null): { value: V } | undefined {
  if (key === null || key === undefined) throw new ArgumentNullException("key");
  return source.find(key);
}

/**
 * C#'s indexer (IReadOnlyDictionary<TKey,TValue>.Item[TKey], learn.microsoft.com, "Exceptions":
 * ArgumentNullException for a null key, KeyNotFoundException when the key is absent).
 */
function item<V>(source: DictionarySource<V>, key: string | null): V {
  const found = lookup(source, key);
  if (!found) throw Object.assign(new KeyNotFoundException(), { harnessDetail: `no key '${key}'` });
  return found.value;
}

/** The view over a store; `source` is called on every access, so a lazily built store works. */
export function dictionaryView<V>(source: () => DictionarySource<V>): unknown {
  const pairs = () =>
    new EnumerableValue<KeyValuePair<string, V>>(() =>
      [...source().entries()].map(([Key, Value]) => ({ Key, Value })),
    );
  const members: Record<string, () => unknown> = {
    Count: () => [...source().entries()].length,
    ContainsKey: () => (key: string | null) => lookup(source(), key) !== undefined,
    TryGetValue: () => (key: string | null) => {
      const found = lookup(source(), key);
      return found ? [true, found.value] : [false, null];
    },
    // Keys is a KeyCollection: Enumerable.Contains uses its ICollection.Contains, which compares
    // keys as the dictionary does (case-insensitively for headers), not ordinally.
    Keys: () =>
      Object.assign(new EnumerableValue(() => [...source().entries()].map(([key]) => key)), {
        Contains: (key: string | null) => lookup(source(), key) !== undefined,
      }),
    Values: () => new EnumerableValue(() => [...source().entries()].map(([, value]) => value)),
  };
  const indexer: Indexer = { get: (key) => item(source(), key as string | null) };
  return new Proxy(Object.create(null) as object, {
    get: (_target, property) => {
      if (property === Symbol.iterator) return () => pairs()[Symbol.iterator]();
      if (property === INDEXER) return indexer;
      if (typeof property === "symbol") return undefined;
      if (Object.hasOwn(members, property)) return members[property]!();
      if (LINQ.has(property)) {
        const sequence = pairs();
        return (sequence as unknown as Record<string, Function>)[property]!.bind(sequence);
      }
      const store = source();
      if (Object.hasOwn(store.members, property)) return store.members[property];
      return item(store, property);
    },
    has: (_target, property) =>
      typeof property === "string" &&
      (Object.hasOwn(members, property) ||
        LINQ.has(property) ||
        source().find(property) !== undefined),
  });
}
