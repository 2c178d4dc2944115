// <base/>: splices the parent scope's same section exactly where it stands.
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";

export interface Base {
  readonly kind: "base";
}

/** `<base />`: runs the enclosing scope's policies for this section at this position. */
export function base(): Base {
  return { kind: "base" };
}

export const basePolicy = definePolicy({
  element: "base",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["base"],
  reference:
    "https://learn.microsoft.com/azure/api-management/api-management-howto-policies#use-base-element-to-set-policy-evaluation-order",
  summary: "Runs the enclosing scope's policies for this section at this position.",
  toXml: (_statement: Base): XmlNode => element("base"),
});
