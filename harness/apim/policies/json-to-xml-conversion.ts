// The JSON → XML conversion of <json-to-xml>, for the part json-to-xml-policy.md documents: its
// example turns one top-level property into the root element, object properties into child
// elements, strings into text, an empty object into an empty element, properties named with the
// namespace prefix into namespace declarations and the attribute block into attributes, and prints
// the result indented by two spaces with `<x />` for an empty element. Everything else is refused
// (ConversionRefused): arrays, numbers, booleans, null, several top-level properties, a date with
// parse-date on (the page does not say how dates are rewritten) — the page shows none of them.
// Chosen (docs/project-choices.md): a property name `p{separator}local` becomes `p:local` when `p`
// is a namespace prefix declared on the element or an ancestor, otherwise it keeps its name; a
// date is a string in ISO 8601 form (yyyy-mm-ddThh:mm...), what Json.NET's date parsing reads.

import { HarnessRefusal } from "../harness-refusal.ts";

/** What the page does not show: the harness refuses it, naming the policy. */
export class ConversionRefused extends HarnessRefusal {
  constructor(message: string) {
    super(`json-to-xml: ${message}`);
  }
}

export interface JsonToXmlSettings {
  readonly parseDate: boolean;
  readonly namespaceSeparator: string;
  readonly namespacePrefix: string | null;
  readonly attributeBlockName: string | null;
}

const XML_NAME = /^[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function escape(text: string, attribute: boolean): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return attribute ? escaped.replace(/"/g, "&quot;") : escaped;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function stringValue(value: unknown, where: string, settings: JsonToXmlSettings): string {
  if (typeof value !== "string")
    throw new ConversionRefused(
      `${where} is ${kindOf(value)}; json-to-xml-policy.md shows only strings and objects`,
    );
  if (settings.parseDate && ISO_DATE.test(value))
    throw new ConversionRefused(
      `${where} '${value}' is a date and parse-date is on; the page does not say how APIM rewrites dates (parse-date="false" copies them)`,
    );
  return value;
}

function elementName(name: string, prefixes: ReadonlySet<string>, settings: JsonToXmlSettings) {
  const at = name.indexOf(settings.namespaceSeparator);
  const converted =
    at > 0 && prefixes.has(name.slice(0, at))
      ? `${name.slice(0, at)}:${name.slice(at + settings.namespaceSeparator.length)}`
      : name;
  if (!XML_NAME.test(converted))
    throw new ConversionRefused(`property '${name}' is not an XML element name`);
  return converted;
}

function convertElement(
  name: string,
  value: unknown,
  inherited: ReadonlySet<string>,
  settings: JsonToXmlSettings,
  depth: number,
): string {
  const indent = "  ".repeat(depth);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const text = stringValue(value, `property '${name}'`, settings);
    const tag = elementName(name, inherited, settings);
    return `${indent}<${tag}>${escape(text, false)}</${tag}>`;
  }
  const attributes: string[] = [];
  const prefixes = new Set(inherited);
  const children: [string, unknown][] = [];
  for (const [key, inner] of Object.entries(value)) {
    const prefix = settings.namespacePrefix;
    if (prefix !== null && key.startsWith(prefix)) {
      const declared = key.slice(prefix.length);
      if (declared !== "" && declared[0] !== settings.namespaceSeparator && declared[0] !== ":")
        throw new ConversionRefused(
          `namespace property '${key}' has no separator after '${prefix}'`,
        );
      const local = declared.slice(1);
      prefixes.add(local);
      const attributeName = local === "" ? prefix : `${prefix}:${local}`;
      attributes.push(
        `${attributeName}="${escape(stringValue(inner, `'${key}'`, settings), true)}"`,
      );
    } else if (settings.attributeBlockName !== null && key === settings.attributeBlockName) {
      if (typeof inner !== "object" || inner === null || Array.isArray(inner))
        throw new ConversionRefused(`attribute block '${key}' is ${kindOf(inner)}, not an object`);
      for (const [attribute, text] of Object.entries(inner)) {
        if (!XML_NAME.test(attribute))
          throw new ConversionRefused(`'${attribute}' is not an XML attribute name`);
        attributes.push(
          `${attribute}="${escape(stringValue(text, `'${attribute}'`, settings), true)}"`,
        );
      }
    } else children.push([key, inner]);
  }
  const tag = elementName(name, prefixes, settings);
  const open = [tag, ...attributes].join(" ");
  if (children.length === 0) return `${indent}<${open} />`;
  const inner = children.map(([key, child]) =>
    convertElement(key, child, prefixes, settings, depth + 1),
  );
  return [`${indent}<${open}>`, ...inner, `${indent}</${tag}>`].join("\n");
}

/** The XML for a JSON text; throws ConversionRefused for what the page does not document. */
export function convertJsonToXml(json: string, settings: JsonToXmlSettings): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConversionRefused("the body is not JSON; the page does not say what APIM does then");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new ConversionRefused(`the body is ${kindOf(parsed)}; the page shows a JSON object`);
  const entries = Object.entries(parsed);
  if (entries.length !== 1)
    throw new ConversionRefused(
      `the JSON object has ${entries.length} top-level properties; the page shows one, which becomes the root element`,
    );
  const [name, value] = entries[0]!;
  return convertElement(name, value, new Set(), settings, 0);
}
