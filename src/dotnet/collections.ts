// The read-only dictionaries APIM exposes (headers, query, matched parameters, deployment
// certificates) and System.Linq over them. C#'s indexer is declared as an index signature beside
// the members (`Indexed<D, V>`): `context.Request.Headers["Accept"]` is a string[] and throws
// KeyNotFoundException when the header is absent, as in C#. Sequences (`IEnumerable<T>`) are
// lazy as LINQ is, and `for (const pair of context.Request.Headers)` is C#'s foreach.
import type { int } from "./types.ts";

/** System.Collections.Generic.KeyValuePair. */
export interface KeyValuePair<K, V> {
  readonly Key: K;
  readonly Value: V;
}

/** System.Linq.Enumerable over a sequence (every member but Count(), which dictionaries name Count). */
export interface Enumerable<T> {
  [Symbol.iterator](): Iterator<T>;
  /** Enumerable.Any: whether the sequence has an element (matching the predicate). */
  Any(predicate?: (item: T) => boolean): boolean;
  All(predicate: (item: T) => boolean): boolean;
  Where(predicate: (item: T) => boolean): IEnumerable<T>;
  Select<R>(selector: (item: T) => R): IEnumerable<R>;
  /** Throws InvalidOperationException when no element (matches). */
  First(predicate?: (item: T) => boolean): T;
  /** null when no element matches (the translator refuses it where C#'s default(T) is not null). */
  FirstOrDefault(predicate?: (item: T) => boolean): T | null;
  /** Throws InvalidOperationException when no element, or more than one, (matches). */
  Single(predicate?: (item: T) => boolean): T;
  /** null when none matches; InvalidOperationException when more than one does. */
  SingleOrDefault(predicate?: (item: T) => boolean): T | null;
  /** A stable sort by a number key (string keys compare by culture in C#: not translated). */
  OrderBy(keySelector: (item: T) => number): IEnumerable<T>;
  OrderByDescending(keySelector: (item: T) => number): IEnumerable<T>;
  ToArray(): T[];
  Contains(value: T): boolean;
  Skip(count: int): IEnumerable<T>;
  Take(count: int): IEnumerable<T>;
  Distinct(): IEnumerable<T>;
}

/** System.Collections.Generic.IEnumerable with System.Linq. */
export interface IEnumerable<T> extends Enumerable<T> {
  /** Enumerable.Count: the number of elements (matching the predicate). */
  Count(predicate?: (item: T) => boolean): int;
}

/** System.Collections.Generic.IReadOnlyDictionary with System.Linq over its pairs. */
export interface IReadOnlyDictionary<K, V> extends Enumerable<KeyValuePair<K, V>> {
  readonly Count: int;
  ContainsKey(key: K): boolean;
  /**
   * C#'s `TryGetValue(key, out V value)`, written `const [found, value] = d.TryGetValue(key)` (a
   * declaration of exactly this shape): `found` false and `value` null when the key is absent.
   */
  TryGetValue(key: K): [found: boolean, value: V | null];
  readonly Keys: IEnumerable<K>;
  readonly Values: IEnumerable<V>;
}

/** A dictionary with C#'s indexer: `d[key]` is the value, KeyNotFoundException when absent. */
export type Indexed<D, V> = D & { readonly [key: string]: V };
