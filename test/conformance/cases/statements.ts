// Conformance cases: switch on strings and ints, while, the classic for loop, break and continue,
// and locals declared without an initializer (src/translate/switch.ts, loops.ts, statements.ts).
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one, smallInts, stringArrays, strings, two } from "../generators.ts";

const N = 150;
// Header-like words, some of which the switch cases name, and null.
const methods = one<string | null>([
  null,
  "GET",
  "get",
  "POST",
  "PUT",
  "DELETE",
  "",
  ...strings(N, 1801),
]);

export const statementCases: SnippetSpec[] = [
  {
    id: "switch on a string: shared labels, default, null goes to default",
    source:
      '(m: string | null) => { let kind: string; switch (m) { case "GET": case "HEAD": kind = "read"; break; case "POST": case "PUT": kind = "write"; break; case "": return "empty"; default: kind = "other"; } return kind + ":" + (m ?? "null"); }',
    inputs: methods,
  },
  {
    id: "switch on an int: return from every section",
    source:
      '(n: int) => { switch (n % 4) { case 0: return "zero"; case 1: case -1: return "one"; case 2: return "two"; default: return "rest " + n; } }',
    inputs: one(smallInts(N, 1802)),
  },
  {
    id: "while with break and continue",
    source:
      '(a: string[]) => { let i = 0; let out = ""; while (i < a.length) { const item = a[i]!; i = i + 1; if (item === "") { continue; } if (item === "x") { break; } out = out + item + ";"; } return out + "|" + i; }',
    inputs: one(stringArrays(N, 1803)),
  },
  {
    id: "for (let i = 0; i < n; i++) over an array, with continue",
    source:
      '(a: string[]) => { let out = ""; for (let i = 0; i < a.length; i++) { const item = a[i]!; if (item === "") { continue; } out = out + i + "=" + item + ";"; } return out; }',
    inputs: one(stringArrays(N, 1804)),
  },
  {
    id: "for counting down with i--, and a break",
    source:
      "(n: int, stop: int) => { let total = 0; for (let i = n; i > 0; i--) { if (i === stop) { break; } total = total + i; } return total; }",
    inputs: two(
      smallInts(40, 1805).map((v) => Math.abs(v) % 50),
      smallInts(5, 1806).map((v) => Math.abs(v) % 30),
    ),
  },
  {
    id: "while (true) left by return only",
    source: "(n: int) => { let i = 1; while (true) { if (i * i >= n) { return i; } i = i + 1; } }",
    inputs: one(smallInts(N, 1807).map((v) => Math.abs(v) % 10000)),
  },
  {
    id: "a local declared without an initializer, assigned on every path",
    source:
      '(s: string | null) => { let label: string; if (s == null) { label = "none"; } else if (s.length > 3) { label = "long"; } else { label = "short"; } return label; }',
    inputs: methods,
  },
];
