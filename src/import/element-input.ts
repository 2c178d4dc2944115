// Reads one policy element for its builder call: each attribute and child the builder writes is
// taken once, converted to TypeScript by the kind of slot it fills; whatever is left over (an
// attribute or child apim-ts's builder does not write) makes the element unmappable, and the
// caller keeps it as rawXml(...) rather than drop anything.
import type { ModuleContext } from "./module-context.ts";
import type { ReadElement, ReadNode, ReadValue } from "./xml-reader.ts";
import { namedValueReference } from "../model/named-value.ts";

/** Why an element cannot become its builder call. */
export class Unmappable extends Error {}

/**
 * The kind of slot an attribute fills (src/policies/*: `Value<string>`, `Value<int>`,
 * `Value<boolean>`, a literal-only string or number, an expression-only slot, a Flag). "verbatim"
 * is literal text taken as it stands, `{{...}}` included (set-body's Liquid template, whose
 * `{{body.x}}` are Liquid's output tags, not named values).
 */
export type SlotKind =
  | "value"
  | "int"
  | "double"
  | "bool"
  | "literal"
  | "literalInt"
  | "literalBool"
  | "expression"
  | "flag"
  | "verbatim";

const INTEGER = /^-?[0-9]{1,15}$/;
/** A double as JavaScript writes it back (String(Number(text)) === text), so it round-trips. */
const DOUBLE = /^-?[0-9]{1,15}(\.[0-9]{1,15})?$/;

export class ElementInput {
  private readonly usedAttributes = new Set<string>();
  private readonly usedChildren = new Set<ReadNode>();

  constructor(
    readonly element: ReadElement,
    readonly context: ModuleContext,
  ) {}

  /** A value converted to TypeScript for a slot of this kind. */
  convert(value: ReadValue, kind: SlotKind, what: string): string {
    if (value.kind === "expression") {
      if (kind.startsWith("literal") || kind === "flag" || kind === "verbatim")
        throw new Unmappable(`${what} takes no expression in apim-ts's builder`);
      return this.context.expression(value);
    }
    const text = value.text;
    switch (kind) {
      case "value":
      case "literal":
        return this.context.literal(text);
      case "int":
      case "literalInt":
        if (!INTEGER.test(text)) throw new Unmappable(`${what}="${text}" is not an integer`);
        return String(Number(text));
      case "double":
        if (!DOUBLE.test(text) || String(Number(text)) !== text)
          throw new Unmappable(`${what}="${text}" is not a number written as apim-ts writes it`);
        return text;
      case "bool":
      case "literalBool":
        if (text !== "true" && text !== "false")
          throw new Unmappable(`${what}="${text}" is not true or false`);
        return text;
      case "flag":
        if (text === "true" || text === "false") return text;
        if (namedValueReference(text) !== undefined) return JSON.stringify(text);
        throw new Unmappable(`${what}="${text}" is not true, false or a {{named value}}`);
      case "verbatim":
        // Several lines: a template literal, so the module reads like the XML; one line, or a
        // carriage return (a template literal would turn CRLF into LF): a JSON string.
        if (!text.includes("\n") || text.includes("\r")) return JSON.stringify(text);
        return "`" + text.replace(/[`\\]|\$\{/g, (m) => `\\${m}`) + "`";
      case "expression":
        throw new Unmappable(`${what} must be an expression`);
    }
  }

  /** The attribute's TypeScript, or undefined when absent. */
  attribute(name: string, kind: SlotKind): string | undefined {
    const found = this.element.attributes.find((a) => a.name === name);
    if (!found) return undefined;
    this.usedAttributes.add(name);
    return this.convert(found.value, kind, `${this.element.name} ${name}`);
  }

  /** A required attribute. */
  required(name: string, kind: SlotKind): string {
    const text = this.attribute(name, kind);
    if (text === undefined) throw new Unmappable(`<${this.element.name}> has no ${name}`);
    return text;
  }

  /** The child elements of that name, taken. */
  children(name: string): ReadElement[] {
    const found = this.element.children.filter(
      (c): c is ReadElement => c.kind === "element" && c.name === name,
    );
    for (const child of found) this.usedChildren.add(child);
    return found;
  }

  /** The one child of that name, or undefined. */
  child(name: string): ReadElement | undefined {
    const found = this.children(name);
    if (found.length > 1) throw new Unmappable(`<${this.element.name}> has several <${name}>`);
    return found[0];
  }

  /** The element's text content (one literal or expression), converted. */
  text(kind: SlotKind, of: ReadElement = this.element): string {
    const texts = of.children.filter((c) => c.kind === "text");
    if (of.children.some((c) => c.kind === "element"))
      throw new Unmappable(`<${of.name}> holds elements where text is expected`);
    if (of.attributes.length > 0 && of !== this.element)
      throw new Unmappable(`<${of.name}> has attributes apim-ts's builder does not write`);
    if (texts.length !== 1) throw new Unmappable(`<${of.name}> needs one text value`);
    if (of === this.element) for (const t of texts) this.usedChildren.add(t);
    return this.convert((texts[0] as { value: ReadValue }).value, kind, `<${of.name}>`);
  }

  /** The children taken as statements (choose's branches, retry's body). */
  statementsOf(of: ReadElement, statements: (nodes: readonly ReadNode[]) => string): string {
    return statements(of.children);
  }

  /** Marks every child node taken (the caller converts them itself). */
  takeAllChildren(): void {
    for (const child of this.element.children) this.usedChildren.add(child);
  }

  /** Throws when an attribute or child was not taken (comments are kept apart). */
  finish(): void {
    for (const attribute of this.element.attributes)
      if (!this.usedAttributes.has(attribute.name))
        throw new Unmappable(
          `attribute '${attribute.name}' of <${this.element.name}> has no builder option`,
        );
    for (const child of this.element.children) {
      if (child.kind === "comment" || this.usedChildren.has(child)) continue;
      throw new Unmappable(
        child.kind === "element"
          ? `<${child.name}> inside <${this.element.name}> has no builder option`
          : `text inside <${this.element.name}> has no builder option`,
      );
    }
  }
}

/** `{ key: value, ... }` without the absent entries; "" when all are absent. */
export function objectLiteral(entries: readonly (readonly [string, string | undefined])[]): string {
  const present = entries.filter((e): e is readonly [string, string] => e[1] !== undefined);
  if (present.length === 0) return "";
  return `{ ${present.map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
}

/** Arguments joined, dropping trailing empty ones. */
export function callArguments(args: readonly string[]): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === "") list.pop();
  return list.map((a) => (a === "" ? "undefined" : a)).join(", ");
}
