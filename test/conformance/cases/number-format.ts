// Conformance cases: C#'s ToString(format) of ints and longs with the standard numeric formats
// the harness simulates (harness/dotnet/integer-format.ts): D, X, N, F in both letter cases, with
// and without a precision, over the edges of int and long (longs beyond 2^53 as bigints) and
// seeded random values. "X" only of values >= 0: a negative value's hexadecimal depends on the C#
// type, which the harness refuses.
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { ints } from "../generators.ts";
import { LONG_EDGES, longs } from "./integers.ts";

const N = 200;
const intValues = ints(N, 2201).map((n) => [n]);
const longValues = [...LONG_EDGES, ...longs(N, 2202)].map((n) => [n]);
const nonNegative = (values: unknown[][]) =>
  values.filter(([n]) => (typeof n === "bigint" ? n >= 0n : (n as number) >= 0));

const FORMATS = ["D", "d8", "D12", "N", "n0", "N3", "F", "f0", "F4"];

export const numberFormatCases: SnippetSpec[] = [
  ...FORMATS.map((format) => ({
    id: `Int32.ToString("${format}")`,
    source: `(n: int) => n.ToString("${format}")`,
    inputs: intValues,
  })),
  ...FORMATS.map((format) => ({
    id: `Int64.ToString("${format}")`,
    source: `(n: long) => n.ToString("${format}")`,
    inputs: longValues,
  })),
  ...["X", "x4", "X12"].flatMap((format) => [
    {
      id: `Int32.ToString("${format}")`,
      source: `(n: int) => n.ToString("${format}")`,
      inputs: nonNegative(intValues),
    },
    {
      id: `Int64.ToString("${format}")`,
      source: `(n: long) => n.ToString("${format}")`,
      inputs: nonNegative(longValues),
    },
  ]),
  {
    id: "ToString(format) of an int expression",
    source:
      '(a: int, b: int) => (a % 1000 + b % 1000).ToString("D4") + "/" + (a / 7 as int).ToString("N0")',
    inputs: intValues.map(([a], i) => [a, intValues[(i + 3) % intValues.length]![0]]),
  },
];
