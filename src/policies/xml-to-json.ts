// <xml-to-json kind apply consider-accept-header always-array-child-elements/>: converts the
// request or response body from XML to JSON (xml-to-json-policy.md). `kind` and `apply` are
// required; every attribute accepts policy expressions. Sections inbound, outbound and on-error.
// The statement's own `kind` names its element, so the `kind` attribute is `jsonKind` in the model
// and the builder's first argument.
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/** The `kind` attribute: "direct" reflects the XML document's structure. */
export type XmlToJsonKind = "javascript-friendly" | "direct";

export interface XmlToJsonOptions extends CommonOptions {
  /** "always", or "content-type-xml": only when the Content-Type indicates XML. */
  readonly apply: Value<"always" | "content-type-xml">;
  /** true (APIM's default): convert only when the request's Accept header asks for JSON. */
  readonly considerAcceptHeader?: Value<boolean>;
  /** true: every child element becomes a JSON array; APIM's default false: only repeated ones. */
  readonly alwaysArrayChildElements?: Value<boolean>;
}

export interface XmlToJson extends StatementBase<"xml-to-json">, XmlToJsonOptions {
  /** The `kind` attribute. */
  readonly jsonKind: Value<XmlToJsonKind>;
}

/** `<xml-to-json kind=...>`: the body of the message in scope, from XML to JSON. */
export function xmlToJson(kind: Value<XmlToJsonKind>, options: XmlToJsonOptions): XmlToJson {
  return checked(xmlToJsonPolicy, { kind: "xml-to-json", jsonKind: kind, ...options });
}

export const xmlToJsonPolicy = definePolicy({
  element: "xml-to-json",
  sections: ["inbound", "outbound", "on-error"],
  builders: ["xmlToJson"],
  reference: "https://learn.microsoft.com/azure/api-management/xml-to-json-policy",
  summary: "Converts the request or response body from XML to JSON.",
  // Attribute order of the page's policy statement.
  toXml: (statement: XmlToJson): XmlNode =>
    element("xml-to-json", {
      id: statement.id,
      kind: slot(statement.jsonKind),
      apply: slot(statement.apply),
      "consider-accept-header": slot(statement.considerAcceptHeader),
      "always-array-child-elements": slot(statement.alwaysArrayChildElements),
    }),
  // xml-to-json-policy.md, Attributes: kind and apply are required, each one of two values;
  // consider-accept-header and always-array-child-elements are true or false.
  validate: (statement, check): void => {
    if (required(check, statement.jsonKind, "xml-to-json kind"))
      oneOf(check, statement.jsonKind, ["javascript-friendly", "direct"], "xml-to-json kind");
    if (required(check, statement.apply, "xml-to-json apply"))
      oneOf(check, statement.apply, ["always", "content-type-xml"], "xml-to-json apply");
    oneOf(
      check,
      statement.considerAcceptHeader,
      [true, false],
      "xml-to-json consider-accept-header",
    );
    oneOf(
      check,
      statement.alwaysArrayChildElements,
      [true, false],
      "xml-to-json always-array-child-elements",
    );
  },
});
