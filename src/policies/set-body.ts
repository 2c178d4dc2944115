// <set-body>: replaces the request body (inbound, backend) or the response body (outbound,
// inside return-response) with literal text, an expression's string, or a Liquid template's
// output (set-body-policy.md, Attributes: `template="liquid"`; `xsi-nil` "blank | null",
// "Policy expressions aren't allowed"). A template is literal text: APIM renders it, no C# runs.
import type { Value } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/** How elements marked xsi:nil="true" appear to a Liquid template over an XML body. */
export type XsiNil = "blank" | "null";

export interface SetBodyOptions extends CommonOptions {
  /** "liquid": the body text is a Liquid template (DotLiquid in APIM), rendered over the body. */
  readonly template?: "liquid";
  /** Literal only; APIM's default is "blank". */
  readonly xsiNil?: XsiNil;
}

export interface SetBody extends StatementBase<"set-body">, SetBodyOptions {
  readonly body: Value<string>;
}

/**
 * `<set-body>`: the message body becomes this text. With `{ template: "liquid" }` the text is a
 * Liquid template (a literal string) that reads `body` and `context`.
 */
export function setBody(body: Value<string>, options: SetBodyOptions = {}): SetBody {
  return checked(setBodyPolicy, { kind: "set-body", body, ...options });
}

export const setBodyPolicy = definePolicy({
  element: "set-body",
  sections: ["inbound", "backend", "outbound"],
  builders: ["setBody"],
  reference: "https://learn.microsoft.com/azure/api-management/set-body-policy",
  summary:
    "Replaces the request or response body with text, an expression's string or a Liquid template's output.",
  toXml: (statement: SetBody): XmlNode =>
    element(
      "set-body",
      { id: statement.id, template: statement.template, "xsi-nil": statement.xsiNil },
      [text(slot(statement.body)!)],
    ),
  // set-body-policy.md, Attributes: template's "only supported value" is liquid; xsi-nil is blank
  // or null, no expressions. A Liquid template is the element's text, so it cannot be a C#
  // expression.
  validate: (statement, check): void => {
    required(check, statement.body, "set-body body");
    if (literalOnly(check, statement.template, "set-body template"))
      oneOf(check, statement.template, ["liquid"], "set-body template");
    if (literalOnly(check, statement.xsiNil, "set-body xsi-nil"))
      oneOf(check, statement.xsiNil, ["blank", "null"], "set-body xsi-nil");
    if (statement.template === "liquid") {
      if (
        literalOnly(check, statement.body, "set-body liquid template") &&
        typeof statement.body !== "string"
      )
        check.error("set-body liquid template must be a string");
    }
  },
});
