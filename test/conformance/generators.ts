// Generated inputs for the conformance batch: fast-check samples from fixed seeds (deterministic,
// no wall clock), biased towards the hard cases: empty strings, whitespace outside ASCII (JS's
// set vs .NET's Char.IsWhiteSpace), '+' and '%' for URL decoding, non-ASCII and surrogate pairs,
// integer limits, and dates at the ends of DateTime's range.
import fc from "fast-check";
import { DateTimeValue, MAX_TICKS } from "../../harness/dotnet/date-time.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";

export const WHITESPACE = [
  "\t",
  "\n",
  "\u000B",
  "\f",
  "\r",
  " ",
  "\u00A0",
  "\u1680",
  "\u2000",
  "\u200A",
  "\u2028",
  "\u2029",
  "\u202F",
  "\u205F",
  "\u3000",
  "\uFEFF",
  "\u0085",
  "\u180E",
  "\u200B",
];
/** Characters from every Unicode plane in use (0, 1, 2, 3, 14, 15, 16) and the controls (C0, DEL, C1). */
export const PLANES = [
  "\u{10000}",
  "\u{1D11E}",
  "\u{20000}",
  "\u{2FA1D}",
  "\u{30000}",
  "\u{E0001}",
  "\u{F0000}",
  "\u{10FFFD}",
  "\uFFFD",
  "\uE000",
];
export const CONTROLS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u001B",
  "\u001F",
  "\u007F",
  "\u0080",
  "\u009F",
];
const PIECES = [
  ...PLANES,
  ...CONTROLS,
  "",
  "a",
  "Z",
  "é",
  "ß",
  "\u{1F600}",
  "\u{10400}",
  ",",
  ", ",
  "+",
  "%",
  "%2B",
  "%20",
  "%C3%A9",
  "%zz",
  "%",
  "&amp;",
  "<",
  '"',
  "\\",
  "{",
  "}",
  "0",
  "9",
  "-",
  "x",
  "ab",
  "AB",
  ...WHITESPACE,
];

/** Strings made of the hard pieces and arbitrary text. */
export function strings(count: number, seed: number): string[] {
  const arbitrary = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
      ),
      { maxLength: 6 },
    )
    .map((p) => p.join(""));
  return ["", " ", "a", ...WHITESPACE, ...fc.sample(arbitrary, { numRuns: count, seed })].slice(
    0,
    count,
  );
}

/** Letters whose casing JavaScript and .NET's invariant culture agree on (see README: casing). */
export function caseStrings(count: number, seed: number): string[] {
  const letters =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.àéîõüÀÉÎÕÜçÇñÑαβγΑΒΓжЖ\u{1F600}";
  return fc.sample(
    fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((p) => p.join("")),
    { numRuns: count, seed },
  );
}

export function ints(count: number, seed: number): number[] {
  const edges = [0, 1, -1, 2147483647, -2147483648, 1000, -1000];
  return [...edges, ...fc.sample(fc.integer(), { numRuns: count, seed })].slice(0, count);
}

export function smallInts(count: number, seed: number): number[] {
  return [
    0,
    1,
    -1,
    ...fc.sample(fc.integer({ min: -400, max: 400 }), { numRuns: count, seed }),
  ].slice(0, count);
}

/**
 * Doubles spread over what formats differently: signs, magnitudes from subnormal to near
 * MaxValue (each decade equally likely), integers, halves (rounding), -0, NaN and the infinities.
 */
export function doubles(count: number, seed: number): number[] {
  const edges = [
    0,
    -0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    1e9,
    -1e9,
    123456.789,
    NaN,
    Infinity,
    -Infinity,
    Number.MIN_VALUE,
    -Number.MAX_VALUE,
    2 ** 53,
    1e21,
    1e-7,
    0.1 + 0.2,
  ];
  const sign = fc.constantFrom(1, -1);
  const spread = fc
    .tuple(
      sign,
      fc.integer({ min: -320, max: 308 }),
      fc.double({ min: 1, max: 10, maxExcluded: true, noNaN: true }),
    )
    .map(([s, e, m]) => s * m * 10 ** e);
  const integer = fc.tuple(sign, fc.integer({ min: 0, max: 2 ** 31 })).map(([s, n]) => s * n);
  const half = fc.integer({ min: -20_000, max: 20_000 }).map((n) => n + 0.5);
  const special = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0);
  const value = fc.oneof(
    { weight: 4, arbitrary: spread },
    { weight: 2, arbitrary: integer },
    { weight: 2, arbitrary: half },
    { weight: 1, arbitrary: special },
  );
  return [...edges, ...fc.sample(value, { numRuns: count, seed })].slice(0, count);
}

/** UTC DateTimes including MinValue, MaxValue and leap days. */
export function dates(count: number, seed: number): DateTimeValue[] {
  const edges = [
    0n,
    MAX_TICKS,
    MAX_TICKS - 10_000n,
    630822816000000000n /* 2000-02-29 */,
    638752032000000000n,
  ];
  const ticks = fc
    .sample(fc.bigInt({ min: 0n, max: MAX_TICKS }), { numRuns: count, seed })
    .map((t) => (t / 10_000n) * 10_000n);
  return [...edges, ...ticks].slice(0, count).map((t) => DateTimeValue.fromTicks(t, "Utc"));
}

export function timeSpans(count: number, seed: number): TimeSpanValue[] {
  return fc
    .sample(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { numRuns: count, seed })
    .map((t) => new TimeSpanValue((t / 10_000n) * 10_000n));
}

export function stringArrays(count: number, seed: number): string[][] {
  return [
    [],
    [""],
    ...fc.sample(
      fc.array(fc.constantFrom("", "a", "x", "ab", "é", "\u{1F600}", "a,b"), { maxLength: 5 }),
      { numRuns: count, seed },
    ),
  ].slice(0, count);
}

export function base64ish(count: number, seed: number): string[] {
  const valid = fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString("base64"));
  const noisy = fc
    .tuple(valid, fc.constantFrom("", " ", "\n", "=", "*", "\t", "==", "A"))
    .map(([v, n]) => v.slice(0, 4) + n + v.slice(4));
  return fc.sample(fc.oneof(valid, noisy), { numRuns: count, seed });
}

export function bytes(count: number, seed: number): Uint8Array[] {
  return fc.sample(fc.uint8Array({ maxLength: 16 }), { numRuns: count, seed });
}

/** One-argument input lists. */
export const one = <T>(values: readonly T[]): T[][] => values.map((v) => [v]);
/** Two-argument input lists, pairing two samples. */
export const two = <A, B>(a: readonly A[], b: readonly B[]): [A, B][] =>
  a.map((x, i) => [x, b[i % b.length]!]);
