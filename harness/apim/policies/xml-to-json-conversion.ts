// The XML → JSON conversion of <xml-to-json kind="direct">. xml-to-json-policy.md describes the
// form only as "the converted JSON reflects the original XML document's structure" and, for
// always-array-child-elements, "Only convert multiple child elements into a JSON array. Convert a
// single child element into a JSON object" (false, the default) or "Always convert child elements
// into a JSON array" (true). The rest follows an observed conversion by APIM (FYIcenter,
// "'xml-to-json' Policy Statement", dev.fyicenter.com/1000733): the XML declaration's version
// becomes a top-level "version" property; element and attribute names keep their prefix with ":"
// written "$" (soap:Envelope → "soap$Envelope"); attributes become "@name" properties before the
// children; an element holding only text becomes that string; whitespace between elements is
// dropped. Refused (ConversionRefused), as nothing shows them: kind="javascript-friendly", other
// declaration attributes, empty elements, text beside attributes or child elements, comments,
// CDATA, processing instructions and doctypes. The JSON is printed with four-space indentation,
// as the observed output is (chosen).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { HarnessRefusal } from "../harness-refusal.ts";

/** What no source shows: the harness refuses it, naming the policy. */
export class ConversionRefused extends HarnessRefusal {
  constructor(message: string) {
    super(`xml-to-json: ${message}`);
  }
}

type Node = Record<string, unknown>;
type Json = string | Json[] | { [name: string]: Json };

const ATTRIBUTES = ":@";

function jsonName(name: string): string {
  return name.replace(/:/g, "$");
}

function refuseSpecial(node: Node): void {
  for (const key of Object.keys(node)) {
    if (key === "#comment") throw new ConversionRefused("the XML has a comment");
    if (key === "#cdata") throw new ConversionRefused("the XML has a CDATA section");
    if (key.startsWith("?") || key.startsWith("!"))
      throw new ConversionRefused(`the XML has '<${key}'`);
  }
}

/** A node's name: its one key beside the attributes (the parser gives every node one). */
function tagOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ATTRIBUTES)!;
}

function convertElement(node: Node, alwaysArray: boolean): Json {
  refuseSpecial(node);
  const tag = tagOf(node);
  const children = node[tag] as Node[];
  const attributes = (node[ATTRIBUTES] ?? {}) as Record<string, string>;
  const texts = children.filter((child) => "#text" in child);
  const elements = children.filter((child) => !("#text" in child));
  for (const child of elements) refuseSpecial(child);
  const text = texts.map((child) => String(child["#text"])).join("");
  const hasText = text.trim() !== "";
  const attributeNames = Object.keys(attributes);
  if (hasText && (elements.length > 0 || attributeNames.length > 0))
    throw new ConversionRefused(
      `<${tag}> holds text beside attributes or child elements; no source shows how APIM converts it`,
    );
  if (hasText) return text;
  if (elements.length === 0 && attributeNames.length === 0)
    throw new ConversionRefused(`<${tag}> is empty; no source shows how APIM converts it`);
  const result: { [name: string]: Json } = {};
  for (const name of attributeNames) result[`@${jsonName(name)}`] = attributes[name]!;
  const groups = new Map<string, Json[]>();
  for (const child of elements) {
    const name = jsonName(tagOf(child));
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(convertElement(child, alwaysArray));
  }
  for (const [name, values] of groups)
    result[name] = values.length > 1 || alwaysArray ? values : values[0]!;
  return result;
}

/** The JSON text for an XML text (kind="direct"); throws ConversionRefused where nothing is known. */
export function convertXmlToJson(xml: string, alwaysArray: boolean): string {
  if (XMLValidator.validate(xml) !== true)
    throw new ConversionRefused(
      "the body is not well-formed XML; the page does not say what APIM does then",
    );
  // The parser drops a document type declaration without a trace. A literal "<!DOCTYPE" is one,
  // or sits in a comment or CDATA section, which are refused anyway ("<" cannot appear unescaped
  // in text or attribute values: XML 1.0 §2.4, §3.1).
  if (xml.includes("<!DOCTYPE"))
    throw new ConversionRefused("the XML has a document type declaration");
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: false,
    ignorePiTags: false,
    commentPropName: "#comment",
    cdataPropName: "#cdata",
  });
  // Well-formed XML has no text outside the root, and the parser keeps no white space there.
  const nodes = parser.parse(xml) as Node[];
  const result: { [name: string]: Json } = {};
  let rest = nodes;
  if (nodes[0] && "?xml" in nodes[0]) {
    const declaration = (nodes[0][ATTRIBUTES] ?? {}) as Record<string, string>;
    const names = Object.keys(declaration);
    if (names.some((name) => name !== "version"))
      throw new ConversionRefused(
        `the XML declaration has ${names.filter((name) => name !== "version").join(", ")}; only its version is observed`,
      );
    // XML 1.0 §2.8: an XML declaration has a version (the parser accepts `<?xml?>`).
    if (declaration["version"] === undefined)
      throw new ConversionRefused("the XML declaration has no version (XML 1.0 §2.8 requires one)");
    result["version"] = declaration["version"];
    rest = nodes.slice(1);
  }
  if (rest.length !== 1)
    throw new ConversionRefused("the XML must hold exactly one root element and nothing else");
  const root = rest[0]!;
  refuseSpecial(root);
  result[jsonName(tagOf(root))] = convertElement(root, alwaysArray);
  return JSON.stringify(result, null, 4);
}
