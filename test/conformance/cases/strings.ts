// Conformance cases: the string rows of docs/translation.md and the operators on strings and ints.
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { caseStrings, ints, one, smallInts, strings, two } from "../generators.ts";

const N = 220;
const s = one(strings(N, 1));
const pairs = two(strings(N, 2), [...strings(N, 3).slice(0, 40), "", "a", "%", "\u{1F600}"]);

export const stringCases: SnippetSpec[] = [
  { id: "string.length", source: "(s: string) => s.length", inputs: s },
  { id: "string.startsWith", source: "(s: string, p: string) => s.startsWith(p)", inputs: pairs },
  { id: "string.endsWith", source: "(s: string, p: string) => s.endsWith(p)", inputs: pairs },
  { id: "string.includes", source: "(s: string, p: string) => s.includes(p)", inputs: pairs },
  { id: "string.indexOf", source: "(s: string, p: string) => s.indexOf(p)", inputs: pairs },
  {
    id: "string.toLowerCase",
    source: "(s: string) => s.toLowerCase()",
    inputs: one(caseStrings(N, 4)),
  },
  {
    id: "string.toUpperCase",
    source: "(s: string) => s.toUpperCase()",
    inputs: one(caseStrings(N, 5)),
  },
  { id: "string.trim", source: "(s: string) => s.trim()", inputs: s },
  { id: "string.trimStart", source: "(s: string) => s.trimStart()", inputs: s },
  { id: "string.trimEnd", source: "(s: string) => s.trimEnd()", inputs: s },
  { id: "string.replaceAll", source: '(s: string) => s.replaceAll("a", "<{b}>")', inputs: s },
  {
    id: "string.replaceAll-surrogate",
    source: '(s: string) => s.replaceAll("\\u{1F600}", "?")',
    inputs: s,
  },
  { id: "string.split-char", source: '(s: string) => s.split(",")', inputs: s },
  { id: "string.split-string", source: '(s: string) => s.split(", ")', inputs: s },
  { id: "string.substring-2", source: "(s: string) => s.substring(1, 3)", inputs: s },
  { id: "string.substring-swapped", source: "(s: string) => s.substring(3, 1)", inputs: s },
  { id: "string.substring-1", source: "(s: string) => s.substring(2)", inputs: s },
  {
    id: "string.equality",
    source: '(a: string, b: string) => (a === b ? "same" : a !== b + a ? "different" : "b empty")',
    inputs: pairs,
  },
  {
    id: "string.template",
    source: "(a: string, n: int) => `<${a}>{${n}}`",
    inputs: two(strings(N, 6), ints(N, 7)),
  },
  {
    id: "string.concat-int",
    source: '(a: string, n: int) => a + n + "/" + (n + 1)',
    inputs: two(strings(N, 8), smallInts(N, 9)),
  },
  {
    id: "string.nullish",
    source: '(a: string | null, b: string) => (a ?? b) + (a == null ? "!" : "")',
    inputs: two([null, ...strings(N, 10)], strings(N, 11)),
  },
  {
    id: "int.division",
    source: "(a: int, b: int) => a / b",
    inputs: two(ints(N, 12), [...smallInts(N, 13)]),
  },
  {
    id: "int.arithmetic",
    source: "(a: int, b: int) => a - b * 3 + (a % 7)",
    inputs: two(smallInts(N, 14), smallInts(N, 15)),
  },
  {
    id: "int.comparison",
    source: "(a: int, b: int) => a < b ? -1 : a > b ? 1 : a <= b && a >= b ? 0 : 2",
    inputs: two(ints(N, 16), ints(N, 17)),
  },
];
