// XDocument.Parse and XElement.Parse with LoadOptions.None, read with saxes (a strict,
// namespace-aware XML 1.0 parser): what .NET's XmlReader keeps becomes the tree of nodes.ts.
// As XmlReaderSettings.IgnoreWhitespace does under LoadOptions.None, text of white space only
// (character references included) is dropped; the XML declaration is read and not kept as a
// node (ToString omits it anyway). Malformed text is System.Xml.XmlException, as in .NET; its
// message is .NET's for the common mistakes (no root, several roots, an undeclared entity or
// prefix, a mismatched end tag) and saxes's wording otherwise, with saxes's line and column
// (the cross-check compares the exception type). Not simulated (HarnessRefusal): a DOCTYPE
// (XmlReader applies the DTD's defaults and entities) and xml:space (it keeps white space).
import { SaxesParser, type SaxesTagNS } from "saxes";
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { ArgumentNullException } from "../exceptions.ts";
import { XmlException } from "./exceptions.ts";
import { XNameValue, XNamespaceValue, XML_URI, XMLNS_URI } from "./names.ts";
import {
  XAttributeValue,
  XCommentNode,
  XDocumentValue,
  XElementValue,
  XProcessingInstructionNode,
  XTextNode,
} from "./nodes.ts";

const WHITE_SPACE = /^[ \t\r\n]*$/;

/** XmlTextReader's line and position of the character at `index` (\r\n, \r and \n end a line). */
function lineAndPosition(text: string, index: number): [number, number] {
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return [before.length, before[before.length - 1]!.length + 1];
}

/** The end of an XmlException's message: "Line L, position P." */
function where(text: string, index: number): string {
  const [line, column] = lineAndPosition(text, index);
  return `Line ${line}, position ${column}.`;
}

/** The attributes of the start tag at `tagStart` ("<" of it), with the index of each name. */
function rawAttributes(text: string, tagStart: number): { name: string; at: number }[] {
  const tag = /^<[^\s/>]+((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)/.exec(text.slice(tagStart));
  const found: { name: string; at: number }[] = [];
  if (!tag) return found;
  const attributes = /(\s+)([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g;
  const offset = tagStart + tag[0].length - tag[1]!.length;
  for (let m = attributes.exec(tag[1]!); m; m = attributes.exec(tag[1]!))
    found.push({ name: m[2]!, at: offset + m.index + m[1]!.length });
  return found;
}

/** A start tag: its name as written and where the name starts. */
interface Tag {
  readonly name: string;
  readonly at: number;
}
interface Open extends Tag {
  readonly element: XElementValue;
}

/**
 * .NET's XmlException text (System.Xml's Res strings, with XmlTextReader's positions: the
 * character the reader stopped at, 1-based) for saxes's error `message`, raised with saxes at
 * `position` (just past what it read). Position by position, checked on mono (test/dotnet/xml-parse.test.ts):
 * a second root is located at its name, stray text at its first character that is not white
 * space, a mismatched end tag at its name (and the open element at its own), an undeclared prefix
 * at the element's or the first such attribute's name, an undeclared entity at its name.
 */
function dotnetMessage(
  message: string,
  text: string,
  position: number,
  state: {
    closing: readonly Open[];
    lastTag: Tag | undefined;
    markupEnd: number;
  },
): string {
  const located = /^(\d+):(\d+): (.*)$/s.exec(message);
  const saxes = located ? located[3]! : message;
  const generic = located ? `Line ${located[1]}, position ${located[2]}.` : "";
  if (saxes.startsWith("document must contain a root element")) return "Root element is missing.";
  if (saxes.startsWith("documents may contain only one root") && state.lastTag)
    return `There are multiple root elements. ${where(text, state.lastTag.at)}`;
  if (saxes.startsWith("text data outside of root node")) {
    const stray = text.slice(state.markupEnd).search(/[^ \t\r\n]/);
    return `Data at the root level is invalid. ${where(text, state.markupEnd + Math.max(stray, 0))}`;
  }
  // An end tag that does not close the open element: saxes closes that element, then reports.
  const endTag = text.lastIndexOf("</", position - 1);
  const endName = /^<\/([^\s>]+)/.exec(text.slice(endTag))?.[1];
  const start = state.closing[0];
  if (saxes.startsWith("unexpected close tag") && start && endName) {
    const [line, column] = lineAndPosition(text, start.at);
    return `The '${start.name}' start tag on line ${line} position ${column} does not match the end tag of '${endName}'. ${where(text, endTag + 2)}`;
  }
  // An end tag after the root (Xml_UnexpectedEndTag).
  if (saxes.startsWith("unmatched closing tag") && endName)
    return `Unexpected end tag. ${where(text, endTag + 2)}`;
  const prefix = /^unbound namespace prefix: "(.*)"/.exec(saxes);
  if (prefix && state.lastTag) {
    const tag = state.lastTag;
    const attribute = rawAttributes(text, tag.at - 1).find((a) =>
      a.name.startsWith(`${prefix[1]}:`),
    );
    const at = tag.name.startsWith(`${prefix[1]}:`) || !attribute ? tag.at : attribute.at;
    return `'${prefix[1]}' is an undeclared prefix. ${where(text, at)}`;
  }
  if (saxes.startsWith("undefined entity")) {
    const amp = text.lastIndexOf("&", position - 1);
    const name = /^&([^;]*);/.exec(text.slice(amp))?.[1];
    if (name !== undefined)
      return `Reference to undeclared entity '${name}'. ${where(text, amp + 1)}`;
  }
  if (saxes.startsWith("duplicate attribute") && state.lastTag) {
    const attributes = rawAttributes(text, state.lastTag.at - 1);
    const twice = attributes.find((a, i) => attributes.slice(0, i).some((b) => b.name === a.name));
    if (twice) return `'${twice.name}' is a duplicate attribute name. ${where(text, twice.at)}`;
  }
  if (saxes.startsWith('the string "]]>" is disallowed in char data'))
    return `']]>' is not allowed in character data. ${where(text, position - 3)}`;
  // Not located as .NET does: saxes's wording and place (the exception type is .NET's).
  return `${saxes.charAt(0).toUpperCase()}${saxes.slice(1)} ${generic}`.trimEnd();
}

function attributeName(attribute: { prefix: string; local: string; uri: string }): XNameValue {
  if (attribute.prefix === "" && attribute.local === "xmlns") return XNameValue.Get("xmlns");
  if (attribute.prefix === "xmlns") return XNamespaceValue.Get(XMLNS_URI).GetName(attribute.local);
  return XNamespaceValue.Get(attribute.uri).GetName(attribute.local);
}

/** The document's nodes, as XmlReader gives them to XDocument.Load. */
export function parseDocument(text: string | null): XDocumentValue {
  // XDocument.Parse reads through new StringReader(text), whose parameter is `s`
  // (referencesource System.Xml.Linq XLinq.cs, mscorlib StringReader.cs; mono prints the same).
  if (text === null || text === undefined) throw new ArgumentNullException("s");
  const document = new XDocumentValue();
  const open: Open[] = [];
  /** Elements saxes closed at `closingAt` (several when an end tag closes more than one). */
  let closing: Open[] = [];
  let closingAt = -1;
  let lastTag: Tag | undefined;
  /** Just past the last markup read (where stray text outside the root begins). */
  let markupEnd = 0;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const append = (node: XElementValue | XTextNode | XCommentNode | XProcessingInstructionNode) => {
    const parent = open[open.length - 1]?.element;
    // Outside the root only comments and processing instructions stay (saxes reports text
    // there, then the error; white space is dropped).
    (parent ?? document).appendChild(node);
  };
  parser.on("doctype", () => {
    throw new HarnessRefusal(
      "XML with a DOCTYPE: .NET's reader applies the DTD (defaults, entities), which the harness does not simulate",
    );
  });
  // saxes reports a declaration, comment or processing instruction before or at its end: the
  // end is found in the text.
  const markupEndsWith = (end: string) =>
    (markupEnd = text.indexOf(end, Math.max(parser.position - end.length - 1, 0)) + end.length);
  parser.on("xmldecl", () => markupEndsWith("?>"));
  // saxes has read the name and the character after it.
  parser.on("opentagstart", (tag: { name: string }) => {
    lastTag = { name: tag.name, at: parser.position - 1 - tag.name.length };
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const element = new XElementValue(XNamespaceValue.Get(tag.uri).GetName(tag.local));
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XML_URI && attribute.local === "space")
        throw new HarnessRefusal(
          "XML with xml:space: .NET's reader then keeps white space between elements, which the harness does not simulate",
        );
      element.Add(new XAttributeValue(attributeName(attribute), attribute.value));
    }
    append(element);
    open.push({ ...lastTag!, element });
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    const closed = open.pop()!;
    if (closingAt !== parser.position) closing = [];
    closingAt = parser.position;
    closing.push(closed);
    markupEnd = parser.position;
    // `<a></a>` is empty text, `<a/>` no content (XContainer.ReadContentFrom).
    if (!tag.isSelfClosing && closed.element.nodes === null) closed.element.Add("");
  });
  parser.on("text", (value: string) => {
    if (!WHITE_SPACE.test(value)) append(new XTextNode(value));
  });
  parser.on("cdata", (value: string) => append(new XTextNode(value, true)));
  parser.on("comment", (value: string) => {
    append(new XCommentNode(value));
    markupEndsWith("-->");
  });
  parser.on("processinginstruction", ({ target, body }: { target: string; body: string }) => {
    append(new XProcessingInstructionNode(target, body));
    markupEndsWith("?>");
  });
  let failure: Error | undefined;
  parser.on("error", (error: Error) => {
    failure ??= new XmlException(
      dotnetMessage(error.message, text, parser.position, {
        closing: closingAt === parser.position ? closing : [],
        lastTag,
        markupEnd,
      }),
    );
    throw failure;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw error instanceof HarnessRefusal ? error : (failure ?? error);
  }
  return document;
}

/** XElement.Parse: the root element alone (comments and processing instructions around it are read and dropped). */
export function parseElement(text: string | null): XElementValue {
  const document = parseDocument(text);
  const root = document.Root!;
  document.removeChild(root);
  return root;
}
