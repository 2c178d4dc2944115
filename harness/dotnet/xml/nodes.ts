// The XML tree's twins: XAttribute, XElement and XDocument, with the text, CDATA, comment and
// processing-instruction nodes that parsing keeps. Content follows System.Xml.Linq's three states
// (XContainer.content): none (`<a />`, IsEmpty), empty text (`<a></a>`, after SetValue("") or
// parsing `<a></a>`) and a list of nodes; removing the last node returns to none, adding text
// merges it with a text node before it (checked on mono, test/dotnet/xml.test.ts). Elements and
// Descendants walk the live tree lazily as .NET's iterators do: a node added or removed during
// such a walk is seen (as on mono); an element removed from under a walk is refused
// (HarnessRefusal): .NET's linked-list walk then depends on internals no document describes.
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { EnumerableValue } from "../enumerable.ts";
import { ArgumentNullException, InvalidOperationException } from "../exceptions.ts";
import { toXName, XMLNS_URI, type XNameValue } from "./names.ts";
import { attributeText, writeXml } from "./writer.ts";

/** Text or CDATA (`cdata`), a comment, or a processing instruction. */
export class XTextNode {
  parent: XContainerValue | null = null;
  constructor(
    public value: string,
    readonly cdata = false,
  ) {}
}
export class XCommentNode {
  parent: XContainerValue | null = null;
  constructor(readonly value: string) {}
}
export class XProcessingInstructionNode {
  parent: XContainerValue | null = null;
  constructor(
    readonly target: string,
    readonly data: string,
  ) {}
}
export type XNodeValue = XElementValue | XTextNode | XCommentNode | XProcessingInstructionNode;

/** Whether `node` is still below `container` (its parent chain reaches it). */
function isBelow(node: XElementValue, container: XContainerValue): boolean {
  for (let up = node.parent; up; up = up.parent) if (up === container) return true;
  return false;
}

/**
 * A walk of `of` that reads the live tree after each yield, as .NET's iterators do (text set,
 * siblings added or removed are seen; checked on mono). When the element just yielded has left
 * the walk (removed, or an ancestor's content replaced), .NET goes on from internal links
 * (Elements() stops, Descendants() may throw): refused.
 */
function lazy(
  of: XContainerValue,
  walk: () => Generator<XElementValue>,
): EnumerableValue<XElementValue> {
  return new EnumerableValue(function* () {
    for (const element of walk()) {
      yield element;
      if (!isBelow(element, of))
        throw new HarnessRefusal(
          "an element was removed from the tree while Elements()/Descendants() was walking it: .NET's lazy walk then goes on from internal links no document describes; walk a copy (ToArray()) first",
        );
    }
  });
}

export class XAttributeValue {
  readonly Name: XNameValue;
  #value: string;
  parent: XElementValue | null = null;

  constructor(name: XNameValue | string, value: string | null) {
    this.Name = toXName(name);
    if (value === null || value === undefined) throw new ArgumentNullException("value");
    this.#value = value;
  }

  get Value(): string {
    return this.#value;
  }
  get Parent(): XElementValue | null {
    return this.parent;
  }
  get IsNamespaceDeclaration(): boolean {
    return (
      this.Name.NamespaceName === XMLNS_URI ||
      (this.Name.NamespaceName === "" && this.Name.LocalName === "xmlns")
    );
  }

  Remove(): void {
    const parent = this.parent;
    if (!parent) throw new InvalidOperationException("The parent is missing.");
    parent.attributes.splice(parent.attributes.indexOf(this), 1);
    this.parent = null;
  }

  SetValue(value: string | null): void {
    if (value === null || value === undefined) throw new ArgumentNullException("value");
    this.#value = value;
  }

  ToString(): string {
    return attributeText(this);
  }
  toString(): string {
    return this.ToString();
  }
}

export abstract class XContainerValue {
  parent: XContainerValue | null = null;
  /** null: no content; []: empty text (elements only); else the nodes, never empty. */
  nodes: XNodeValue[] | null = null;

  /** Child elements in order. */
  *childElements(): Generator<XElementValue> {
    for (const node of this.nodes ?? []) if (node instanceof XElementValue) yield node;
  }

  Element(name: XNameValue | string): XElementValue | null {
    const wanted = toXName(name);
    for (const element of this.childElements()) if (element.Name === wanted) return element;
    return null;
  }

  Elements(name?: XNameValue | string): EnumerableValue<XElementValue> {
    const wanted = name === undefined ? undefined : toXName(name);
    const self = this;
    return lazy(self, function* () {
      let element = self.childElements().next().value;
      while (element) {
        if (!wanted || element.Name === wanted) yield element;
        const siblings = self.nodes ?? [];
        element = siblings
          .slice(siblings.indexOf(element) + 1)
          .find((n) => n instanceof XElementValue);
      }
    });
  }

  /** XContainer.GetDescendants: depth first over the live tree, the next node read after each yield. */
  Descendants(name?: XNameValue | string): EnumerableValue<XElementValue> {
    const wanted = name === undefined ? undefined : toXName(name);
    const self = this;
    return lazy(self, function* () {
      let node: XNodeValue | XContainerValue = self;
      for (;;) {
        const first: XNodeValue | undefined =
          node instanceof XContainerValue ? node.nodes?.[0] : undefined;
        if (first) node = first;
        else {
          let next: XNodeValue | undefined;
          while (node !== self) {
            const parent: XContainerValue = (node as XNodeValue).parent!;
            const siblings = parent.nodes!;
            next = siblings[siblings.indexOf(node as XNodeValue) + 1];
            if (next) break;
            node = parent;
          }
          if (node === self || !next) return;
          node = next;
        }
        if (node instanceof XElementValue && (!wanted || node.Name === wanted)) yield node;
      }
    });
  }

  /** Appends a node, for Add and parsing (a parented element is copied, as XContainer.Add does). */
  appendChild(node: XNodeValue): void {
    if (node instanceof XElementValue && node.parent) node = node.clone();
    node.parent = this;
    (this.nodes ??= []).push(node);
  }

  /** XContainer.AddString: text merges with a text node before it; "" turns no content into empty text. */
  protected appendText(text: string): void {
    if (text.length === 0) {
      this.nodes ??= [];
      return;
    }
    const last = this.nodes?.[this.nodes.length - 1];
    if (last instanceof XTextNode && !last.cdata) last.value += text;
    else this.appendChild(new XTextNode(text));
  }

  removeChild(node: XNodeValue): void {
    const nodes = this.nodes!;
    nodes.splice(nodes.indexOf(node), 1);
    if (nodes.length === 0) this.nodes = null;
    node.parent = null;
  }

  ToString(): string {
    return writeXml(this);
  }
  toString(): string {
    return this.ToString();
  }
}

type Content = XElementValue | XAttributeValue | string | null | undefined | Iterable<Content>;

export class XElementValue extends XContainerValue {
  Name: XNameValue;
  attributes: XAttributeValue[] = [];
  constructor(name: XNameValue | string | XElementValue, ...content: Content[]) {
    super();
    if (name instanceof XElementValue) {
      // The copy constructor (what Add does with an element that has a parent).
      this.Name = name.Name;
      for (const attribute of name.attributes)
        this.#addAttribute(new XAttributeValue(attribute.Name, attribute.Value));
      if (name.nodes) {
        this.nodes = [];
        for (const node of name.nodes) this.appendChild(copyNode(node));
      }
      return;
    }
    this.Name = toXName(name);
    this.Add(...content);
  }

  clone(): XElementValue {
    return new XElementValue(this);
  }

  get Value(): string {
    let text = "";
    const collect = (container: XContainerValue): void => {
      for (const node of container.nodes ?? []) {
        if (node instanceof XTextNode) text += node.value;
        else if (node instanceof XElementValue) collect(node);
      }
    };
    collect(this);
    return text;
  }
  get Parent(): XElementValue | null {
    return this.parent instanceof XElementValue ? this.parent : null;
  }
  get HasElements(): boolean {
    return !this.childElements().next().done;
  }
  get HasAttributes(): boolean {
    return this.attributes.length > 0;
  }
  get IsEmpty(): boolean {
    return this.nodes === null;
  }

  Attribute(name: XNameValue | string): XAttributeValue | null {
    const wanted = toXName(name);
    return this.attributes.find((a) => a.Name === wanted) ?? null;
  }

  Attributes(name?: XNameValue | string): EnumerableValue<XAttributeValue> {
    const wanted = name === undefined ? undefined : toXName(name);
    return new EnumerableValue(() => this.attributes.filter((a) => !wanted || a.Name === wanted));
  }

  #addAttribute(attribute: XAttributeValue): void {
    if (attribute.parent) attribute = new XAttributeValue(attribute.Name, attribute.Value);
    if (this.attributes.some((a) => a.Name === attribute.Name))
      throw new InvalidOperationException("Duplicate attribute.");
    attribute.parent = this;
    this.attributes.push(attribute);
  }

  /** XContainer.Add(params object[]): nulls are skipped, sequences added item by item. */
  Add(...content: Content[]): void {
    for (const item of content) {
      if (item === null || item === undefined) continue;
      if (typeof item === "string") this.appendText(item);
      else if (item instanceof XElementValue) this.appendChild(item);
      else if (item instanceof XAttributeValue) this.#addAttribute(item);
      else if (typeof (item as Iterable<Content>)[Symbol.iterator] === "function")
        this.Add(...[...(item as Iterable<Content>)]);
      else
        throw new HarnessRefusal(
          `XElement.Add of ${String(item)}: only elements, attributes, text and sequences of them are simulated`,
        );
    }
  }

  Remove(): void {
    if (!this.parent) throw new InvalidOperationException("The parent is missing.");
    this.parent.removeChild(this);
  }

  /** XElement.SetValue: RemoveNodes() then Add(value), so "" leaves empty text (`<a></a>`). */
  SetValue(value: string | null): void {
    if (value === null || value === undefined) throw new ArgumentNullException("value");
    if (this.nodes) for (const node of this.nodes) node.parent = null;
    this.nodes = null;
    this.appendText(value);
  }
}

function copyNode(node: XNodeValue): XNodeValue {
  if (node instanceof XElementValue) return node.clone();
  if (node instanceof XTextNode) return new XTextNode(node.value, node.cdata);
  if (node instanceof XCommentNode) return new XCommentNode(node.value);
  return new XProcessingInstructionNode(node.target, node.data);
}

export class XDocumentValue extends XContainerValue {
  get Root(): XElementValue | null {
    return this.childElements().next().value ?? null;
  }
}
