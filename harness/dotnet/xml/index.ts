// System.Xml.Linq's twin, bound to the declarations of src/dotnet/xml.ts by harness/dotnet/install.ts.
import { XNameValue, XNamespaceValue } from "./names.ts";
import { XAttributeValue, XElementValue, type XDocumentValue } from "./nodes.ts";
import { parseDocument, parseElement } from "./parse.ts";

export { XmlException } from "./exceptions.ts";
export { parseDocument, parseElement } from "./parse.ts";
export { XAttributeValue, XDocumentValue, XElementValue } from "./nodes.ts";

/** XElement: `new XElement(name, ...content)` and XElement.Parse. */
export class XElementStatics extends XElementValue {
  static Parse(text: string | null): XElementValue {
    return parseElement(text);
  }
}

export const XDocumentStatics = Object.freeze({
  Parse: (text: string | null): XDocumentValue => parseDocument(text),
});

export const XNameStatics = Object.freeze({
  Get: (name: string | null, namespaceName?: string | null) => XNameValue.Get(name, namespaceName),
});

export const XNamespaceStatics = Object.freeze({
  Get: (namespaceName: string | null) => XNamespaceValue.Get(namespaceName),
  get None() {
    return XNamespaceValue.None;
  },
});

export const XAttributeStatics = XAttributeValue;
