// The lenient reader of policy XML (src/import/xml-reader.ts): both content formats the emitter
// writes (src/emit/xml-printer.ts: "xml" escapes expressions, "rawxml" writes them verbatim)
// read back to the same expression text; malformed input fails at its offset.
import { describe, expect, it } from "vitest";
import { ScanError } from "../../src/import/expression-scan.ts";
import { readPolicyXml, type ReadElement, type ReadValue } from "../../src/import/xml-reader.ts";
import { printXml } from "../../src/emit/xml-printer.ts";

const CODE = '@(context.Request.Headers.GetValueOrDefault("a", "") != "<b>" && x < 2)';

function document(format: "xml" | "rawxml"): string {
  return printXml(
    {
      kind: "element",
      name: "policies",
      attributes: [],
      children: [
        {
          kind: "element",
          name: "inbound",
          attributes: [],
          children: [
            {
              kind: "element",
              name: "set-header",
              attributes: [["name", { expression: CODE }]],
              children: [{ kind: "text", value: { expression: CODE } }],
            },
          ],
        },
      ],
    },
    format,
  );
}

const setHeader = (xml: string) =>
  (readPolicyXml(xml).root.children[0] as ReadElement).children[0] as ReadElement;

describe("xml reader", () => {
  it.each(["xml", "rawxml"] as const)(
    "reads expressions of the %s format back verbatim",
    (format) => {
      const element = setHeader(document(format));
      expect(element.attributes[0]!.value).toMatchObject({ kind: "expression", code: CODE });
      const text = element.children[0] as { value: ReadValue };
      expect(text.value).toMatchObject({ kind: "expression", code: CODE });
    },
  );

  it("reads the rawxml format's unescaped && and < when no quote hides them", () => {
    const xml =
      '<policies><inbound><set-variable name="v" value="@(a && b < c)" /></inbound></policies>';
    const value = (readPolicyXml(xml).root.children[0] as ReadElement).children[0] as ReadElement;
    expect(value.attributes[1]!.value).toMatchObject({ code: "@(a && b < c)" });
  });

  it("decodes entities in literals and keeps comments", () => {
    const xml =
      "<!-- top --><policies><!-- s --><inbound><set-method>A &amp; B</set-method></inbound></policies>";
    const read = readPolicyXml(xml);
    expect(read.leadingComments).toEqual(["top"]);
    expect(read.root.children[0]).toMatchObject({ kind: "comment", text: "s" });
    const method = (read.root.children[1] as ReadElement).children[0] as ReadElement;
    expect(method.children[0]).toMatchObject({ value: { kind: "literal", text: "A & B" } });
  });

  it("skips strings, characters and interpolation holes when it looks for the closing bracket", () => {
    const code = `@{ var s = $"a{(x ? ")" : "}")}b" + ')' + @"c""d("; return s; }`;
    const xml = `<policies><inbound><set-variable name="v" value="${code}" /></inbound></policies>`;
    const element = (readPolicyXml(xml).root.children[0] as ReadElement).children[0] as ReadElement;
    expect(element.attributes[1]!.value).toMatchObject({ code });
  });

  const offsetOf = (xml: string) => {
    try {
      readPolicyXml(xml);
    } catch (error) {
      if (error instanceof ScanError) return [error.offset, error.message];
      throw error;
    }
    return undefined;
  };

  it.each([
    // The '(' of "@(" that is never closed; the third quote of name=""".
    ['<policies><inbound a="@(x"/></policies>', 23, "never closed"],
    ['<policies><x name=""" /></policies>', 20, "unexpected '\"'"],
    ["<policies><inbound></policies>", 19, "closes <inbound>"],
    ["<policies><inbound>&bogus;</inbound></policies>", 19, "unknown entity"],
  ])("locates the problem in %s", (xml, offset, message) => {
    const [at, text] = offsetOf(xml)!;
    expect(at).toBe(offset);
    expect(text).toContain(message);
  });
});
