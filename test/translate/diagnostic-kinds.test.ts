// Each refused construct is reported once, with the kind that says what is wrong and what to
// write: JavaScript's global objects are APIM1019 naming the global and the .NET member (never a
// missing build-time value or an unknown member downstream), a refused destructuring does not
// make every later use of its names an APIM1009, and a regex pattern held in a module constant is
// a build-time string, checked like a literal.
import { beforeAll, describe, expect, it } from "vitest";
import { runBatch, type BatchReport } from "../../harness/conformance/index.ts";
import { printExpression } from "../../src/csharp-syntax/printer.ts";

const DECLARATIONS = `const PATTERN = "^[0-9a-f]+$";\nconst WHITESPACE = "^\\\\s+$";`;

const SNIPPETS: Record<string, { source: string; codes: string[]; part?: string }> = {
  stringify: { source: `(s: string) => JSON.stringify(s)`, codes: ["APIM1019"], part: "JSON" },
  parseField: {
    source: `(s: string) => JSON.parse(s).field as string`,
    codes: ["APIM1019"],
    part: "Json.NET",
  },
  dateNow: {
    source: `(s: string) => Date.now() > 0`,
    codes: ["APIM1019"],
    part: "DateTime.UtcNow",
  },
  objectKeys: {
    source: `(context: Context) => Object.keys(context.Request.Headers).length`,
    codes: ["APIM1019"],
    part: "Keys",
  },
  parseInt: { source: `(s: string) => parseInt(s)`, codes: ["APIM1019"], part: "int.Parse" },
  encode: {
    source: `(s: string) => encodeURIComponent(s)`,
    codes: ["APIM1019"],
    part: "WebUtility.UrlEncode",
  },
  destructuring: {
    source: `(s: string) => { const [a, b] = s.split(","); return a + b + a + b; }`,
    codes: ["APIM1001"],
  },
  regexConstant: { source: `(s: string) => Regex.IsMatch(s, PATTERN)`, codes: [] },
  regexConstantChecked: {
    source: `(s: string) => Regex.IsMatch(s, WHITESPACE)`,
    codes: ["APIM1016"],
    part: "U+0085",
  },
  optionalIndex: {
    source: `(a: string[] | null) => a?.[0] ?? ""`,
    codes: ["APIM1018"],
    part: "a == null ? null : a[0]",
  },
};

describe("diagnostic kinds", () => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch(
      "diagnostic-kinds",
      Object.entries(SNIPPETS).map(([id, { source }]) => ({ id, source })),
      { declarations: DECLARATIONS },
    );
  }, 120_000);

  for (const [id, expected] of Object.entries(SNIPPETS)) {
    it(`${id}: ${expected.codes.join(", ") || "translates"}`, () => {
      const result = report.results.find((r) => r.id === id)!;
      expect(result.codes, result.diagnostics.join("\n")).toEqual(expected.codes);
      if (expected.part) expect(result.diagnostics.join("\n")).toContain(expected.part);
    });
  }

  it("writes invisible and space-like characters of C# string literals as escapes", () => {
    const text = printExpression({
      kind: "string",
      value: "a\u00a0b\u2000\u200b\ufeff\u00ad\u0085c",
    });
    expect(text).toBe('"a\\u00A0b\\u2000\\u200B\\uFEFF\\u00AD\\u0085c"');
  });
});
