// <set-method>: changes the HTTP method of the request (set-method-policy.md: the element's value is
// the method, such as POST or GET; policy expressions are allowed; sections inbound and on-error).
// Inside send-request the same element is its `method` option (send-request.ts), not this statement.
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetMethod extends StatementBase<"set-method"> {
  readonly method: Value<string>;
}

/**
 * An HTTP method is a token (RFC 9110 section 9.1 and 5.6.2); the reference page only says "the
 * HTTP method, such as POST, GET". The harness applies the same check to an expression's value.
 */
export const HTTP_METHOD_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** `<set-method>`: the request continues with this HTTP method (POST, GET, ...). */
export function setMethod(method: Value<string>, options: CommonOptions = {}): SetMethod {
  return checked(setMethodPolicy, { kind: "set-method", method, ...options });
}

export const setMethodPolicy = definePolicy({
  element: "set-method",
  sections: ["inbound", "on-error"],
  builders: ["setMethod"],
  reference: "https://learn.microsoft.com/azure/api-management/set-method-policy",
  summary: "Changes the HTTP method of the request.",
  toXml: (statement: SetMethod): XmlNode =>
    element("set-method", { id: statement.id }, [text(slot(statement.method)!)]),
  // set-method-policy.md, Policy statement: the element's value is the HTTP method (required),
  // policy expressions allowed. A literal holding a {{named value}} is checked by the harness
  // once the value is substituted.
  validate: (statement, check): void => {
    const method: unknown = statement.method;
    if (!required(check, method, "set-method value") || isExpressionSlot(method)) return;
    if (typeof method === "string" && method.includes("{{")) return;
    if (typeof method !== "string" || !HTTP_METHOD_TOKEN.test(method))
      check.error(
        `set-method '${String(method)}' is not an HTTP method (a token such as POST or GET)`,
      );
  },
});
