// IReadOnlyDictionary<K, V> for the context's dictionaries other than headers (deployment
// certificates, matched parameters), with the LINQ members the declarations allow. Keys compare
// as C#'s default string comparer does (ordinal, case-sensitive) unless told otherwise.
import type { IReadOnlyDictionary, Indexed, KeyValuePair } from "../../src/dotnet/collections.ts";
import { dictionaryView, type DictionarySource } from "./dictionary-view.ts";

/** The store; expressions see `view` (members, LINQ and the indexer). */
export class ReadOnlyDictionary<V> implements Pick<
  IReadOnlyDictionary<string, V>,
  "Count" | "ContainsKey" | "Any" | "All"
> {
  readonly #entries: Map<string, V>;
  readonly #fold: (key: string) => string;
  #source: DictionarySource<V> | undefined;
  #view: Indexed<IReadOnlyDictionary<string, V>, V> | undefined;

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

  /** The view over this store (one per store: its entries never change after construction). */
  get view(): Indexed<IReadOnlyDictionary<string, V>, V> {
    if (this.#view) return this.#view;
    const source = this.source();
    return (this.#view = dictionaryView(() => source) as Indexed<
      IReadOnlyDictionary<string, V>,
      V
    >);
  }

  source(): DictionarySource<V> {
    return (this.#source ??= {
      entries: () => this.#entries,
      find: (key) =>
        this.#entries.has(this.#fold(key))
          ? { value: this.#entries.get(this.#fold(key))! }
          : undefined,
      members: { GetValueOrDefault: this.GetValueOrDefault.bind(this) },
    });
  }

  private pairs(): KeyValuePair<string, V>[] {
    return [...this.#entries].map(([Key, Value]) => ({ Key, Value }));
  }
}

/** A dictionary whose values are built on first read (X509Certificate2 objects need the runtime). */
export function lazyDictionary<V>(
  build: () => ReadOnlyDictionary<V>,
): Indexed<IReadOnlyDictionary<string, V>, V> {
  let built: DictionarySource<V> | undefined;
  return dictionaryView(() => (built ??= build().source())) as Indexed<
    IReadOnlyDictionary<string, V>,
    V
  >;
}
