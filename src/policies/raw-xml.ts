// Escape hatch for policies apim-ts has no builder for: one XML element written verbatim. It is
// checked to be well-formed (so it cannot break the document) and the harness refuses to run
// it, since it has no semantics for it: a test over a raw element fails loudly.
import { XMLValidator } from "fast-xml-parser";
import { type XmlVerbatim } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import type { StatementBase } from "./statement-base.ts";

export interface RawXml extends StatementBase<"raw-xml"> {
  readonly xml: string;
}

/** One policy element written verbatim, e.g. `rawXml('<cors allow-credentials="true">...</cors>')`. */
export function rawXml(xml: string): RawXml {
  const trimmed = xml.trim();
  const valid = XMLValidator.validate(trimmed);
  if (valid !== true) {
    throw new Error(`rawXml(): not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  if (!/^<[A-Za-z][\w-]*[\s\S]*>$/.test(trimmed) || /^<\?/.test(trimmed)) {
    throw new Error("rawXml(): give exactly one policy element");
  }
  return { kind: "raw-xml", xml: trimmed };
}

export const rawXmlPolicy = definePolicy({
  element: "raw-xml",
  // A verbatim element may be any policy: APIM checks its section when the document is saved.
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["rawXml"],
  reference: "https://learn.microsoft.com/azure/api-management/api-management-policies",
  summary: "One policy element written verbatim (no builder yet; the harness refuses to run it).",
  toXml: (statement: RawXml): XmlVerbatim => ({ kind: "verbatim", xml: statement.xml }),
});
