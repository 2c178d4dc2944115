// What every entry of the policy import table shares: the entry's type, the `id` option, nested
// builder calls (a policy element inside another, such as send-request's set-header) and the
// check that children come in the order the builder writes them. Kept apart from the registry
// (policy-table.ts) so the table's family files can use it without importing one another.
import {
  callArguments,
  ElementInput,
  objectLiteral,
  Unmappable,
  type SlotKind,
} from "./element-input.ts";
import type { ReadElement, ReadNode } from "./xml-reader.ts";

/** Converts a list of child nodes (statements and comments) to array-element TypeScript. */
export type StatementList = (nodes: readonly ReadNode[]) => string;

export type ElementImport = (input: ElementInput, statements: StatementList) => string;

/** The one registry, filled by policy-table.ts from its family files (read by nested()). */
export const IMPORTS: Record<string, ElementImport> = {};
/** The builder function each entry calls (imported from "apim-ts"). */
export const BUILDERS: Record<string, string> = {};

export const id = (input: ElementInput) => input.attribute("id", "literal");

/** The options object with `id` last, as every builder's CommonOptions. */
export const withId = (
  input: ElementInput,
  entries: readonly (readonly [string, string | undefined])[] = [],
) => objectLiteral([...entries, ["id", id(input)]]);

export { callArguments, ElementInput, objectLiteral, Unmappable };

/** A nested element read as its own builder call (send-request's and return-response's children). */
export function nested(
  input: ElementInput,
  element: ReadElement,
  statements: StatementList,
): string {
  const entry = IMPORTS[element.name];
  if (!entry) throw new Unmappable(`<${element.name}> inside <${input.element.name}>`);
  const inner = new ElementInput(element, input.context);
  const text = entry(inner, statements);
  inner.finish();
  input.context.use(calledBuilder(text) ?? BUILDERS[element.name]!);
  return text;
}

/**
 * The builder an entry's text calls (`deleteHeader(...)` rather than the element's usual
 * setHeader), so that the module imports the one it uses.
 */
export function calledBuilder(text: string): string | undefined {
  return /^([A-Za-z]\w*)\(/.exec(text)?.[1];
}

/** The child elements of `of`. */
export const childElements = (of: ReadElement): ReadElement[] =>
  of.children.filter((c): c is ReadElement => c.kind === "element");

/**
 * Throws Unmappable when the element's children are not in the order `expected` lists (the order
 * the builder's toXml writes them); names not listed are left to finish() to refuse.
 */
export function inOrder(input: ElementInput, expected: readonly string[]): void {
  const ranks = childElements(input.element)
    .map((c) => expected.indexOf(c.name))
    .filter((r) => r >= 0);
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!))
    throw new Unmappable(
      `<${input.element.name}>'s children are in an order its builder does not write`,
    );
}

/**
 * A child element read on its own: `read` takes what it needs, then whatever is left over makes
 * the whole policy unmappable.
 */
export function readChild<T>(
  input: ElementInput,
  child: ReadElement,
  read: (entry: ElementInput) => T,
): T {
  const entry = new ElementInput(child, input.context);
  const result = read(entry);
  entry.finish();
  return result;
}

/**
 * A list element (`<allowed-origins><origin>a</origin>...</allowed-origins>`): its items' texts
 * converted to `kind`. Throws Unmappable for an empty list (the builders refuse one).
 */
export function textList(
  input: ElementInput,
  list: ReadElement,
  item: string,
  kind: Parameters<ElementInput["text"]>[0],
  attributes: (entry: ElementInput) => void = () => {},
): string[] {
  return readChild(input, list, (entry) => {
    attributes(entry);
    const items = entry.children(item).map((i) => entry.text(kind, i));
    if (items.length === 0) throw new Unmappable(`<${list.name}> lists nothing`);
    return items;
  });
}

/** `[a, b]`, or undefined for no list. */
export const arrayOf = (items: readonly string[] | undefined) =>
  items === undefined ? undefined : `[${items.join(", ")}]`;

/**
 * The attribute converted for `kind`, after checking that a literal is one of `allowed` (the
 * builder's own list); an expression is left to `kind` to accept or refuse.
 */
export function oneOfAttribute(
  input: ElementInput,
  name: string,
  kind: SlotKind,
  allowed: readonly string[],
): string | undefined {
  const found = input.element.attributes.find((a) => a.name === name);
  if (found?.value.kind === "literal" && !allowed.includes(found.value.text))
    throw new Unmappable(
      `${input.element.name} ${name}="${found.value.text}" is not one of ${allowed.join(", ")}`,
    );
  return input.attribute(name, kind);
}
