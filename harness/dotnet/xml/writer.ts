// XNode.ToString(): System.Xml.Linq's ElementWriter over an XmlWriter with Indent = true and
// OmitXmlDeclaration = true (XNode.GetXmlString). Simulated from .NET's writer as it behaves on
// mono (whose System.Xml is .NET Framework's reference source), checked case by case by
// test/conformance/cases/xml.ts:
// - indentation (XmlEncodedRawTextWriterIndent): a start tag, comment or processing instruction
//   goes on a new line, two spaces per level, unless text was just written or the element is in
//   "mixed content" (text, CDATA or empty text written inside it or an ancestor being written);
//   an end tag goes on a new line when the element had content and the last thing written was not
//   text; lines end with Environment.NewLine ("\r\n" on APIM's Windows hosts);
// - escapes: text `& < >`, attributes `& < > "` and tab, LF, CR as `&#x9;`, `&#xA;`, `&#xD;`;
//   line breaks in text, comments and CDATA become Environment.NewLine; a character XML forbids
//   is ArgumentException "'\u0001', hexadecimal value 0x01, is an invalid character.";
// - namespaces: a name's prefix is the nearest xmlns declaration of its namespace on the element
//   or its ancestors (the default namespace only for elements); a prefix or default namespace
//   not yet written in this output is declared after the element's own attributes (the last
//   needed first)
//   (`<s:Body xmlns:s="...">` when only the subtree is printed), and an element without a
//   namespace under a default one gets xmlns="". An attribute whose namespace has no prefix
//   anywhere would get one the writer makes up ("p1", "p3", ...): refused (HarnessRefusal). An
//   element's own xmlns declaration that rebinds the prefix its name needs is .NET's XmlException
//   "The prefix 'p' cannot be redefined ...", an element in xmlns's namespace its ArgumentException.
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { ArgumentException } from "../exceptions.ts";
import { NEW_LINE } from "../json/writer.ts";
import { XmlException } from "./exceptions.ts";
import { XML_URI, XMLNS_URI, type XNamespaceValue } from "./names.ts";
import {
  XAttributeValue,
  XCommentNode,
  XContainerValue,
  XElementValue,
  XTextNode,
  type XNodeValue,
} from "./nodes.ts";

/** A character XML 1.0 forbids (checked by XmlWriterSettings.CheckCharacters), or a lone surrogate. */
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (char: string) => char.charCodeAt(0).toString(16).toUpperCase();

/**
 * The first character the writer refuses, with .NET Framework's texts (System.Xml's
 * XmlConvert.CreateInvalidSurrogatePairException, CreateInvalidHighSurrogateCharException,
 * CreateInvalidCharException; BuildCharExceptionArgs shows U+0000 as "."), checked on mono.
 */
function checkCharacters(text: string): void {
  const found = INVALID.exec(text);
  if (!found) return;
  const bad = found[0];
  const next = text.charAt(found.index + 1);
  if (bad >= "\uD800" && bad <= "\uDBFF")
    throw new ArgumentException(
      next === ""
        ? "The surrogate pair is invalid. Missing a low surrogate character."
        : `The surrogate pair (0x${hex(bad)}, 0x${hex(next)}) is invalid. A high surrogate character (0xD800 - 0xDBFF) must always be paired with a low surrogate character (0xDC00 - 0xDFFF).`,
    );
  if (bad >= "\uDC00" && bad <= "\uDFFF")
    throw new ArgumentException(
      `Invalid high surrogate character (0x${hex(bad)}). A high surrogate character must have a value from range (0xD800 - 0xDBFF).`,
    );
  throw new ArgumentException(
    `'${bad === "\u0000" ? "." : bad}', hexadecimal value 0x${hex(bad).padStart(2, "0")}, is an invalid character.`,
  );
}

const newLines = (text: string) => text.replace(/\r\n|\r|\n/g, NEW_LINE);

function escapeText(text: string): string {
  checkCharacters(text);
  return newLines(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};

function escapeAttribute(text: string): string {
  checkCharacters(text);
  return text.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

interface Binding {
  readonly prefix: string;
  readonly uri: string;
}

/** Innermost binding first: the prefix of `uri` whose binding is not hidden by an inner one. */
function prefixIn(
  scopes: readonly Binding[][],
  uri: string,
  allowDefault: boolean,
): string | undefined {
  const seen = new Set<string>();
  for (let s = scopes.length - 1; s >= 0; s--) {
    for (let b = scopes[s]!.length - 1; b >= 0; b--) {
      const { prefix, uri: bound } = scopes[s]![b]!;
      if (!seen.has(prefix) && bound === uri && (allowDefault || prefix !== "")) return prefix;
      seen.add(prefix);
    }
  }
  return undefined;
}

function namespaceIn(scopes: readonly Binding[][], prefix: string): string {
  for (let s = scopes.length - 1; s >= 0; s--)
    for (let b = scopes[s]!.length - 1; b >= 0; b--)
      if (scopes[s]![b]!.prefix === prefix) return scopes[s]![b]!.uri;
  return prefix === "xml" ? XML_URI : prefix === "xmlns" ? XMLNS_URI : "";
}

function declarationsOf(element: XElementValue): Binding[] {
  return element.attributes
    .filter((a) => a.IsNamespaceDeclaration)
    .map((a) => ({ prefix: a.Name.NamespaceName === "" ? "" : a.Name.LocalName, uri: a.Value }));
}

const qualified = (prefix: string, local: string) => (prefix ? `${prefix}:${local}` : local);

class Writer {
  out = "";
  /** ElementWriter's resolver: the xmlns attributes of the elements around (ancestors included). */
  readonly resolver: Binding[][] = [];
  /** XmlWellFormedWriter's scopes: what this output has declared. */
  readonly written: Binding[][] = [];
  level = 0;
  mixed = false;
  readonly mixedStack: boolean[] = [];
  /** Nothing written yet, or text written last (the raw writer's textPos == bufPos). */
  lastWasText = true;

  indent(): void {
    if (!this.mixed && !this.lastWasText) this.out += NEW_LINE + "  ".repeat(this.level);
  }

  node(node: XNodeValue): void {
    if (node instanceof XElementValue) return this.element(node);
    if (node instanceof XTextNode) {
      this.mixed = true;
      if (node.cdata) {
        checkCharacters(node.value);
        this.out += `<![CDATA[${newLines(node.value)}]]>`;
        this.lastWasText = false;
      } else {
        this.out += escapeText(node.value);
        this.lastWasText = true;
      }
      return;
    }
    this.indent();
    this.out +=
      node instanceof XCommentNode
        ? `<!--${newLines(node.value)}-->`
        : `<?${node.target}${node.data ? ` ${newLines(node.data)}` : ""}?>`;
    this.lastWasText = false;
  }

  element(element: XElementValue): void {
    this.resolver.push(declarationsOf(element));
    const uri = element.Name.NamespaceName;
    // XmlWellFormedWriter refuses an element in xmlns's namespace (Xml_XmlnsPrefix, checked on mono).
    if (uri === XMLNS_URI)
      throw new ArgumentException('Prefix "xmlns" is reserved for use by XML.');
    let prefix =
      uri === ""
        ? ""
        : (prefixIn(this.resolver, uri, true) ?? (uri === XML_URI ? "xml" : undefined));
    this.indent();
    this.level++;
    this.mixedStack.push(this.mixed);
    const scope: Binding[] = [];
    const implied: Binding[] = [];
    this.written.push(scope);
    prefix ??= prefixIn(this.written, uri, true) ?? "";
    if (namespaceIn(this.written, prefix) !== uri) implied.push({ prefix, uri });
    let tag = `<${qualified(prefix, element.Name.LocalName)}`;
    for (const attribute of element.attributes) {
      if (attribute.IsNamespaceDeclaration) {
        const declared = attribute.Name.NamespaceName === "" ? "" : attribute.Name.LocalName;
        const at = implied.findIndex((b) => b.prefix === declared);
        // The prefix the element's name or an attribute needs (the element's own first).
        const needed = declared === prefix ? uri : implied[at]?.uri;
        // XmlWellFormedWriter.PushNamespaceExplicit: Xml_RedefinePrefix (checked on mono).
        if (needed !== undefined && needed !== attribute.Value)
          throw new XmlException(
            `The prefix '${declared}' cannot be redefined from '${needed}' to '${attribute.Value}' within the same start element tag.`,
          );
        if (at >= 0) implied.splice(at, 1);
        scope.push({ prefix: declared, uri: attribute.Value });
        tag += ` ${qualified(declared ? "xmlns" : "", declared || "xmlns")}="${escapeAttribute(attribute.Value)}"`;
        continue;
      }
      tag += ` ${qualified(this.attributePrefix(attribute, implied), attribute.Name.LocalName)}="${escapeAttribute(attribute.Value)}"`;
    }
    // XmlWellFormedWriter writes the declarations it had to add from the top of its stack down:
    // the last one needed first (observed on mono, whose System.Xml is .NET Framework's source).
    for (const binding of implied.reverse()) {
      scope.push(binding);
      tag += ` ${binding.prefix ? `xmlns:${binding.prefix}` : "xmlns"}="${escapeAttribute(binding.uri)}"`;
    }
    this.out += tag;
    this.lastWasText = false;
    if (element.nodes === null) {
      this.out += " />";
    } else {
      this.out += ">";
      const start = this.out.length;
      if (element.nodes.length === 0) this.mixed = true;
      for (const node of element.nodes) this.node(node);
      this.level--;
      if (this.out.length !== start && !this.lastWasText) this.indent();
      this.out += `</${qualified(prefix, element.Name.LocalName)}>`;
      this.level++;
    }
    this.level--;
    this.mixed = this.mixedStack.pop()!;
    this.lastWasText = false;
    this.written.pop();
    this.resolver.pop();
  }

  attributePrefix(attribute: XAttributeValue, implied: Binding[]): string {
    const uri = attribute.Name.NamespaceName;
    if (uri === "") return "";
    if (uri === XML_URI) return "xml";
    const prefix = prefixIn(this.resolver, uri, false) ?? prefixIn(this.written, uri, false);
    if (prefix === undefined)
      throw new HarnessRefusal(
        `XML ToString: the attribute ${attribute.Name.ToString()} has a namespace no xmlns declaration names; .NET's writer makes up a prefix (p1, p2, ...), not simulated: declare one with new XAttribute(XNamespace.Xmlns.GetName("p"), uri)`,
      );
    if (namespaceIn(this.written, prefix) !== uri && !implied.some((b) => b.prefix === prefix))
      implied.push({ prefix, uri });
    return prefix;
  }
}

/** The element and the elements above it, outermost first. */
function elementChain(from: XContainerValue | null): XElementValue[] {
  const chain: XElementValue[] = [];
  for (let up = from; up instanceof XElementValue; up = up.parent) chain.unshift(up);
  return chain;
}

/** XDocument.ToString() / XElement.ToString(). */
export function writeXml(container: XContainerValue): string {
  const writer = new Writer();
  if (container instanceof XElementValue) {
    // ElementWriter pushes the ancestors' declarations first: their prefixes are used (and
    // declared again on this element, as the output has not declared them).
    for (const ancestor of elementChain(container.parent))
      writer.resolver.push(declarationsOf(ancestor));
    writer.element(container);
  } else for (const node of container.nodes ?? []) writer.node(node);
  return writer.out;
}

/** XAttribute.ToString(): `name="value"`, the prefix from the parent's in-scope declarations. */
export function attributeText(attribute: XAttributeValue): string {
  const uri = attribute.Name.NamespaceName;
  let prefix = "";
  if (attribute.IsNamespaceDeclaration) {
    const local = attribute.Name.LocalName;
    return `${uri === "" ? "xmlns" : `xmlns:${local}`}="${escapeAttribute(attribute.Value)}"`;
  }
  if (uri === XML_URI) prefix = "xml";
  else if (uri !== "") {
    const scopes = elementChain(attribute.parent).map(declarationsOf);
    const found = prefixIn(scopes, uri, false);
    if (found === undefined)
      throw new HarnessRefusal(
        `XAttribute.ToString of ${attribute.Name.ToString()}: no xmlns declaration names its namespace; .NET's writer makes up a prefix, not simulated`,
      );
    prefix = found;
  }
  return `${qualified(prefix, attribute.Name.LocalName)}="${escapeAttribute(attribute.Value)}"`;
}

export type { XNamespaceValue };
