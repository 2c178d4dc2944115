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

function dotnetMessage(message: string, stack: readonly XElementValue[]): string {
  const located = /^(\d+):(\d+): (.*)$/s.exec(message);
  const [line, column, text] = located
    ? [located[1], located[2], located[3]!]
    : ["1", "1", message];
  const where = `Line ${line}, position ${column}.`;
  if (text.startsWith("document must contain a root element")) return "Root element is missing.";
  if (text.startsWith("documents may contain only one root"))
    return `There are multiple root elements. ${where}`;
  if (text.startsWith("text data outside of root node"))
    return `Data at the root level is invalid. ${where}`;
  if (text.startsWith("unexpected close tag") && stack.length)
    return `The '${stack[stack.length - 1]!.Name.LocalName}' start tag does not match the end tag. ${where}`;
  const prefix = /^unbound namespace prefix: "(.*)"/.exec(text);
  if (prefix) return `'${prefix[1]}' is an undeclared prefix. ${where}`;
  if (text.startsWith("undefined entity")) return `Reference to undeclared entity. ${where}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${where}`;
}

function attributeName(attribute: { prefix: string; local: string; uri: string }): XNameValue {
  if (attribute.prefix === "" && attribute.local === "xmlns") return XNameValue.Get("xmlns");
  if (attribute.prefix === "xmlns") return XNamespaceValue.Get(XMLNS_URI).GetName(attribute.local);
  return XNamespaceValue.Get(attribute.uri).GetName(attribute.local);
}

/** The document's nodes, as XmlReader gives them to XDocument.Load. */
export function parseDocument(text: string | null): XDocumentValue {
  if (text === null || text === undefined) throw new ArgumentNullException("text");
  const document = new XDocumentValue();
  const stack: XElementValue[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const append = (node: XElementValue | XTextNode | XCommentNode | XProcessingInstructionNode) => {
    const parent = stack[stack.length - 1];
    // Outside the root only comments and processing instructions reach here (saxes refuses
    // text there, and white space is dropped).
    (parent ?? document).appendChild(node);
  };
  parser.on("doctype", () => {
    throw new HarnessRefusal(
      "XML with a DOCTYPE: .NET's reader applies the DTD (defaults, entities), which the harness does not simulate",
    );
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
    stack.push(element);
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    const element = stack.pop()!;
    // `<a></a>` is empty text, `<a/>` no content (XContainer.ReadContentFrom).
    if (!tag.isSelfClosing && element.nodes === null) element.Add("");
  });
  parser.on("text", (value: string) => {
    if (!WHITE_SPACE.test(value)) append(new XTextNode(value));
  });
  parser.on("cdata", (value: string) => append(new XTextNode(value, true)));
  parser.on("comment", (value: string) => append(new XCommentNode(value)));
  parser.on("processinginstruction", ({ target, body }: { target: string; body: string }) =>
    append(new XProcessingInstructionNode(target, body)),
  );
  let failure: Error | undefined;
  parser.on("error", (error: Error) => {
    failure ??= new XmlException(dotnetMessage(error.message, stack));
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
