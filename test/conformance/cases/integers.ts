// Conformance cases: C#'s int and long operators (`+ - * %`, negation, `/` of longs, and the bit
// operators `& | ^ ~ << >>`), which wrap in C#'s unchecked context and throw
// DivideByZeroException / OverflowException where C# does, while JavaScript's numbers would go on
// (the harness runs them as C# does: harness/dotnet/integer-arithmetic.ts). Inputs: every pair of
// the edge values (MaxValue, MinValue, -1, 0, 1, 2^53 ± 1 for long) plus seeded random values
// over the whole range; longs beyond 2^53 are passed as bigints, as the harness holds them.
// Expected values are mono's: every case runs in C# too.
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { ints, one, two } from "../generators.ts";

const N = 200;
const INT_EDGES = [2147483647, -2147483648, -1, 0, 1, 2, -2, 65536, 46341];
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);
/** A long as the harness holds it: a number when safe, else a bigint. */
const asLong = (value: bigint): number | bigint =>
  Number.isSafeInteger(Number(value)) ? Number(value) : value;
export const LONG_EDGES = [
  LONG_MAX,
  LONG_MIN,
  -1n,
  0n,
  1n,
  2n ** 53n - 1n,
  2n ** 53n,
  2n ** 53n + 1n,
  -(2n ** 53n) - 1n,
  2n ** 32n,
  2n ** 31n,
  3037000500n,
].map(asLong);

export function longs(count: number, seed: number): (number | bigint)[] {
  const wide = fc.bigInt({ min: LONG_MIN, max: LONG_MAX });
  const narrow = fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n });
  return fc.sample(fc.oneof(wide, narrow), { numRuns: count, seed }).map(asLong);
}

/** Every pair of the edges, then random pairs. */
function pairs<T>(edges: readonly T[], random: readonly T[], other: readonly T[]): [T, T][] {
  const all: [T, T][] = [];
  for (const a of edges) for (const b of edges) all.push([a, b]);
  return [...all, ...two(random, other)];
}

const intPairs = pairs(INT_EDGES, ints(N, 1401), ints(N, 1402));
const longPairs = pairs(LONG_EDGES, longs(N, 1403), longs(N, 1404));
const intValues = [...INT_EDGES, ...ints(N, 1405)];
const longValues = [...LONG_EDGES, ...longs(N, 1406)];
/** Shift counts C# masks: negative, within, at and beyond 32 and 64. */
const COUNTS = [-65, -33, -1, 0, 1, 5, 31, 32, 33, 63, 64, 65, 100];
const shiftsOf = <T>(values: readonly T[]): [T, number][] =>
  values.slice(0, 60).flatMap((value) => COUNTS.map((count): [T, number] => [value, count]));

export const integerCases: readonly SnippetSpec[] = [
  // int: wraps modulo 2^32 (C# spec, "Arithmetic operators", unchecked context)
  { id: "int.add", source: "(a: int, b: int) => a + b", inputs: intPairs },
  { id: "int.subtract", source: "(a: int, b: int) => a - b", inputs: intPairs },
  { id: "int.multiply", source: "(a: int, b: int) => a * b", inputs: intPairs },
  // % by 0 throws DivideByZeroException, MinValue % -1 OverflowException (checked on mono)
  { id: "int.remainder", source: "(a: int, b: int) => a % b", inputs: intPairs },
  { id: "int.negate", source: "(a: int) => -a", inputs: one(intValues) },
  {
    id: "int.mixed",
    source: "(a: int, b: int) => { const c = a * 3 + b; return c * c - (a - -b) % 7; }",
    inputs: intPairs,
  },
  {
    id: "int.plus-MaxValue",
    source: "(a: int) => a + int.MaxValue + (a - int.MinValue)",
    inputs: one(intValues),
  },
  // long: wraps modulo 2^64; exact beyond 2^53
  { id: "long.add", source: "(a: long, b: long) => a + b", inputs: longPairs },
  { id: "long.subtract", source: "(a: long, b: long) => a - b", inputs: longPairs },
  { id: "long.multiply", source: "(a: long, b: long) => a * b", inputs: longPairs },
  { id: "long.remainder", source: "(a: long, b: long) => a % b", inputs: longPairs },
  { id: "long.negate", source: "(a: long) => -a", inputs: one(longValues) },
  // `/` is real division: each long rounded to double first
  { id: "long.divide", source: "(a: long, b: long) => a / b", inputs: longPairs },
  { id: "long.compare", source: "(a: long, b: long) => a < b", inputs: longPairs },
  { id: "long.concatenate", source: '(a: long) => "v=" + a', inputs: one(longValues) },
  // int with long: the int widens (sign extended) and the long operator runs
  {
    id: "int-long.add",
    source: "(a: int, b: long) => a + b",
    inputs: two(intValues, longValues),
  },
  {
    id: "int-long.literal",
    source: "(a: int) => a * 3000000000 + 0xFFFFFFFF",
    inputs: one(intValues),
  },
  // A long where a double is expected: C# converts it (rounding beyond 2^53), then double arithmetic
  {
    id: "long-double.arithmetic",
    source: "(a: long, d: double) => a * d + a / 3 - -a",
    inputs: two(longValues, [0.5, -1.25, 3, 1e-3, 2 ** 60, -0]),
  },
  {
    id: "long-double.widened-local",
    source: "(m: long) => { const e: double = m; return e / 4 + (m as double) * 2; }",
    inputs: one(longValues),
  },
  {
    id: "long-double.compare-converted",
    source: "(a: long, d: double) => (a as double) < d",
    inputs: two(longValues, [0, 9007199254740992, -9223372036854775808, 1.5]),
  },
  // Bit operators (C# spec, "Integer logical operators", "Shift operators": the count masked
  // to 5 bits for int, 6 for long; `>>` arithmetic)
  { id: "int.and", source: "(a: int, b: int) => a & b", inputs: intPairs },
  { id: "int.or", source: "(a: int, b: int) => a | b", inputs: intPairs },
  { id: "int.xor", source: "(a: int, b: int) => a ^ b", inputs: intPairs },
  { id: "int.not", source: "(a: int) => ~a", inputs: one(intValues) },
  { id: "int.shift-left", source: "(a: int, n: int) => a << n", inputs: shiftsOf(intValues) },
  { id: "int.shift-right", source: "(a: int, n: int) => a >> n", inputs: shiftsOf(intValues) },
  { id: "long.and", source: "(a: long, b: long) => a & b", inputs: longPairs },
  { id: "long.or", source: "(a: long, b: long) => a | b", inputs: longPairs },
  { id: "long.xor", source: "(a: long, b: long) => a ^ b", inputs: longPairs },
  { id: "long.not", source: "(a: long) => ~a", inputs: one(longValues) },
  { id: "long.shift-left", source: "(a: long, n: int) => a << n", inputs: shiftsOf(longValues) },
  { id: "long.shift-right", source: "(a: long, n: int) => a >> n", inputs: shiftsOf(longValues) },
  {
    id: "int-long.and",
    source: "(a: int, b: long) => (a & b) | (b ^ a)",
    inputs: two(intValues, longValues),
  },
  {
    id: "bits.precedence",
    source: "(a: int, b: int) => (a << 3 | b & 0xFF ^ a >> 2) + (~b & 7)",
    inputs: intPairs,
  },
];
