// The XML printer: the only place that escapes XML. Writes a policy document in APIM's two
// content formats. `rawxml` writes expressions verbatim, as Microsoft's documentation shows them
// (not well-formed XML); `xml` escapes them so any XML parser reads them back unchanged,
// writing newlines inside attributes as `&#xA;` (a parser would otherwise fold them to spaces).
// Layout: LF line ends, four spaces per level, one element per line, text content inline.

export type ContentFormat = "rawxml" | "xml";

/** A value after translation: literal text, or C# expression text (`@(...)` / `@{...}`). */
export type PrintedValue = { readonly literal: string } | { readonly expression: string };

export interface PrintElement {
  readonly kind: "element";
  readonly name: string;
  readonly attributes: readonly (readonly [string, PrintedValue])[];
  readonly children: readonly PrintNode[];
}

export type PrintNode =
  | PrintElement
  | { readonly kind: "text"; readonly value: PrintedValue }
  | { readonly kind: "verbatim"; readonly xml: string };

const INDENT = "    ";

/**
 * Characters XML 1.0 cannot carry at all, not even as character references (XML 1.0 §2.2, the
 * Char production): C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** XML-escapes text content. CR is written `&#xD;`: a parser turns a literal CR into LF (§2.11). */
function escapeText(text: string): string {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new Error(
      `U+${code} cannot be written in XML 1.0 (APIM's policy format): ${JSON.stringify(text)}`,
    );
  }
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#xD;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#xA;").replace(/\t/g, "&#x9;");
}

function attributeText(value: PrintedValue, format: ContentFormat): string {
  if ("literal" in value) return escapeAttribute(value.literal);
  return format === "rawxml" ? value.expression : escapeAttribute(value.expression);
}

function textContent(value: PrintedValue, format: ContentFormat): string {
  if ("literal" in value) return escapeText(value.literal);
  return format === "rawxml" ? value.expression : escapeText(value.expression);
}

function printNode(node: PrintNode, format: ContentFormat, indent: string, lines: string[]): void {
  if (node.kind === "verbatim") {
    for (const line of node.xml.split("\n")) lines.push(indent + line);
    return;
  }
  if (node.kind === "text") {
    lines.push(indent + textContent(node.value, format));
    return;
  }
  const attributes = node.attributes
    .map(([name, value]) => ` ${name}="${attributeText(value, format)}"`)
    .join("");
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) {
    lines.push(`${open} />`);
    return;
  }
  if (node.children.every((child) => child.kind === "text")) {
    const content = node.children
      .map((child) => textContent((child as { value: PrintedValue }).value, format))
      .join("");
    lines.push(`${open}>${content}</${node.name}>`);
    return;
  }
  lines.push(`${open}>`);
  for (const child of node.children) printNode(child, format, indent + INDENT, lines);
  lines.push(`${indent}</${node.name}>`);
}

/** The document as text: no XML declaration (APIM adds none), LF line ends, trailing newline. */
export function printXml(root: PrintElement, format: ContentFormat): string {
  const lines: string[] = [];
  printNode(root, format, "", lines);
  return lines.join("\n") + "\n";
}

/** Indentation of an element at a depth (expressions print their blocks relative to it). */
export function indentAt(depth: number): string {
  return INDENT.repeat(depth);
}
