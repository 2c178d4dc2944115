// Regex.IsMatch runs JavaScript's RegExp in the harness and .NET's Regex in APIM. The translator
// lets through only patterns both engines agree on, rewritten where they spell it differently;
// the same inputs are matched by both engines here to prove it.
import { describe, expect, it } from "vitest";
import { rewritePattern } from "../../src/translate/members/regex.ts";
import { stringLiteral } from "../../src/csharp-syntax/printer.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { csharpBooleans } from "./support/csharp-booleans.ts";

const PATTERNS = [
  "^[0-9A-F]{40}$",
  "^CN=.+, O=Contoso$",
  "a.c",
  "^(?:ab|cd)+?x*$",
  "\\.\\$\\u00e9",
  "^[^,]{1,3}$",
  "x{2,}",
];
const INPUTS = [
  "",
  "abc",
  "a\nc",
  "a\rc",
  "a\u2028c",
  "C9AF2C74A22DBCA898BF291E8B84C68E5D3661F0",
  "C9AF2C74A22DBCA898BF291E8B84C68E5D3661F0\n",
  "CN=x, O=Contoso",
  "CN=x, O=Contoso\n",
  "ababx",
  "cd",
  ".$é",
  "ab,",
  "xxx",
  "x",
];

describe("Regex pattern subset", () => {
  it("refuses what the engines disagree on, with the reason", () => {
    for (const [pattern, reason] of [
      ["\\d+", /Unicode-aware/],
      ["\\bword", /Unicode-aware/],
      ["(?<=a)b", /lookarounds/],
      ["(a)\\1", /different things/],
      ["a{", /literal '\{'/],
      ["[a", /unterminated/],
    ] as const) {
      const result = rewritePattern(pattern);
      expect(result.ok, pattern).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(reason);
    }
  });

  it("rewrites $ and . to their .NET spellings", () => {
    expect(rewritePattern("^a.b$")).toMatchObject({
      ok: true,
      pattern: "^a[^\\n\\r\\u2028\\u2029]b\\z",
    });
    expect(rewritePattern("[.$]")).toMatchObject({ ok: true, pattern: "[.$]" });
  });

  it("keeps $ and . where Multiline and Singleline give them .NET's meaning", () => {
    expect(rewritePattern("^a.b$", { multiline: true })).toMatchObject({
      pattern: "^a[^\\n\\r\\u2028\\u2029]b$",
    });
    expect(rewritePattern("^a.b$", { singleline: true })).toMatchObject({ pattern: "^a.b\\z" });
  });

  it("counts and names the groups", () => {
    expect(rewritePattern("(a)(?:b)(c)")).toMatchObject({ groups: { count: 2, names: [] } });
    expect(rewritePattern("^/(?<tenant>[a-z]+)/v(?<version>[0-9]+)")).toMatchObject({
      groups: { count: 2, names: ["tenant", "version"] },
    });
  });

  it("refuses the group shapes the engines number or capture differently", () => {
    for (const [pattern, reason, options] of [
      ["(?<a>x)(y)", /numbered differently/, {}],
      ["(?<a>x)(?<a>y)", /used twice/, {}],
      ["(?<Count>x)", /member/, {}],
      ["(?:(a)|b)+", /cleared at each repetition/, {}],
      ["(a?)?", /empty text/, {}],
      ["(a|)*", /empty text/, {}],
      ["(?<n>[0-9]*)?", /empty text/, {}],
      ["é", /ASCII/, { ignoreCase: true }],
      ["\\u00e9", /ASCII/, { ignoreCase: true }],
    ] as const) {
      const result = rewritePattern(pattern, options);
      expect(result.ok, pattern).toBe(false);
      if (!result.ok) expect(result.problem, pattern).toMatch(reason);
    }
    // Non-empty or non-capturing repeated groups are the same in both engines.
    for (const pattern of ["(a+)?", "(ab)+", "(?:a?)*", "(a|b)*", "(?<x>a{1,2})?"])
      expect(rewritePattern(pattern).ok, pattern).toBe(true);
  });
});

describeWithCSharp("Regex patterns in both engines", () => {
  it("match the same inputs in JavaScript and .NET", async () => {
    const cases = PATTERNS.flatMap((pattern) => INPUTS.map((input) => ({ pattern, input })));
    const csharp = await csharpBooleans(
      cases.map(({ pattern, input }) => {
        const rewritten = rewritePattern(pattern);
        if (!rewritten.ok) throw new Error(rewritten.problem);
        return `@(Regex.IsMatch(${stringLiteral(input)}, ${stringLiteral(rewritten.pattern)}))`;
      }),
    );
    const mismatches: string[] = [];
    cases.forEach(({ pattern, input }, i) => {
      const js = new RegExp(pattern).test(input);
      if (csharp[i] !== js)
        mismatches.push(`${pattern} on ${JSON.stringify(input)}: JS ${js}, C# ${csharp[i]}`);
    });
    expect(mismatches).toEqual([]);
  });
});
