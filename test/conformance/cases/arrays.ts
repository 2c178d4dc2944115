// Conformance cases: the array rows of docs/translation.md (LINQ in C#).
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one, stringArrays } from "../generators.ts";

const a = one(stringArrays(200, 21));

export const arrayCases: SnippetSpec[] = [
  { id: "array.some", source: '(a: string[]) => a.some(x => x.startsWith("a"))', inputs: a },
  { id: "array.every", source: "(a: string[]) => a.every(x => x.length > 0)", inputs: a },
  { id: "array.find", source: '(a: string[]) => a.find(x => x.includes("b")) ?? "-"', inputs: a },
  { id: "array.filter", source: '(a: string[]) => a.filter(x => x !== "x")', inputs: a },
  { id: "array.map", source: "(a: string[]) => a.map(x => `${x}${x.length}`)", inputs: a },
  { id: "array.length", source: "(a: string[]) => a.length", inputs: a },
  { id: "array.includes", source: '(a: string[]) => a.includes("é")', inputs: a },
  { id: "array.join", source: '(a: string[]) => a.join(", ")', inputs: a },
  { id: "array.join-default", source: "(a: string[]) => a.join()", inputs: a },
  { id: "array.element", source: '(a: string[]) => a[2] ?? "none"', inputs: a },
  { id: "array.split-join", source: '(a: string[]) => a.join(",").split(",").length', inputs: a },
];
