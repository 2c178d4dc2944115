// Writes a read element back as well-formed XML (APIM's "xml" format: expressions escaped), for
// rawXml(...): the escape hatch checks that its text is well-formed, which an element read in the
// lenient "rawxml" form is not. Entities are written as src/emit/xml-printer.ts writes them.
import type { ReadElement, ReadNode, ReadValue } from "./xml-reader.ts";

function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#xD;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#xA;").replace(/\t/g, "&#x9;");
}

const valueText = (value: ReadValue) => (value.kind === "literal" ? value.text : value.code);

function node(child: ReadNode, indent: string): string {
  if (child.kind === "comment") return `${indent}<!-- ${child.text.replace(/--/g, "- -")} -->`;
  if (child.kind === "text") return indent + escapeText(valueText(child.value));
  return serializeElement(child, indent);
}

/** The element as well-formed XML, four spaces per level. */
export function serializeElement(element: ReadElement, indent = ""): string {
  const attributes = element.attributes
    .map((a) => ` ${a.name}="${escapeAttribute(valueText(a.value))}"`)
    .join("");
  const open = `${indent}<${element.name}${attributes}`;
  if (element.children.length === 0) return `${open} />`;
  if (element.children.every((c) => c.kind === "text"))
    return `${open}>${element.children.map((c) => escapeText(valueText((c as { value: ReadValue }).value))).join("")}</${element.name}>`;
  const inner = element.children.map((c) => node(c, indent + "    ")).join("\n");
  return `${open}>\n${inner}\n${indent}</${element.name}>`;
}
