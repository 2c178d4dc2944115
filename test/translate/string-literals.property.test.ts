// Property: any string literal survives TS → C# → XML (rawxml and xml) → parse → C# unchanged,
// never puts a `{{` named-value token into the C#, and evaluates in C# to the JavaScript string.
// Inputs are sampled with fast-check from a fixed seed (deterministic) and run as ONE batch: one
// program, one mcs, one mono (an fc.assert per value would start mcs per value).
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, expect, it } from "vitest";
import { printXml, type PrintElement } from "../../src/emit/xml-printer.ts";
import { runBatch, divergences, type BatchReport } from "../../harness/conformance/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

const HARD = [
  '"',
  "\\",
  "{",
  "}",
  "{{",
  "}}",
  "{{x}}",
  "<",
  ">",
  "&",
  "&amp;",
  "]]>",
  "\n",
  "\r\n",
  "\r",
  "\t",
  "\0",
  "é",
  "\u{1F600}",
  "\u2028",
  "\u2029",
  "\u0085",
  "\uFEFF",
  "$",
  "${",
  "`",
  "'",
  "\uD800",
  "\uDFFF",
  "@(",
  ")",
  "--",
  "<!--",
];
const pieces = fc.array(
  fc.oneof(
    fc.constantFrom(...HARD),
    fc.string({ unit: "binary", maxLength: 6 }),
    fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
  ),
  { maxLength: 8 },
);
const values = [
  ...HARD,
  "",
  ...fc.sample(
    pieces.map((p) => p.join("")),
    { numRuns: 160, seed: 20260601 },
  ),
];

/** A TypeScript template literal's text for `value` (escapes \, ` and ${). */
function templateText(value: string): string {
  return [...value]
    .map((ch) =>
      ch === "\\" || ch === "`"
        ? `\\${ch}`
        : ch === "$"
          ? "\\$"
          : /[\uD800-\uDFFF]/.test(ch)
            ? `\\u${ch.charCodeAt(0).toString(16)}`
            : ch === "\r"
              ? "\\r"
              : ch,
    )
    .join("");
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

function document(csharp: string): PrintElement {
  return {
    kind: "element",
    name: "inbound",
    attributes: [],
    children: [
      {
        kind: "element",
        name: "set-variable",
        attributes: [
          ["name", { literal: "v" }],
          ["value", { expression: csharp }],
        ],
        children: [],
      },
      {
        kind: "element",
        name: "set-body",
        attributes: [],
        children: [{ kind: "text", value: { expression: csharp } }],
      },
    ],
  };
}

describeWithCSharp("string literals survive TS → C# → XML → C#", (toolchain) => {
  let report: BatchReport;
  beforeAll(async () => {
    const specs = values.flatMap((value, n) => [
      { id: `literal-${n}`, source: `() => ${JSON.stringify(value)}`, inputs: [[]] },
      {
        id: `template-${n}`,
        source: `(hole: string) => \`${templateText(value)}\${hole}${templateText(value)}\``,
        inputs: [["{h}"]],
      },
    ]);
    report = await runBatch("string-literals", specs, { toolchain });
  }, 120_000);

  it(`evaluates every literal in C# to the JavaScript string (${values.length * 2} snippets)`, () => {
    const failures = report.results.flatMap((r) => [
      ...r.diagnostics,
      ...r.problems,
      ...divergences(r),
    ]);
    expect(failures).toEqual([]);
    expect(report.stats.cases).toBe(values.length * 2);
  });

  it("never writes a `{{` (APIM's named-value token) into the C#", () => {
    for (const result of report.results) expect(result.csharp, result.source).not.toContain("{{");
  });

  it("round-trips the C# through both XML formats", () => {
    for (const result of report.results) {
      const csharp = result.csharp!;
      const raw = printXml(document(csharp), "rawxml");
      expect(raw).toContain(`value="${csharp}"`);
      expect(raw).toContain(`<set-body>${csharp}</set-body>`);
      const parsed = parser.parse(printXml(document(csharp), "xml")) as {
        inbound: { "set-variable": { value: string }; "set-body": string };
      };
      expect(parsed.inbound["set-variable"].value).toBe(csharp);
      expect(parsed.inbound["set-body"]).toBe(csharp);
    }
  });
});
