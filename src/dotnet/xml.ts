// System.Xml.Linq as policy expressions use it: read a SOAP or XML body (Body.As<XDocument>(),
// XDocument.Parse), walk it by qualified names (XNamespace.Get(uri).GetName("Body"), Element,
// Elements, Descendants, Attribute), read Value, change it (SetValue, Add, Remove) and print it
// (ToString: indented with two spaces, the XML declaration omitted). APIM's expression reference
// ("API Management policy expressions", ".NET Framework types allowed in policy expressions")
// allows XAttribute, XContainer, XDocument (all but Load), XElement, XName, XNamespace, XNode and
// XObject with all their members; the names here are .NET's own, so they translate 1:1. C# writes
// `ns + "Body"` for a qualified name; TypeScript's `+` would concatenate text, so the translator
// refuses it (APIM1120) and the exact .NET spelling is `ns.GetName("Body")`. A name argument is
// an XName or a string (C#'s implicit conversion: "local" or "{namespace}local"). The harness
// (harness/dotnet/xml/) simulates parsing with .NET's default LoadOptions.None (white space
// between elements dropped) and XmlWriter's indented output, checked against mono's System.Xml.Linq.
import type { IEnumerable } from "./collections.ts";
import { dotnetValue } from "./runtime.ts";

/** System.Xml.Linq.XNamespace: a namespace URI, atomized (one object per URI: `===` compares). */
export interface XNamespace {
  /** The URI ("" for no namespace). */
  readonly NamespaceName: string;
  /** The qualified name of `localName` in this namespace: C#'s `ns + "localName"`. */
  GetName(localName: string): XName;
  /** The URI, as NamespaceName. */
  ToString(): string;
}

/** XNamespace's statics. */
export interface XNamespaceStatic {
  /** The namespace of that URI (C#'s implicit conversion from string). */
  Get(namespaceName: string): XNamespace;
  /** No namespace (URI ""). */
  readonly None: XNamespace;
}

/** System.Xml.Linq.XName: a local name in a namespace, atomized (`===` compares). */
export interface XName {
  /** The local part: "Body". */
  readonly LocalName: string;
  /** The namespace (XNamespace.None when there is none). */
  readonly Namespace: XNamespace;
  /** The namespace's URI, "" when there is none. */
  readonly NamespaceName: string;
  /** "{uri}local", or "local" without a namespace. */
  ToString(): string;
}

/** XName's statics. */
export interface XNameStatic {
  /**
   * The name of "{uri}local" or "local". XmlException when the local part is not an XML name
   * ("a b"), ArgumentException for "" or an unclosed "{".
   */
  Get(expandedName: string): XName;
  /** The name `localName` in the namespace `namespaceName` ("" for none). */
  Get(localName: string, namespaceName: string): XName;
}

/** A name argument: an XName or its text ("local" or "{uri}local"), as C# converts a string. */
export type XNameLike = XName | string;

/** System.Xml.Linq.XAttribute. A namespace declaration (xmlns, xmlns:p) is an attribute too. */
export interface XAttribute {
  readonly Name: XName;
  /** The value as parsed (entities decoded, white space normalised as XML requires). */
  readonly Value: string;
  /** The element it belongs to, or null. */
  readonly Parent: XElement | null;
  /** Whether it is `xmlns` or `xmlns:prefix`. */
  readonly IsNamespaceDeclaration: boolean;
  /** Removes it from its element; InvalidOperationException "The parent is missing." without one. */
  Remove(): void;
  /** Replaces the value. */
  SetValue(value: string): void;
  /** `name="value"` with XML escapes (a prefix from the element's declarations). */
  ToString(): string;
}

/** XAttribute's constructor. */
export interface XAttributeConstructor {
  new (name: XNameLike, value: string): XAttribute;
}

/**
 * What Add and the XElement constructor take: elements (an element that already has a parent is
 * copied, as .NET does), attributes, text (merged with text before it) and sequences of these.
 */
export type XContent = XElement | XAttribute | string | IEnumerable<XElement>;

/** System.Xml.Linq.XContainer: what XElement and XDocument share. */
export interface XContainer {
  /** The first child element of that name, or null. */
  Element(name: XNameLike): XElement | null;
  /** The child elements (of that name), in document order. */
  Elements(name?: XNameLike): IEnumerable<XElement>;
  /** Every element below (of that name), in document order (depth first). */
  Descendants(name?: XNameLike): IEnumerable<XElement>;
  /**
   * The XML text, indented with two spaces per level (one element per line, lines ended with
   * Environment.NewLine: \r\n on APIM's Windows hosts), without the XML declaration; an element
   * with no content prints as `<a />`, one with empty text as `<a></a>`; text inside an element
   * keeps that element's content on one line.
   */
  ToString(): string;
}

/** System.Xml.Linq.XElement. */
export interface XElement extends XContainer {
  readonly Name: XName;
  /** The text of every text and CDATA node below, concatenated ("" when there is none). */
  readonly Value: string;
  /** The parent element, or null (the root of a document has none). */
  readonly Parent: XElement | null;
  /** Whether it has a child element. */
  readonly HasElements: boolean;
  /** Whether it has an attribute (namespace declarations count). */
  readonly HasAttributes: boolean;
  /** Whether it has no content at all (`<a />`, not `<a></a>`). */
  readonly IsEmpty: boolean;
  /** The attribute of that name, or null. */
  Attribute(name: XNameLike): XAttribute | null;
  /** Its attributes (of that name), in order. */
  Attributes(name?: XNameLike): IEnumerable<XAttribute>;
  /** Appends content (see XContent); InvalidOperationException "Duplicate attribute." */
  Add(...content: XContent[]): void;
  /** Removes it from its parent; InvalidOperationException "The parent is missing." without one. */
  Remove(): void;
  /** Replaces the content with this text (attributes stay). */
  SetValue(value: string): void;
}

/** XElement's constructor and statics. */
export interface XElementConstructor {
  /** An element with that name and content (none: `<a />`). */
  new (name: XNameLike, ...content: XContent[]): XElement;
  /** One element from XML text (an XML declaration allowed); XmlException when malformed. */
  Parse(text: string): XElement;
}

/** System.Xml.Linq.XDocument. */
export interface XDocument extends XContainer {
  /** The root element. */
  readonly Root: XElement | null;
}

/** XDocument's statics (Load is outside APIM's allow-list). */
export interface XDocumentStatic {
  /** A document from XML text; XmlException (with line and position) when malformed. */
  Parse(text: string): XDocument;
}

/** System.Xml.Linq.XNamespace. */
export const XNamespace: XNamespaceStatic = dotnetValue<XNamespaceStatic>("XNamespace");
/** System.Xml.Linq.XName. */
export const XName: XNameStatic = dotnetValue<XNameStatic>("XName");
/** System.Xml.Linq.XAttribute. */
export const XAttribute: XAttributeConstructor = dotnetValue<XAttributeConstructor>("XAttribute");
/** System.Xml.Linq.XElement. */
export const XElement: XElementConstructor = dotnetValue<XElementConstructor>("XElement");
/** System.Xml.Linq.XDocument. */
export const XDocument: XDocumentStatic = dotnetValue<XDocumentStatic>("XDocument");
