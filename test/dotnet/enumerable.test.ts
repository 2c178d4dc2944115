// System.Linq.Enumerable in the harness (the sequences that XML, JSON, JWT and the context's
// dictionaries return). Expected values from Microsoft's Enumerable pages: each method's Returns
// and Exceptions sections (First: InvalidOperationException when "No element satisfies the
// condition in predicate" or "The source sequence is empty"; Single also when "More than one
// element satisfies the condition"; FirstOrDefault and SingleOrDefault: "default(TSource)"), the
// Remarks on deferred execution (Where, Select, Skip, Take, Distinct, OrderBy: "not executed until
// the object is enumerated"), OrderBy's "This method performs a stable sort", Skip ("If count is
// less than or equal to zero, all elements of source are yielded"), Take ("If count is less than
// or equal to zero, source is not enumerated and an empty IEnumerable<T> is returned"), Any's
// "The enumeration of source is stopped as soon as the result can be determined", and
// Double.CompareTo (NaN is less than every other value). The messages are System.Linq's
// resources (dotnet/runtime src/libraries/System.Linq/src/Resources/Strings.resx: NoElements,
// NoMatch, MoreThanOneElement, MoreThanOneMatch). Each value was also printed by mono 6.8.
import { describe, expect, it } from "vitest";
import { InvalidOperationException } from "../../harness/dotnet/index.ts";
import { EnumerableValue } from "../../harness/dotnet/enumerable.ts";

const NO_ELEMENTS = new InvalidOperationException("Sequence contains no elements");
const NO_MATCH = new InvalidOperationException("Sequence contains no matching element");
const MANY = new InvalidOperationException("Sequence contains more than one element");
const MANY_MATCH = new InvalidOperationException(
  "Sequence contains more than one matching element",
);

const words = () => EnumerableValue.of(["a", "bb", "cc", "d"]);
const empty = () => EnumerableValue.of<string>([]);

/** A sequence that counts how many elements were pulled from it. */
function counted<T>(items: T[]): { sequence: EnumerableValue<T>; pulled: () => number } {
  let pulled = 0;
  const sequence = new EnumerableValue(function* () {
    for (const item of items) {
      pulled++;
      yield item;
    }
  });
  return { sequence, pulled: () => pulled };
}

describe("First and FirstOrDefault", () => {
  it("return the first (matching) element", () => {
    expect(words().First()).toBe("a");
    expect(words().First((s) => s.length === 2)).toBe("bb");
    expect(words().FirstOrDefault((s) => s.length === 1)).toBe("a");
    expect(words().FirstOrDefault()).toBe("a");
  });

  it("First throws InvalidOperationException; FirstOrDefault returns null", () => {
    expect(() => empty().First()).toThrow(NO_ELEMENTS);
    expect(() => words().First((s) => s.length > 5)).toThrow(NO_MATCH);
    expect(() => empty().First(() => true)).toThrow(NO_MATCH);
    expect(empty().FirstOrDefault()).toBeNull();
    expect(words().FirstOrDefault((s) => s === "z")).toBeNull();
  });

  it("stop at the first match", () => {
    const { sequence, pulled } = counted(["a", "bb", "cc", "d"]);
    expect(sequence.First((s) => s === "bb")).toBe("bb");
    expect(pulled()).toBe(2);
    const other = counted(["a", "bb", "cc"]);
    other.sequence.FirstOrDefault((s) => s === "bb");
    expect(other.pulled()).toBe(2);
  });
});

describe("Single and SingleOrDefault", () => {
  it("return the only (matching) element", () => {
    expect(EnumerableValue.of(["x"]).Single()).toBe("x");
    expect(words().Single((s) => s === "cc")).toBe("cc");
    expect(EnumerableValue.of(["x"]).SingleOrDefault()).toBe("x");
    expect(words().SingleOrDefault((s) => s === "d")).toBe("d");
  });

  it("Single throws for none and for several, with or without a predicate", () => {
    expect(() => empty().Single()).toThrow(NO_ELEMENTS);
    expect(() => words().Single()).toThrow(MANY);
    expect(() => words().Single((s) => s === "z")).toThrow(NO_MATCH);
    expect(() => words().Single((s) => s.length === 2)).toThrow(MANY_MATCH);
  });

  it("SingleOrDefault returns null for none and still throws for several", () => {
    expect(empty().SingleOrDefault()).toBeNull();
    expect(words().SingleOrDefault((s) => s === "z")).toBeNull();
    expect(() => words().SingleOrDefault()).toThrow(MANY);
    expect(() => words().SingleOrDefault((s) => s.length === 1)).toThrow(MANY_MATCH);
  });

  it("with a predicate, test every element before throwing; without, stop at the second", () => {
    // .NET Framework's Single(predicate) loops over the whole source, then throws
    // (referencesource System.Core/System/Linq/Enumerable.cs); mono 6.8 stops at the second
    // match (3 calls here, not 4). A later element's exception therefore wins.
    const many = counted(["a", "bb", "cc", "d"]);
    expect(() => many.sequence.Single((s) => s.length === 2)).toThrow(MANY_MATCH);
    expect(many.pulled()).toBe(4);
    const orDefault = counted(["a", "bb", "cc", "d"]);
    expect(() => orDefault.sequence.SingleOrDefault((s) => s.length === 2)).toThrow(MANY_MATCH);
    expect(orDefault.pulled()).toBe(4);
    const late = EnumerableValue.of(["bb", "cc", null]);
    expect(() => late.Single((s) => s!.length === 2)).toThrow(TypeError);
    const plain = counted(["a", "bb", "cc"]);
    expect(() => plain.sequence.Single()).toThrow(MANY);
    expect(plain.pulled()).toBe(2);
  });

  it("a single match among other elements is no error", () => {
    expect(EnumerableValue.of(["a", "bb", "c"]).Single((s) => s.length === 2)).toBe("bb");
    expect(EnumerableValue.of([0, 5]).Single((n) => n > 1)).toBe(5);
    expect(EnumerableValue.of([null, "x"]).SingleOrDefault((s) => s === null)).toBeNull();
  });
});

describe("Any, All, Count, Contains", () => {
  it("answer over the whole sequence or its matches", () => {
    expect([words().Any(), empty().Any()]).toEqual([true, false]);
    expect([words().Any((s) => s === "d"), words().Any((s) => s === "z")]).toEqual([true, false]);
    expect([words().All((s) => s.length > 0), words().All((s) => s.length === 1)]).toEqual([
      true,
      false,
    ]);
    expect(empty().All(() => false)).toBe(true);
    expect([words().Count(), words().Count((s) => s.length === 2), empty().Count()]).toEqual([
      4, 2, 0,
    ]);
    expect([words().Contains("bb"), words().Contains("z")]).toEqual([true, false]);
  });

  it("Any and All stop as soon as the answer is known", () => {
    const any = counted(["a", "bb", "cc", "d"]);
    expect(any.sequence.Any((s) => s === "bb")).toBe(true);
    expect(any.pulled()).toBe(2);
    const all = counted(["a", "bb", "cc", "d"]);
    expect(all.sequence.All((s) => s === "a")).toBe(false);
    expect(all.pulled()).toBe(2);
    const contains = counted(["a", "bb", "cc", "d"]);
    expect(contains.sequence.Contains("bb")).toBe(true);
    expect(contains.pulled()).toBe(2);
  });
});

describe("Where, Select, Skip, Take, Distinct", () => {
  it("filter, project and cut", () => {
    expect(
      words()
        .Where((s) => s.length === 1)
        .ToArray(),
    ).toEqual(["a", "d"]);
    expect(
      words()
        .Select((s) => s.length)
        .ToArray(),
    ).toEqual([1, 2, 2, 1]);
    expect(words().Skip(1).ToArray()).toEqual(["bb", "cc", "d"]);
    expect(words().Skip(0).ToArray()).toEqual(["a", "bb", "cc", "d"]);
    expect(words().Skip(-2).ToArray()).toEqual(["a", "bb", "cc", "d"]);
    expect(words().Skip(9).ToArray()).toEqual([]);
    expect(words().Take(2).ToArray()).toEqual(["a", "bb"]);
    expect(words().Take(1).ToArray()).toEqual(["a"]);
    expect(words().Take(0).ToArray()).toEqual([]);
    expect(words().Take(-1).ToArray()).toEqual([]);
    expect(words().Take(9).ToArray()).toEqual(["a", "bb", "cc", "d"]);
    expect(EnumerableValue.of(["a", "b", "a", "c", "b"]).Distinct().ToArray()).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("run when enumerated, every time, not when called", () => {
    let calls = 0;
    const query = words().Where(() => {
      calls++;
      return true;
    });
    expect(calls).toBe(0);
    expect(query.ToArray()).toHaveLength(4);
    expect(calls).toBe(4);
    expect(query.Count()).toBe(4);
    expect(calls).toBe(8);
    expect(() =>
      words().Select(() => {
        throw new Error("late");
      }),
    ).not.toThrow();
  });

  it("Take pulls no element past its count, and none for a count of zero", () => {
    const two = counted(["a", "bb", "cc"]);
    expect(two.sequence.Take(2).ToArray()).toEqual(["a", "bb"]);
    expect(two.pulled()).toBe(2);
    const none = counted(["a"]);
    expect(none.sequence.Take(0).ToArray()).toEqual([]);
    expect(none.pulled()).toBe(0);
  });

  it("chain: each step sees the previous one's output", () => {
    const result = EnumerableValue.of([5, 1, 4, 1, 3, 2])
      .Where((n) => n > 1)
      .Select((n) => n * 10)
      .Skip(1)
      .Take(2)
      .ToArray();
    expect(result).toEqual([40, 30]);
  });
});

describe("OrderBy and OrderByDescending", () => {
  it("order numbers with NaN before everything, -Infinity next", () => {
    const numbers = [3, NaN, 1, 2, -Infinity];
    expect(
      EnumerableValue.of(numbers)
        .OrderBy((n) => n)
        .ToArray(),
    ).toEqual([NaN, -Infinity, 1, 2, 3]);
    expect(
      EnumerableValue.of(numbers)
        .OrderByDescending((n) => n)
        .ToArray(),
    ).toEqual([3, 2, 1, -Infinity, NaN]);
    expect(
      EnumerableValue.of([NaN, 1, NaN])
        .OrderBy((n) => n)
        .ToArray(),
    ).toEqual([NaN, NaN, 1]);
  });

  it("are stable: equal keys keep their order, in both directions", () => {
    const items = ["b2", "a1", "b1", "a2", "c1"];
    const key = (s: string) => s.charCodeAt(0);
    expect(EnumerableValue.of(items).OrderBy(key).ToArray()).toEqual([
      "a1",
      "a2",
      "b2",
      "b1",
      "c1",
    ]);
    expect(EnumerableValue.of(items).OrderByDescending(key).ToArray()).toEqual([
      "c1",
      "b2",
      "b1",
      "a1",
      "a2",
    ]);
    const nans = [
      { n: NaN, id: 1 },
      { n: NaN, id: 2 },
    ];
    expect(
      EnumerableValue.of(nans)
        .OrderBy((x) => x.n)
        .Select((x) => x.id)
        .ToArray(),
    ).toEqual([1, 2]);
  });

  it("sort when enumerated, not before", () => {
    const source = [2, 1];
    const sorted = EnumerableValue.of(source).OrderBy((n) => n);
    source.push(0);
    expect(sorted.ToArray()).toEqual([0, 1, 2]);
  });
});
