// Property tests of the XML printer's escaping, read back with saxes, a conformant XML 1.0 parser
// that normalises attribute values (XML 1.0 §3.3.3: a literal tab, LF or CR in an attribute
// becomes a space) and line ends (§2.11: CR LF and lone CR become LF), as the XML 1.0 parser
// APIM loads policies with does. A printer that forgets one escape changes the value APIM reads.
// Every character class is drawn: letters, XML's specials, whitespace, C0 and C1 controls, BMP
// text, astral characters, lone surrogates, noncharacters and line separators. Characters XML 1.0
// cannot carry at all (§2.2, Char) must be refused, never written into a broken document.
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import {
  printXml,
  type ContentFormat,
  type PrintElement,
  type PrintedValue,
} from "../../src/emit/xml-printer.ts";

/** Random samples; fewer under mutation testing (mutation/README.md), where every mutant reruns this file. */
const RUNS = process.env.MUTATE_AREA ? 200 : 2000;
/** Parses with saxes; returns the attributes and text of the first `<v>` element. */
function readBack(xml: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  let attribute: string | undefined;
  let text = "";
  let inside = false;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (tag.name === "v") {
      attribute = tag.attributes["value"] as string;
      inside = true;
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "v") inside = false;
  });
  parser.on("text", (t) => {
    if (inside) text += t;
  });
  parser.write(xml).close();
  return { attribute: attribute!, text };
}

function documentWith(value: PrintedValue): PrintElement {
  return {
    kind: "element",
    name: "inbound",
    attributes: [],
    children: [
      {
        kind: "element",
        name: "v",
        attributes: [["value", value]],
        children: [{ kind: "text", value }],
      },
    ],
  };
}

const CLASSES: Readonly<Record<string, readonly string[]>> = {
  letters: ["a", "Z", "0", " "],
  xmlSpecials: ["&", "<", ">", '"', "'", "]]>", "&amp;", "&#x9;", "<!--", "<![CDATA["],
  whitespace: ["\t", "\n", "\r", "\r\n", " ", "\u00A0", "\u3000"],
  lineSeparators: ["\u0085", "\u2028", "\u2029"],
  c1AndDel: ["\u007F", "\u0080", "\u009F"],
  bmp: ["é", "ß", "漢", "\uFEFF", "\uFFFD", "\uE000"],
  astral: ["\u{1F600}", "\u{10000}", "\u{10FFFF}", "\u{20000}"],
  c0Controls: ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F"],
  loneSurrogates: ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"],
  nonCharacters: ["\uFFFE", "\uFFFF"],
};
/** XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] */
const XML_CHAR = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

const pieces = fc.oneof(
  ...Object.values(CLASSES).map((values) => fc.constantFrom(...values)),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const values = fc.array(pieces, { maxLength: 8 }).map((p) => p.join(""));

function check(value: string, format: ContentFormat): void {
  if (!XML_CHAR.test(value)) {
    expect(() => printXml(documentWith({ literal: value }), format), JSON.stringify(value)).toThrow(
      /cannot be written in XML 1\.0/,
    );
    return;
  }
  const xml = printXml(documentWith({ literal: value }), format);
  expect(readBack(xml), JSON.stringify(value)).toEqual({ attribute: value, text: value });
}

describe("XML printer: literal attribute and text values survive an XML 1.0 parser", () => {
  for (const [name, members] of Object.entries(CLASSES))
    it(`every member of the class '${name}', alone and between letters`, () => {
      for (const member of members)
        for (const format of ["xml", "rawxml"] as const) {
          check(member, format);
          check(`a${member}b`, format);
        }
    });

  it("names the character it refuses as U+XXXX", () => {
    expect(() => printXml(documentWith({ literal: "a\u0001" }), "xml")).toThrow(
      "U+0001 cannot be written in XML 1.0",
    );
    expect(() => printXml(documentWith({ literal: "\uFFFE" }), "rawxml")).toThrow(
      "U+FFFE cannot be written in XML 1.0",
    );
  });

  it("keeps a tab in an attribute (written &#x9;, else the parser reads a space)", () => {
    const xml = printXml(documentWith({ literal: "a\tb" }), "xml");
    expect(readBack(xml).attribute).toBe("a\tb");
  });

  it("keeps a CR in text content (written &#xD;, else the parser reads LF)", () => {
    expect(readBack(printXml(documentWith({ literal: "a\rb" }), "xml")).text).toBe("a\rb");
  });

  it(`for ${RUNS} seeded strings mixing every class, in both formats`, () => {
    fc.assert(
      fc.property(values, (value) => {
        check(value, "xml");
        check(value, "rawxml");
      }),
      { seed: 20261130, numRuns: RUNS },
    );
  });

  it("escapes text that sits beside elements, each on its own line", () => {
    const root: PrintElement = {
      kind: "element",
      name: "inbound",
      attributes: [],
      children: [
        { kind: "text", value: { literal: "a<\r&b" } },
        { kind: "element", name: "v", attributes: [["value", { literal: "x" }]], children: [] },
      ],
    };
    const xml = printXml(root, "xml");
    expect(xml.split("\n")[1]).toBe("    a&lt;&#xD;&amp;b");
    let text = "";
    const parser = new SaxesParser();
    parser.on("text", (t) => (text += t));
    parser.write(xml).close();
    expect(text.trim()).toBe("a<\r&b");
  });

  it("escapes expression text in the xml format so the parser returns the C# unchanged", () => {
    const csharp = '@{\n    var s = "a\\tb" + "<&>";\n\treturn s != null && s.Length > 0;\n}';
    expect(readBack(printXml(documentWith({ expression: csharp }), "xml"))).toEqual({
      attribute: csharp,
      text: csharp,
    });
    // rawxml writes expressions as Microsoft's docs show them: verbatim, not escaped.
    expect(printXml(documentWith({ expression: csharp }), "rawxml")).toContain(`value="${csharp}"`);
  });
});
