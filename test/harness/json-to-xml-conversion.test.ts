// The JSON → XML conversion of json-to-xml, called directly (harness/apim/policies/
// json-to-xml-conversion.ts). Sources: json-to-xml-policy.md, Attributes (namespace-prefix:
// "Properties with names beginning with specified prefix will be added to current element as
// namespace declarations"; attribute-block-name: "properties inside the named object will be added
// to the element as attributes"; parse-date) and its Example (one root property, two-space
// indentation, `<x />` for an empty object). What the page does not show is refused; the
// project's choices are in docs/project-choices.md ("mock-response and the logging policies").
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "apim-ts/harness";
import {
  ConversionRefused,
  convertJsonToXml,
  type JsonToXmlSettings,
} from "../../harness/apim/policies/json-to-xml-conversion.ts";

// The page's example settings, and the defaults (Attributes: parse-date true, separator "_").
const PAGE: JsonToXmlSettings = {
  parseDate: false,
  namespaceSeparator: ":",
  namespacePrefix: "xmlns",
  attributeBlockName: "#attrs",
};
const DEFAULTS: JsonToXmlSettings = {
  parseDate: true,
  namespaceSeparator: "_",
  namespacePrefix: null,
  attributeBlockName: null,
};

const convert = (json: unknown, settings = PAGE) =>
  convertJsonToXml(JSON.stringify(json), settings);
const lines = (...text: string[]) => text.join("\n");

function refusal(json: string, settings = PAGE): string {
  try {
    convertJsonToXml(json, settings);
  } catch (error) {
    // A refusal (HarnessRefusal) that names the policy.
    expect(error).toBeInstanceOf(ConversionRefused);
    expect(error).toBeInstanceOf(HarnessRefusal);
    const { message } = error as Error;
    expect(message.startsWith("json-to-xml: ")).toBe(true);
    return message.slice("json-to-xml: ".length);
  }
  throw new Error(`converted ${json}`);
}

describe("json-to-xml conversion", () => {
  // XML 1.0 §2.4 (character data) and §3.1 (attribute values): "&" and "<" are escaped, and the
  // quote that delimits an attribute value; ">" is escaped too (allowed, the harness's choice).
  it("escapes markup characters in text and attribute values", () => {
    expect(convert({ a: { "#attrs": { q: 'x"<&>' }, b: '1 < 2 & 3 > 0 "q"' } })).toBe(
      lines('<a q="x&quot;&lt;&amp;&gt;">', '  <b>1 &lt; 2 &amp; 3 &gt; 0 "q"</b>', "</a>"),
    );
  });

  it("a property named exactly the prefix declares the default namespace", () => {
    expect(convert({ doc: { xmlns: "urn:d", x: "1" } })).toBe(
      lines('<doc xmlns="urn:d">', "  <x>1</x>", "</doc>"),
    );
  });

  // Project's choice (docs/project-choices.md): "xmlns:p" declares p whatever the separator, as
  // the XML attribute it becomes is spelled; its value is escaped as any attribute value.
  it("a namespace property may be written with ':' under another separator", () => {
    const settings = { ...DEFAULTS, namespacePrefix: "xmlns" };
    expect(convert({ p_doc: { "xmlns:p": 'urn:"p"', p_x: "1" } }, settings)).toBe(
      lines('<p:doc xmlns:p="urn:&quot;p&quot;">', "  <p:x>1</p:x>", "</p:doc>"),
    );
  });

  it("without namespace-prefix and attribute-block-name every property is an element", () => {
    expect(convert({ doc: { attrs: { k: "v" } } }, { ...DEFAULTS, attributeBlockName: "a" })).toBe(
      lines("<doc>", "  <attrs>", "    <k>v</k>", "  </attrs>", "</doc>"),
    );
    // (Without a namespace-prefix no name is a namespace declaration, whatever it starts with.)
    expect(convert({ doc: { nullable: "x" } }, DEFAULTS)).toBe(
      lines("<doc>", "  <nullable>x</nullable>", "</doc>"),
    );
    expect(convert({ doc: { a: { k: "v" } } }, DEFAULTS)).toBe(
      lines("<doc>", "  <a>", "    <k>v</k>", "  </a>", "</doc>"),
    );
  });

  it("a prefix declared on an ancestor names its descendants, not its siblings' elements", () => {
    const settings = { ...DEFAULTS, parseDate: false, namespacePrefix: "xmlns" };
    expect(convert({ p_doc: { xmlns_p: "urn:p", a: { p_b: "x" } } }, settings)).toBe(
      lines('<p:doc xmlns:p="urn:p">', "  <a>", "    <p:b>x</p:b>", "  </a>", "</p:doc>"),
    );
    // A name starting with the separator names no prefix, even under a default namespace.
    expect(convert({ doc: { xmlns: "urn:d", _x: "1" } }, settings)).toBe(
      lines('<doc xmlns="urn:d">', "  <_x>1</_x>", "</doc>"),
    );
    // A name without the separator is never prefixed, even when it starts with a prefix.
    expect(convert({ p_doc: { xmlns_p: "urn:p", px: "1" } }, settings)).toBe(
      lines('<p:doc xmlns:p="urn:p">', "  <px>1</px>", "</p:doc>"),
    );
    expect(convert({ r: { a: { xmlns_q: "urn:q", q_x: "1" }, q_y: "2" } }, settings)).toBe(
      lines("<r>", '  <a xmlns:q="urn:q">', "    <q:x>1</q:x>", "  </a>", "  <q_y>2</q_y>", "</r>"),
    );
  });

  it("an object with attributes only is an empty element with them (the page's `<x />`)", () => {
    expect(convert({ a: { "#attrs": { k: "v", l: "w" } } })).toBe('<a k="v" l="w" />');
  });

  it("parse-date: a date is refused when on (the default), copied when off; other strings pass", () => {
    expect(refusal('{"a":"2030-01-01T08:00:00Z"}', DEFAULTS)).toBe(
      "property 'a' '2030-01-01T08:00:00Z' is a date and parse-date is on; the page does not say how APIM rewrites dates (parse-date=\"false\" copies them)",
    );
    expect(convert({ a: "2030-01-01T08:00:00Z" })).toBe("<a>2030-01-01T08:00:00Z</a>");
    expect(convert({ a: "2030-01-01" }, DEFAULTS)).toBe("<a>2030-01-01</a>");
    expect(convert({ a: "on 2030-01-01T08:00" }, DEFAULTS)).toBe("<a>on 2030-01-01T08:00</a>");
  });

  it("refuses values the page does not show, naming what they are", () => {
    expect(refusal('{"a":{"n":true}}')).toBe(
      "property 'n' is a boolean; json-to-xml-policy.md shows only strings and objects",
    );
    expect(refusal('{"a":{"n":null}}')).toBe(
      "property 'n' is null; json-to-xml-policy.md shows only strings and objects",
    );
    expect(refusal('{"a":{"xmlns:p":7}}')).toBe(
      "'xmlns:p' is a number; json-to-xml-policy.md shows only strings and objects",
    );
    expect(refusal('{"a":{"#attrs":{"k":["v"]}}}')).toBe(
      "'k' is an array; json-to-xml-policy.md shows only strings and objects",
    );
  });

  it("refuses names that are not XML names and a namespace property without a separator", () => {
    expect(refusal('{"1a":"x"}')).toBe("property '1a' is not an XML element name");
    expect(refusal('{"a":{"#attrs":{"1k":"v"}}}')).toBe("'1k' is not an XML attribute name");
    expect(refusal('{"a":{"xmlnsfoo":"urn:f"}}')).toBe(
      "namespace property 'xmlnsfoo' has no separator after 'xmlns'",
    );
  });

  it("refuses an attribute block that is not an object", () => {
    expect(refusal('{"a":{"#attrs":"k"}}')).toBe(
      "attribute block '#attrs' is a string, not an object",
    );
    expect(refusal('{"a":{"#attrs":[]}}')).toBe(
      "attribute block '#attrs' is an array, not an object",
    );
    expect(refusal('{"a":{"#attrs":null}}')).toBe(
      "attribute block '#attrs' is null, not an object",
    );
  });

  it("refuses a body that is not one JSON object with one property", () => {
    expect(refusal('["a"]')).toBe("the body is an array; the page shows a JSON object");
    expect(refusal('"a"')).toBe("the body is a string; the page shows a JSON object");
    expect(refusal("null")).toBe("the body is null; the page shows a JSON object");
    expect(refusal("{}")).toBe(
      "the JSON object has 0 top-level properties; the page shows one, which becomes the root element",
    );
    expect(refusal("{")).toBe("the body is not JSON; the page does not say what APIM does then");
  });
});
