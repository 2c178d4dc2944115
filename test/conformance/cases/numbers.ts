// Conformance cases: C#'s numbers as policies convert them: int/long/double Parse and TryParse
// (invariant culture), Convert.ToInt32/ToInt64/ToDouble/ToBoolean of strings and numbers, and
// explicit casts between numeric types (`x as int`: truncation toward zero). Inputs are generated
// (fast-check, fixed seeds) from number-shaped text with the parser's edge cases: signs, white
// space inside and outside .NET's set (U+00A0, U+0085), trailing NULs, group separators,
// exponents, "Infinity"/"NaN", and values at and beyond int's and long's range.
// Longs beyond 2^53 are exact (the harness holds them as bigints; see also cases/integers.ts).
// Not generated (documented in README.md): mantissas of more than 15 digits (mono's parser is not
// correctly rounded there), and results below 1e-300 (mono's "R" formatting of subnormals).
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { doubles, ints, one, smallInts, two } from "../generators.ts";

const N = 300;
const SPACE = [
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  " ",
  "\t",
  "\n",
  "\r",
  "\u000B",
  "\f",
  "\u00A0",
  "\u0085",
  "\u2000",
  "\0",
  "\0\0",
];
const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
/** Mostly absent: the part in one case of `rarity`. */
const rarely = (arbitrary: fc.Arbitrary<string>, rarity: number) =>
  fc.oneof({ weight: rarity - 1, arbitrary: fc.constant("") }, { weight: 1, arbitrary });

/** Number-shaped text: [space][sign]digits[,digits][.digits][e±digits][space][NUL], and junk. */
export function numberTexts(count: number, seed: number): (string | null)[] {
  const shaped = fc
    .tuple(
      fc.constantFrom(...SPACE),
      fc.constantFrom("", "", "", "", "", "-", "-", "+", "--", "+-"),
      fc.oneof(digits(4), digits(9), digits(11)),
      rarely(
        fc.tuple(fc.constantFrom(",", ",,"), digits(3)).map((p) => p.join("")),
        6,
      ),
      rarely(
        digits(4).map((d) => `.${d}`),
        4,
      ),
      rarely(
        fc
          .tuple(
            fc.constantFrom("e", "E"),
            fc.constantFrom("", "+", "-"),
            fc.integer({ min: 0, max: 30 }),
          )
          .map((p) => p.join("")),
        5,
      ),
      fc.constantFrom(...SPACE),
    )
    .map((parts) => parts.join(""))
    .filter((s) => s.replace(/[^0-9]/g, "").replace(/^0+/, "").length <= 15);
  const edges = [
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "9007199254740991",
    "-9007199254740991",
    "9223372036854775808",
    "9223372036854775807",
    "-9223372036854775808",
    "9007199254740993",
    "-9007199254740993",
    "99999999999999999999",
    "1e309",
    "-1e309",
    ".5",
    "5.",
    ".",
    ",",
    "1,",
    ",1",
    "0x1F",
    "Infinity",
    "-Infinity",
    "NaN",
    "nan",
    "∞",
    " Infinity ",
    "",
    " ",
    "-0",
    "1e",
    "1e+",
    "١٢",
    "7\0",
    "7\0 ",
    "7 \0",
  ];
  const plain = fc
    .tuple(fc.constantFrom("", "", "-", " "), fc.oneof(digits(5), digits(10)))
    .map((p) => p.join(""));
  return [null, ...edges, ...fc.sample(fc.oneof(shaped, plain), { numRuns: count, seed })].slice(
    0,
    count,
  );
}

const booleanTexts = [
  null,
  "true",
  "True",
  "TRUE",
  " false ",
  "\ttrue\0",
  "False\u00A0",
  "1",
  "0",
  "yes",
  "",
  "tru",
  "true false",
];
const texts = one(numberTexts(N, 1301));
// Doubles whose rounding to an integer is exact in both languages, with halves and range edges.
const rounding = one([
  ...doubles(N, 1302),
  0.5,
  1.5,
  2.5,
  -2.5,
  -0.5,
  2147483647.4,
  2147483647.5,
  -2147483648.5,
  -2147483648.6,
  9007199254740991,
  1e19,
  -1e19,
  0.49999999999999994,
]);

export const numberCases: SnippetSpec[] = [
  // Parse and TryParse
  { id: "Int32.Parse", source: "(s: string | null) => int.Parse(s)", inputs: texts },
  { id: "Int64.Parse", source: "(s: string | null) => long.Parse(s)", inputs: texts },
  { id: "Double.Parse", source: "(s: string | null) => double.Parse(s)", inputs: texts },
  {
    id: "Int32.TryParse",
    source:
      "(s: string | null) => { const [ok, value] = int.TryParse(s); return ok ? value : -1; }",
    inputs: texts,
  },
  {
    id: "Int64.TryParse",
    source:
      "(s: string | null) => { const [ok, value] = long.TryParse(s); return ok ? value + 1 : -1; }",
    inputs: texts,
  },
  {
    id: "Double.TryParse",
    source:
      "(s: string | null) => { const [ok, value] = double.TryParse(s); if (ok) { return value; } return -0.5; }",
    inputs: texts,
  },
  {
    id: "Int32.MaxMin",
    source: "(n: int) => n === int.MaxValue || n === int.MinValue",
    inputs: one(ints(40, 1303)),
  },
  // Convert
  {
    id: "Convert.ToInt32.string",
    source: "(s: string | null) => Convert.ToInt32(s)",
    inputs: texts,
  },
  {
    id: "Convert.ToInt64.string",
    source: "(s: string | null) => Convert.ToInt64(s)",
    inputs: texts,
  },
  {
    id: "Convert.ToDouble.string",
    source: "(s: string | null) => Convert.ToDouble(s)",
    inputs: texts,
  },
  {
    id: "Convert.ToBoolean.string",
    source: "(s: string | null) => Convert.ToBoolean(s)",
    inputs: one(booleanTexts),
  },
  { id: "Convert.ToInt32.double", source: "(x: double) => Convert.ToInt32(x)", inputs: rounding },
  { id: "Convert.ToInt64.double", source: "(x: double) => Convert.ToInt64(x)", inputs: rounding },
  {
    id: "Convert.ToBoolean.double",
    source: "(x: double) => Convert.ToBoolean(x)",
    inputs: rounding,
  },
  {
    id: "Convert.ToDouble.int",
    source: "(n: int) => Convert.ToDouble(n) / 2",
    inputs: one(ints(N, 1304)),
  },
  {
    id: "Convert.ToInt32.bool",
    source: "(b: boolean) => Convert.ToInt32(b) * 2 + Convert.ToInt64(!b)",
    inputs: [[true], [false]],
  },
  // Explicit casts between numeric types
  // C# leaves (int) and (long) of NaN, infinities and out-of-range doubles unspecified
  // (C# spec, "Explicit numeric conversions"): those inputs are kept out (README.md).
  {
    id: "cast.double-int",
    source: "(x: double) => x as int",
    inputs: one(doubles(N, 1305).filter((x) => Number.isFinite(x) && Math.abs(x) < 2 ** 31)),
  },
  {
    id: "cast.double-long",
    source: "(x: double) => (x * 1000) as long",
    inputs: one(doubles(N, 1306).filter((x) => Number.isFinite(x) && Math.abs(x * 1000) < 2 ** 53)),
  },
  {
    id: "cast.long-int",
    source: "(s: string) => long.Parse(s) as int",
    inputs: one([
      "0",
      "2147483647",
      "2147483648",
      "4294967297",
      "-2147483649",
      "-4294967296",
      "123456789012",
      "9007199254740993",
      "9223372036854775807",
      "-9223372036854775807",
    ]),
  },
  { id: "cast.int-double", source: "(n: int) => (n as double) / 3", inputs: one(ints(N, 1307)) },
  // Integer division as C# writes it: the truncated quotient of real division
  {
    id: "cast.quotient",
    source: "(a: int, b: int) => (a / b) as int",
    inputs: two(ints(N, 1308), [...smallInts(N, 1309).filter((b) => b !== 0), 7, -7]),
  },
  // int and long where double is expected (C# widens): .NET members, helpers and locals
  {
    id: "widen.AddSeconds",
    source: "(context: Context) => context.Timestamp.AddSeconds(context.Response.StatusCode)",
    contexts: [200, 404, -5, 86400].map((statusCode) => ({
      now: "2030-06-15T12:00:00Z",
      timestamp: "2030-06-15T11:59:59Z",
      response: { statusCode, statusReason: "", headers: {}, body: null },
    })),
  },
  { id: "widen.helper", source: "(n: int) => half(n)", inputs: one(ints(N, 1310)) },
  {
    id: "widen.local",
    source:
      "(n: int, m: long) => { const d: double = n; const e: double = m; const l: long = n; return d / 2 + e / 4 + l; }",
    inputs: two(ints(N, 1311), ints(N, 1312)),
  },
];

/** Declarations the number cases share (a helper taking a double). */
export const numberDeclarations = `const half = (x: double) => x / 2;`;
