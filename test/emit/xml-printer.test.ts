// The XML printer's layout (src/emit/xml-printer.ts), on trees built by hand: what no builder
// happens to produce today must still print as the format says (text children in order on the
// element's line, one element per line, LF line ends and a final newline).
import { describe, expect, it } from "vitest";
import { printXml, type PrintElement, type PrintNode } from "../../src/emit/xml-printer.ts";

const element = (name: string, children: PrintNode[] = []): PrintElement => ({
  kind: "element",
  name,
  attributes: [],
  children,
});
const text = (literal: string): PrintNode => ({ kind: "text", value: { literal } });

describe("the XML printer's layout", () => {
  it("writes several text children in order, nothing between them", () => {
    const root = element("policies", [element("set-body", [text("a<"), text("b"), text("&c")])]);
    expect(printXml(root, "xml")).toBe(
      ["<policies>", "    <set-body>a&lt;b&amp;c</set-body>", "</policies>", ""].join("\n"),
    );
  });

  it("ends the document with exactly one LF and uses LF between lines", () => {
    const xml = printXml(element("policies", [element("inbound", [element("base")])]), "rawxml");
    expect(xml).toBe("<policies>\n    <inbound>\n        <base />\n    </inbound>\n</policies>\n");
    expect(xml).not.toContain("\r");
  });
});
