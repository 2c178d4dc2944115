// Conformance cases: string.Format's composite formatting (src/translate/members/string-format.ts,
// harness/dotnet/string-statics.ts): items, alignment both ways, brace escapes, null arguments.
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { ints, smallInts, strings } from "../generators.ts";

const N = 150;
const texts = [null, ...strings(N, 1901)];
const numbers = [...smallInts(40, 1902), ...ints(40, 1903)];
const pairs: [string | null, number][] = texts.map((s, i) => [s, numbers[i % numbers.length]!]);

export const formattingCases: SnippetSpec[] = [
  {
    id: "String.Format",
    source: '(s: string | null, n: int) => string.Format("{0}: {1} ({0})", s, n)',
    inputs: pairs,
  },
  {
    id: "String.Format with alignment and brace escapes",
    source:
      '(s: string | null, n: int) => string.Format("[{0,8}|{1,-6}|{1,3}] {{literal}} }}", s, n)',
    inputs: pairs,
  },
];

// string.Equals with StringComparison: case pairs drawn from one alphabet so that many are equal
// ignoring case, plus nulls.
const words = strings(N, 1904);
const casePairs: [string | null, string | null][] = [
  [null, null],
  [null, "a"],
  ["a", null],
  ...words.map((w, i): [string, string] =>
    i % 3 === 0
      ? [w, w.toUpperCase()]
      : i % 3 === 1
        ? [w, w.toLowerCase()]
        : [w, words[(i + 1) % words.length]!],
  ),
  ["straße", "STRASSE"],
  ["ǅ", "Ǆ"],
  ["ı", "I"],
  ["ſ", "S"],
  ["µ", "Μ"],
];

export const comparisonCases: SnippetSpec[] = [
  {
    id: "String.Equals(a, b, StringComparison.Ordinal)",
    source: "(a: string | null, b: string | null) => string.Equals(a, b, StringComparison.Ordinal)",
    inputs: casePairs,
  },
  {
    id: "String.Equals(a, b, StringComparison.OrdinalIgnoreCase)",
    source:
      "(a: string | null, b: string | null) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)",
    inputs: casePairs,
  },
  {
    id: "String.Concat",
    source: '(a: string | null, b: string | null) => string.Concat(a, "-", b)',
    inputs: casePairs,
  },
];
