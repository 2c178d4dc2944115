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

const equalityCases: SnippetSpec[] = [
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

// The StringComparison overloads of String's instance members and string.Compare: a text and a
// piece of it (prefix, suffix, middle) in another case, an unrelated word, "" and null.
const pieces: [string, string | null][] = words.flatMap((w, i): [string, string | null][] => {
  const cut = (i % 4) + 1;
  const other = words[(i + 7) % words.length]!;
  const upper = i % 2 === 0 ? w.toUpperCase() : w.toLowerCase();
  return [
    [w, upper.slice(0, cut)],
    [w, upper.slice(-cut)],
    [w, upper.slice(1, 1 + cut)],
    [w, i % 5 === 0 ? "" : i % 5 === 1 ? null : other],
  ];
});
const comparisons: SnippetSpec[] = ["Ordinal", "OrdinalIgnoreCase"].flatMap((comparison) => [
  {
    id: `String.StartsWith(value, StringComparison.${comparison})`,
    source: `(a: string, b: string) => a.StartsWith(b, StringComparison.${comparison})`,
    inputs: pieces,
  },
  {
    id: `String.EndsWith(value, StringComparison.${comparison})`,
    source: `(a: string, b: string) => a.EndsWith(b, StringComparison.${comparison})`,
    inputs: pieces,
  },
  {
    id: `String.IndexOf(value, StringComparison.${comparison})`,
    source: `(a: string, b: string) => a.IndexOf(b, StringComparison.${comparison})`,
    inputs: pieces,
  },
  {
    id: `String.Equals(value, StringComparison.${comparison})`,
    source: `(a: string, b: string | null) => a.Equals(b, StringComparison.${comparison})`,
    inputs: [...casePairs.filter((p) => p[0] !== null), ...pieces],
  },
  {
    id: `String.Compare(a, b, StringComparison.${comparison})`,
    source: `(a: string | null, b: string | null) => string.Compare(a, b, StringComparison.${comparison}) < 0 ? "before" : 0 === (string.Compare(a, b, StringComparison.${comparison})) ? "same" : "after"`,
    inputs: [...casePairs, ...pieces],
  },
]);
export const comparisonCases: SnippetSpec[] = [...equalityCases, ...comparisons];
