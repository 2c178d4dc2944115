// The XML → JSON conversion of xml-to-json kind="direct", called directly (harness/apim/policies/
// xml-to-json-conversion.ts). Sources: xml-to-json-policy.md, Attributes (always-array-child-
// elements: "Only convert multiple child elements into a JSON array. Convert a single child
// element into a JSON object" / "Always convert child elements into a JSON array") and the observed
// conversion (FYIcenter, "'xml-to-json' Policy Statement", dev.fyicenter.com/1000733): the
// declaration's version as "version", ":" written "$", attributes as "@name" before the children,
// an element holding only text as that string. Four-space indentation is the observed output's
// (chosen, docs/project-choices.md); what no source shows is refused.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "apim-ts/harness";
import {
  ConversionRefused,
  convertXmlToJson,
} from "../../harness/apim/policies/xml-to-json-conversion.ts";

function refusal(xml: string): string {
  try {
    convertXmlToJson(xml, false);
  } catch (error) {
    // A refusal (HarnessRefusal) that names the policy.
    expect(error).toBeInstanceOf(ConversionRefused);
    expect(error).toBeInstanceOf(HarnessRefusal);
    const { message } = error as Error;
    expect(message.startsWith("xml-to-json: ")).toBe(true);
    return message.slice("xml-to-json: ".length);
  }
  throw new Error(`converted ${xml}`);
}

describe("xml-to-json conversion (kind direct)", () => {
  it("prints with four-space indentation, the declaration's version first", () => {
    expect(convertXmlToJson('<?xml version="1.0"?>\n<a x="1">\n  <b>t</b>\n</a>', false)).toBe(
      [
        "{",
        '    "version": "1.0",',
        '    "a": {',
        '        "@x": "1",',
        '        "b": "t"',
        "    }",
        "}",
      ].join("\n"),
    );
  });

  it("without a declaration there is no version; text is kept as written", () => {
    expect(JSON.parse(convertXmlToJson("<a>  x y  </a>", false))).toEqual({ a: "  x y  " });
    expect(JSON.parse(convertXmlToJson("<a><b>007</b><c>1e3</c></a>", false))).toEqual({
      a: { b: "007", c: "1e3" },
    });
  });

  it("writes every ':' of a name as '$', in elements and attributes", () => {
    expect(
      JSON.parse(convertXmlToJson('<s:a xmlns:s="urn:s" s:k="1"><s:b>t</s:b></s:a>', false)),
    ).toEqual({ s$a: { "@xmlns$s": "urn:s", "@s$k": "1", s$b: "t" } });
  });

  it("an element with attributes only is an object of them", () => {
    expect(JSON.parse(convertXmlToJson('<a><b k="1" l="2"/></a>', false))).toEqual({
      a: { b: { "@k": "1", "@l": "2" } },
    });
  });

  it("always-array-child-elements makes arrays at every depth, the root excepted", () => {
    expect(JSON.parse(convertXmlToJson("<a><b><c>1</c></b><b><c>2</c></b></a>", true))).toEqual({
      a: { b: [{ c: ["1"] }, { c: ["2"] }] },
    });
    expect(JSON.parse(convertXmlToJson("<a><b><c>1</c></b><b><c>2</c></b></a>", false))).toEqual({
      a: { b: [{ c: "1" }, { c: "2" }] },
    });
  });

  it("refuses what no source shows: other declaration attributes, CDATA, instructions, doctypes", () => {
    expect(refusal('<?xml version="1.0" encoding="UTF-8"?><a>1</a>')).toBe(
      "the XML declaration has encoding; only its version is observed",
    );
    expect(refusal('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a>1</a>')).toBe(
      "the XML declaration has encoding, standalone; only its version is observed",
    );
    expect(refusal("<a><![CDATA[x]]></a>")).toBe("the XML has a CDATA section");
    expect(refusal("<a><b>1</b><!-- c --></a>")).toBe("the XML has a comment");
    expect(refusal("<!-- c --><a>1</a>")).toBe(
      "the XML must hold exactly one root element and nothing else",
    );
    expect(refusal("<a><?pi x?><b>1</b></a>")).toBe("the XML has '<?pi'");
    expect(refusal("<a><!x></a>")).toBe("the XML has '<!x'");
    expect(refusal("<?xml?><a>1</a>")).toBe(
      "the XML declaration has no version (XML 1.0 §2.8 requires one)",
    );
    expect(refusal("<!DOCTYPE a><a>1</a>")).toBe("the XML has a document type declaration");
    expect(refusal("<a>1</a><b>2</b>")).toBe(
      "the body is not well-formed XML; the page does not say what APIM does then",
    );
  });

  it("refuses text beside child elements, and an empty element", () => {
    expect(refusal("<a>t<b>1</b></a>")).toBe(
      "<a> holds text beside attributes or child elements; no source shows how APIM converts it",
    );
    expect(refusal("<a></a>")).toBe("<a> is empty; no source shows how APIM converts it");
    expect(refusal("<a>   </a>")).toBe("<a> is empty; no source shows how APIM converts it");
  });
});
