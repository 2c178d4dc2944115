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

/** The members every view has, each read through the store's current `source`. */
const MEMBERS: Readonly<Record<string, (source: () => DictionarySource<unknown>) => unknown>> = {
  Count: (source) => [...source().entries()].length,
  ContainsKey: (source) => (key: string | null) => lookup(source(), key) !== undefined,
  TryGetValue: (source) => (key: string | null) => {
    const found = lookup(source(), key);
    return found ? [true, found.value] : [false, null];
  },
  // Keys is a KeyCollection: Enumerable.Contains uses its ICollection.Contains, which compares
  // keys as the dictionary does (case-insensitively for headers), not ordinally.
  Keys: (source) =>
    Object.assign(new EnumerableValue(() => [...source().entries()].map(([key]) => key)), {
      Contains: (key: string | null) => lookup(source(), key) !== undefined,
    }),
  Values: (source) => new EnumerableValue(() => [...source().entries()].map(([, value]) => value)),
};

function pairs<V>(source: () => DictionarySource<V>): EnumerableValue<KeyValuePair<string, V>> {
  return new EnumerableValue<KeyValuePair<string, V>>(() =>
    [...source().entries()].map(([Key, Value]) => ({ Key, Value })),
  );
}

/** C#'s indexer of one view (built on first use: most expressions never index a dictionary). */
class ViewIndexer<V> implements Indexer {
  constructor(private readonly source: () => DictionarySource<V>) {}

  get(key: unknown): V {
    return item(this.source(), key as string | null);
  }
}

// The Proxy handler as a class, not an object literal of arrow functions: a view is made for
// every request's headers, and per-view closures were a measurable part of a simulated request
// (bench/harness.bench.ts). The members read `source` on every access, as before.
class ViewHandler<V> implements ProxyHandler<object> {
  readonly #source: () => DictionarySource<V>;
  #indexer: ViewIndexer<V> | undefined;

  constructor(source: () => DictionarySource<V>) {
    this.#source = source;
  }

  get(_target: object, property: string | symbol): unknown {
    const source = this.#source;
    if (property === Symbol.iterator) return () => pairs(source)[Symbol.iterator]();
    if (property === INDEXER) return (this.#indexer ??= new ViewIndexer(source));
    if (typeof property === "symbol") return undefined;
    if (Object.hasOwn(MEMBERS, property)) return MEMBERS[property]!(source);
    if (LINQ.has(property)) {
      const sequence = pairs(source);
      return (sequence as unknown as Record<string, Function>)[property]!.bind(sequence);
    }
    const store = source();
    if (Object.hasOwn(store.members, property)) return store.members[property];
    return item(store, property);
  }

  has(_target: object, property: string | symbol): boolean {
    return (
      typeof property === "string" &&
      (Object.hasOwn(MEMBERS, property) ||
        LINQ.has(property) ||
        this.#source().find(property) !== undefined)
    );
  }
}

/** The view over a store; `source` is called on every access, so a lazily built store works. */
export function dictionaryView<V>(source: () => DictionarySource<V>): unknown {
  return new Proxy(Object.create(null) as object, new ViewHandler(source));
}
