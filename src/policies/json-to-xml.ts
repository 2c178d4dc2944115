// <json-to-xml apply consider-accept-header parse-date namespace-separator namespace-prefix
// attribute-block-name/>: converts the request or response body from JSON to XML
// (json-to-xml-policy.md). `apply` is required; every attribute but `parse-date` accepts policy
// expressions. Sections inbound, outbound and on-error.
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface JsonToXmlOptions extends CommonOptions {
  /** "always", or "content-type-json": only when the Content-Type indicates JSON. */
  readonly apply: Value<"always" | "content-type-json">;
  /** true (APIM's default): convert only when the request's Accept header asks for XML. */
  readonly considerAcceptHeader?: Value<boolean>;
  /** Literal only; false copies date values as they are. APIM's default is true. */
  readonly parseDate?: boolean;
  /** The namespace separator character in property names; APIM's default is "_". */
  readonly namespaceSeparator?: Value<string>;
  /** Properties whose names begin with it become namespace declarations (usually "xmlns"). */
  readonly namespacePrefix?: Value<string>;
  /** The properties of the object with this name become the element's attributes. */
  readonly attributeBlockName?: Value<string>;
}

export interface JsonToXml extends StatementBase<"json-to-xml">, JsonToXmlOptions {}

/** `<json-to-xml>`: the body of the message in scope, from JSON to XML. */
export function jsonToXml(options: JsonToXmlOptions): JsonToXml {
  return checked(jsonToXmlPolicy, { kind: "json-to-xml", ...options });
}

export const jsonToXmlPolicy = definePolicy({
  element: "json-to-xml",
  sections: ["inbound", "outbound", "on-error"],
  builders: ["jsonToXml"],
  reference: "https://learn.microsoft.com/azure/api-management/json-to-xml-policy",
  summary: "Converts the request or response body from JSON to XML.",
  // Attribute order of the page's policy statement.
  toXml: (statement: JsonToXml): XmlNode =>
    element("json-to-xml", {
      id: statement.id,
      apply: slot(statement.apply),
      "consider-accept-header": slot(statement.considerAcceptHeader),
      "parse-date": slot(statement.parseDate),
      "namespace-separator": slot(statement.namespaceSeparator),
      "namespace-prefix": slot(statement.namespacePrefix),
      "attribute-block-name": slot(statement.attributeBlockName),
    }),
  // json-to-xml-policy.md, Attributes: apply is required, always or content-type-json;
  // consider-accept-header true or false; parse-date takes no expression; namespace-separator is
  // "The character": one character.
  validate: (statement, check): void => {
    if (required(check, statement.apply, "json-to-xml apply"))
      oneOf(check, statement.apply, ["always", "content-type-json"], "json-to-xml apply");
    oneOf(
      check,
      statement.considerAcceptHeader,
      [true, false],
      "json-to-xml consider-accept-header",
    );
    if (literalOnly(check, statement.parseDate, "json-to-xml parse-date"))
      oneOf(check, statement.parseDate, [true, false], "json-to-xml parse-date");
    const separator: unknown = statement.namespaceSeparator;
    if (typeof separator === "string" && [...separator].length !== 1)
      check.error(`json-to-xml namespace-separator must be one character, got '${separator}'`);
    nonEmpty(check, statement.namespacePrefix, "json-to-xml namespace-prefix");
    nonEmpty(check, statement.attributeBlockName, "json-to-xml attribute-block-name");
  },
});
