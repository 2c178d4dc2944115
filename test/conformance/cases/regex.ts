// Conformance cases: System.Text.RegularExpressions beyond IsMatch: Regex.Match (Success, Value,
// Index, Length, Groups by number and by name), Regex.Matches (Count, the indexer), Regex.Replace
// with every substitution the translator lets through, Regex.Split, and the options IgnoreCase,
// Multiline and Singleline. Patterns are generated (fast-check, fixed seeds) from the subset both
// engines agree on: literals, escapes, classes, `.`, anchors, greedy and lazy quantifiers,
// alternation and capturing groups (numbered, or named), checked by the translator's own
// rewritePattern; inputs are random strings over the characters the patterns name plus \n, \r,
// upper case and punctuation, so empty matches, line ends and missed groups are all reached.
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { rewritePattern } from "../../../src/translate/members/regex.ts";
import { RegexOptionsValues, RegexStatics } from "../../../harness/dotnet/regex.ts";
import { one } from "../generators.ts";

const N = 48;
const OPTIONS = [
  "",
  "RegexOptions.IgnoreCase",
  "RegexOptions.Multiline",
  "RegexOptions.Singleline",
];
const ATOMS = ["a", "b", "c", "\\.", "[ab]", "[^a\\n]", ".", "[a-c]", "x", "\\n"];
const QUANTIFIERS = ["", "", "", "*", "+", "?", "{1,2}", "*?", "+?", "{2}"];

const atom = fc
  .tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS))
  .map((p) => p.join(""));
const sequence = fc.array(atom, { minLength: 1, maxLength: 3 }).map((p) => p.join(""));
/** A top-level piece: a sequence, or a group around sequences (never nested, so never repeated captures). */
const piece = (named: boolean) =>
  fc.oneof(
    sequence,
    fc
      .tuple(
        fc.array(sequence, { minLength: 1, maxLength: 2 }),
        fc.constantFrom("", "", "?", "*", "+"),
        fc.boolean(),
      )
      .map(([alternatives, quantifier, capturing]) => {
        const body = alternatives.join("|");
        return capturing || named
          ? `(${named ? "?<g>" : ""}${body})${quantifier}`
          : `(?:${body})${quantifier}`;
      }),
  );
const patternOf = (named: boolean) =>
  fc
    .tuple(
      fc.constantFrom("", "^"),
      fc.array(piece(named), { minLength: 1, maxLength: 3 }),
      fc.constantFrom("", "$"),
    )
    .map(([start, pieces, end]) => {
      let n = 0;
      // Named groups get distinct names: g1, g2, ...
      return start + pieces.join("").replace(/\?<g>/g, () => `?<g${++n}>`) + end;
    });

const inputs = [
  "",
  "a",
  "abc",
  "a\nb",
  "ab\r\nc",
  "x.x",
  "AbC\nabc\n",
  ...fc.sample(
    fc.array(fc.constantFrom(..."abcxABC.\n\r -"), { maxLength: 9 }).map((p) => p.join("")),
    { numRuns: N, seed: 1311 },
  ),
];

interface GeneratedPattern {
  readonly pattern: string;
  readonly options: string;
  readonly groups: number;
  readonly names: readonly string[];
}

/**
 * Whether the pattern's first match differs across the inputs (by the twin, which the batch then
 * checks against mono): a pattern that answers every input alike tests nothing.
 */
function discriminates(pattern: string, options: string): boolean {
  const flags = RegexOptionsValues[(options.split(".")[1] ?? "None") as "None"];
  const outcomes = new Set(
    inputs.map((s) => {
      const m = RegexStatics.Match(s, pattern, flags);
      return `${m.Success}:${m.Index}:${m.Value}`;
    }),
  );
  return outcomes.size >= 3;
}

function generated(named: boolean, count: number, seed: number): GeneratedPattern[] {
  return fc
    .sample(fc.tuple(patternOf(named), fc.constantFrom(...OPTIONS)), { numRuns: count * 6, seed })
    .flatMap(([pattern, options]) => {
      const flags = {
        ignoreCase: options.endsWith("IgnoreCase"),
        multiline: options.endsWith("Multiline"),
        singleline: options.endsWith("Singleline"),
      };
      const rewrite = rewritePattern(pattern, flags);
      return rewrite.ok && discriminates(pattern, options)
        ? [{ pattern, options, groups: rewrite.groups.count, names: rewrite.groups.names }]
        : [];
    })
    .slice(0, count);
}

const literal = (s: string) => JSON.stringify(s);
const withOptions = (options: string) => (options ? `, ${options}` : "");

/** Replacements that name only groups the pattern has, with every substitution form. */
function replacementFor(p: GeneratedPattern, i: number): string {
  const forms = ["<$&>", "$$", "[$`|$']", "-", ""];
  if (p.groups > 0) forms.push("{$1}", "${1}$0", `$${p.groups}.`);
  if (p.names.length > 0) forms.push(`(\${${p.names[0]}})`);
  return forms.slice(i % 2).join("");
}

const numbered = generated(false, 18, 1312);
const named = generated(true, 10, 1313);

export const regexCases: SnippetSpec[] = [
  ...[...numbered, ...named].flatMap((p, i): SnippetSpec[] => [
    {
      id: `Regex.Matches.${i}`,
      source: `(s: string) => { const ms = Regex.Matches(s, ${literal(p.pattern)}${withOptions(p.options)}); let out = "" + ms.Count; for (let k = 0; k < ms.Count; k++) { const m = ms[k]!; out = out + "|" + m.Index + ":" + m.Length + ":" + m.Value; } return out; }`,
      inputs: one(inputs),
    },
    {
      id: `Regex.Match.Groups.${i}`,
      source: `(s: string) => { const m = Regex.Match(s, ${literal(p.pattern)}${withOptions(p.options)}); let out = (m.Success ? "y" : "n") + m.Groups.Count; for (let k = 0; k < m.Groups.Count; k++) { const g = m.Groups[k]!; out = out + "|" + (g.Success ? "y" : "n") + g.Index + ":" + g.Length + ":" + g.Value; } return out${p.names.length ? ` + "#" + m.Groups[${literal(p.names[0]!)}]!.Value` : ""}; }`,
      inputs: one(inputs),
    },
    {
      id: `Regex.Replace.${i}`,
      source: `(s: string) => Regex.Replace(s, ${literal(p.pattern)}, ${literal(replacementFor(p, i))}${withOptions(p.options)})`,
      inputs: one(inputs),
    },
    {
      id: `Regex.Split.${i}`,
      source: `(s: string) => Regex.Split(s, ${literal(p.pattern)}${withOptions(p.options)})`,
      inputs: one(inputs),
    },
  ]),
  // Fixed edges: a failed match's groups, names and numbers of no group, the indexer past the end,
  // empty matches in Split and Replace, null input.
  {
    id: "Regex.Match.failed",
    source:
      '(s: string) => { const m = Regex.Match(s, "(?<year>[0-9]{4})-(?<month>[0-9]{2})"); return m.Groups.Count + "|" + m.Groups["year"]!.Value + "|" + (m.Groups["nope"]!.Success ? "y" : "n") + "|" + m.Groups[7]!.Value + "|" + m.Groups[-1]!.Index + "|" + m.Index + m.Value; }',
    inputs: one(["2024-05", "x2024-1", "", "1999-12-31"]),
  },
  {
    id: "Regex.Matches.indexer",
    source: '(s: string, i: int) => Regex.Matches(s, "[a-c]+")[i]!.Value',
    inputs: [
      ["abxc", 0],
      ["abxc", 1],
      ["abxc", 2],
      ["abxc", -1],
      ["", 0],
    ],
  },
  {
    id: "Regex.Split.empty",
    source: '(s: string) => Regex.Split(s, "x*")',
    inputs: one(["", "abc", "xax", "axxb"]),
  },
  {
    id: "Regex.Replace.empty",
    source: '(s: string) => Regex.Replace(s, "(a)?", "[$1]")',
    inputs: one(["", "ab", "ba", "aa"]),
  },
  {
    id: "Regex.null",
    source:
      '(s: string | null, r: string | null) => Regex.Replace(s, "a", r) + Regex.Split(s, "b").length',
    inputs: [
      [null, "x"],
      ["abc", null],
      ["abc", "x"],
      ["bab", "$$"],
    ],
  },
  {
    id: "Regex.IsMatch.options",
    source:
      '(s: string) => (Regex.IsMatch(s, "^b$", RegexOptions.Multiline) ? "m" : "-") + (Regex.IsMatch(s, "a.b", RegexOptions.Singleline) ? "s" : "-") + (Regex.IsMatch(s, "AB", RegexOptions.IgnoreCase) ? "i" : "-") + (Regex.IsMatch(s, "^b", RegexOptions.None) ? "n" : "-")',
    inputs: one(["a\nb", "a\rb", "ab", "b\r\n", "a\u2028b", "AB", "Ab\nb"]),
  },
];
