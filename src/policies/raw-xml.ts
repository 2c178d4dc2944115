// Escape hatch for policies apim-ts has no builder for: one XML element written verbatim. It is
// checked to be well-formed (so it cannot break the document) and the harness refuses to run
// it, since it has no semantics for it: a test over a raw element fails loudly.
import { XMLValidator } from "fast-xml-parser";
import { type XmlVerbatim } from "../emit/xml-tree.ts";
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

export function rawXmlToXml(statement: RawXml): XmlVerbatim {
  return { kind: "verbatim", xml: statement.xml };
}
