// <base/>: splices the parent scope's same section exactly where it stands.
import { element, type XmlElement } from "../emit/xml-tree.ts";

export interface Base {
  readonly kind: "base";
}

/** `<base />`: runs the enclosing scope's policies for this section at this position. */
export function base(): Base {
  return { kind: "base" };
}

export function baseToXml(): XmlElement {
  return element("base");
}
