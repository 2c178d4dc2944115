// The read-only dictionaries APIM exposes (headers, query, variables, deployment certificates)
// with the LINQ members that expressions use on them. C# has an indexer; TypeScript cannot
// declare one beside methods, so lookups go through GetValueOrDefault or ContainsKey.
import type { int } from "./types.ts";

/** System.Collections.Generic.KeyValuePair. */
export interface KeyValuePair<K, V> {
  readonly Key: K;
  readonly Value: V;
}

/** System.Collections.Generic.IReadOnlyDictionary with System.Linq over its pairs. */
export interface IReadOnlyDictionary<K, V> {
  readonly Count: int;
  ContainsKey(key: K): boolean;
  /** Enumerable.Any over the key/value pairs. */
  Any(predicate?: (pair: KeyValuePair<K, V>) => boolean): boolean;
  /** Enumerable.All over the key/value pairs. */
  All(predicate: (pair: KeyValuePair<K, V>) => boolean): boolean;
}
