// The XML shape of a policy document before expressions are translated: each policy module maps
// its statement to these nodes, the emitter translates expression slots, the printer writes text.
import type { ExpressionOnly } from "../model/expression.ts";

/** An attribute or text value: literal text, or an expression slot still to translate. */
export type XmlValue = string | ExpressionOnly<unknown>;

export interface XmlElement {
  readonly kind: "element";
  readonly name: string;
  readonly attributes: readonly (readonly [string, XmlValue])[];
  readonly children: readonly XmlNode[];
}

export interface XmlText {
  readonly kind: "text";
  readonly value: XmlValue;
}

/** Verbatim XML from the raw-XML escape hatch, already checked to be one well-formed element. */
export interface XmlVerbatim {
  readonly kind: "verbatim";
  readonly xml: string;
}

export type XmlNode = XmlElement | XmlText | XmlVerbatim;

/** Builds an element, dropping attributes whose value is undefined so optional ones vanish. */
export function element(
  name: string,
  attributes: Record<string, XmlValue | number | boolean | undefined> = {},
  children: readonly XmlNode[] = [],
): XmlElement {
  const kept: (readonly [string, XmlValue])[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    kept.push([
      key,
      typeof value === "number" || typeof value === "boolean" ? String(value) : value,
    ]);
  }
  return { kind: "element", name, attributes: kept, children };
}

export function text(value: XmlValue | number | boolean): XmlText {
  return {
    kind: "text",
    value: typeof value === "number" || typeof value === "boolean" ? String(value) : value,
  };
}
