// IReadOnlyDictionary<K, V> for the context's dictionaries other than headers (deployment
// certificates, matched parameters), with the LINQ members the declarations allow. Keys compare
// as C#'s default string comparer does (ordinal, case-sensitive) unless told otherwise.
import type { IReadOnlyDictionary, KeyValuePair } from "../../src/dotnet/collections.ts";

export class ReadOnlyDictionary<V> implements IReadOnlyDictionary<string, V> {
  readonly #entries: Map<string, V>;
  readonly #fold: (key: string) => string;

  constructor(entries: Iterable<readonly [string, V]>, options: { ignoreCase?: boolean } = {}) {
    this.#fold = options.ignoreCase ? (key) => key.toLowerCase() : (key) => key;
    this.#entries = new Map(
      [...entries].map(([key, value]) => [this.#fold(key), value] as [string, V]),
    );
  }

  get Count(): number {
    return this.#entries.size;
  }

  ContainsKey(key: string): boolean {
    return this.#entries.has(this.#fold(key));
  }

  GetValueOrDefault(key: string, defaultValue: V | null = null): V | null {
    return this.#entries.has(this.#fold(key)) ? this.#entries.get(this.#fold(key))! : defaultValue;
  }

  Any(predicate?: (pair: KeyValuePair<string, V>) => boolean): boolean {
    if (!predicate) return this.#entries.size > 0;
    return this.pairs().some(predicate);
  }

  All(predicate: (pair: KeyValuePair<string, V>) => boolean): boolean {
    return this.pairs().every(predicate);
  }

  private pairs(): KeyValuePair<string, V>[] {
    return [...this.#entries].map(([Key, Value]) => ({ Key, Value }));
  }
}

/** A dictionary whose values are built on first read (X509Certificate2 objects need the runtime). */
export function lazyDictionary<V>(
  build: () => ReadOnlyDictionary<V>,
): IReadOnlyDictionary<string, V> {
  let built: ReadOnlyDictionary<V> | undefined;
  const get = (): ReadOnlyDictionary<V> => (built ??= build());
  return {
    get Count() {
      return get().Count;
    },
    ContainsKey: (key) => get().ContainsKey(key),
    Any: (predicate) => get().Any(predicate),
    All: (predicate) => get().All(predicate),
    GetValueOrDefault: (key: string, defaultValue: V | null = null) =>
      get().GetValueOrDefault(key, defaultValue),
  } as IReadOnlyDictionary<string, V> & {
    GetValueOrDefault(key: string, defaultValue?: V | null): V | null;
  };
}
