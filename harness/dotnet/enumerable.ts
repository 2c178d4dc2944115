// System.Linq.Enumerable over a JavaScript iterable, lazy as LINQ is: Where, Select, Skip, Take,
// Distinct and OrderBy run when the sequence is enumerated (a predicate that throws, throws
// then), First/Single/Count/ToArray enumerate at once. The exceptions are .NET's:
// InvalidOperationException for First/Single on no (matching) element and Single on several.
import type { IEnumerable } from "../../src/dotnet/collections.ts";
import { InvalidOperationException } from "./exceptions.ts";

const NO_ELEMENTS = "Sequence contains no elements";
const NO_MATCH = "Sequence contains no matching element";
const MANY = "Sequence contains more than one element";
const MANY_MATCH = "Sequence contains more than one matching element";

export class EnumerableValue<T> implements IEnumerable<T> {
  readonly #source: () => Iterable<T>;

  constructor(source: () => Iterable<T>) {
    this.#source = source;
  }

  static of<T>(items: readonly T[]): EnumerableValue<T> {
    return new EnumerableValue(() => items);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#source()[Symbol.iterator]();
  }

  #then<R>(generator: (items: Iterable<T>) => Iterable<R>): EnumerableValue<R> {
    return new EnumerableValue(() => generator(this));
  }

  Any(predicate?: (item: T) => boolean): boolean {
    for (const item of this) if (!predicate || predicate(item)) return true;
    return false;
  }

  All(predicate: (item: T) => boolean): boolean {
    for (const item of this) if (!predicate(item)) return false;
    return true;
  }

  Count(predicate?: (item: T) => boolean): number {
    let count = 0;
    for (const item of this) if (!predicate || predicate(item)) count++;
    return count;
  }

  Where(predicate: (item: T) => boolean): EnumerableValue<T> {
    return this.#then(function* (items) {
      for (const item of items) if (predicate(item)) yield item;
    });
  }

  Select<R>(selector: (item: T) => R): EnumerableValue<R> {
    return this.#then(function* (items) {
      for (const item of items) yield selector(item);
    });
  }

  First(predicate?: (item: T) => boolean): T {
    for (const item of this) if (!predicate || predicate(item)) return item;
    throw new InvalidOperationException(predicate ? NO_MATCH : NO_ELEMENTS);
  }

  FirstOrDefault(predicate?: (item: T) => boolean): T | null {
    for (const item of this) if (!predicate || predicate(item)) return item;
    return null;
  }

  // .NET Framework's Single and SingleOrDefault with a predicate test every element and throw
  // after the loop; without one they stop at the second element (referencesource
  // System.Core/System/Linq/Enumerable.cs). mono 6.8 (corefx) stops at the second match, which
  // only a predicate with a side effect or an exception can tell.
  #single(predicate: ((item: T) => boolean) | undefined, orDefault: boolean): T | null {
    let found: { item: T } | undefined;
    let many = false;
    for (const item of this) {
      if (predicate && !predicate(item)) continue;
      if (!predicate && found) throw new InvalidOperationException(MANY);
      if (found) many = true;
      else found = { item };
    }
    if (many) throw new InvalidOperationException(MANY_MATCH);
    if (found) return found.item;
    if (orDefault) return null;
    throw new InvalidOperationException(predicate ? NO_MATCH : NO_ELEMENTS);
  }

  Single(predicate?: (item: T) => boolean): T {
    return this.#single(predicate, false) as T;
  }

  SingleOrDefault(predicate?: (item: T) => boolean): T | null {
    return this.#single(predicate, true);
  }

  #sorted(keySelector: (item: T) => number, direction: 1 | -1): EnumerableValue<T> {
    return this.#then((items) => {
      const keyed = [...items].map((item) => ({ item, key: keySelector(item) }));
      // Stable, as LINQ's OrderBy ("This method performs a stable sort"): so is
      // Array.prototype.sort (ECMA-262, "Array.prototype.sort": "The sort must be stable").
      // NaN sorts first, as double's CompareTo orders it.
      const compare = (a: number, b: number) =>
        Number.isNaN(a)
          ? Number.isNaN(b)
            ? 0
            : -1
          : Number.isNaN(b)
            ? 1
            : a < b
              ? -1
              : a > b
                ? 1
                : 0;
      keyed.sort((a, b) => direction * compare(a.key, b.key));
      return keyed.map((entry) => entry.item);
    });
  }

  OrderBy(keySelector: (item: T) => number): EnumerableValue<T> {
    return this.#sorted(keySelector, 1);
  }

  OrderByDescending(keySelector: (item: T) => number): EnumerableValue<T> {
    return this.#sorted(keySelector, -1);
  }

  ToArray(): T[] {
    return [...this];
  }

  Contains(value: T): boolean {
    for (const item of this) if (item === value) return true;
    return false;
  }

  Skip(count: number): EnumerableValue<T> {
    return this.#then(function* (items) {
      let index = 0;
      for (const item of items) if (index++ >= count) yield item;
    });
  }

  Take(count: number): EnumerableValue<T> {
    return this.#then(function* (items) {
      if (count <= 0) return;
      let index = 0;
      for (const item of items) {
        yield item;
        if (++index >= count) return;
      }
    });
  }

  Distinct(): EnumerableValue<T> {
    return this.#then(function* (items) {
      const seen = new Set<T>();
      for (const item of items) {
        if (seen.has(item)) continue;
        seen.add(item);
        yield item;
      }
    });
  }
}
