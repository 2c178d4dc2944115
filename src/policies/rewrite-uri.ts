// <rewrite-uri template copy-unmatched-params>: rewrites the request URL from its public form to
// the form the backend expects (rewrite-uri-policy.md: `template` accepts an expression, which must
// then be the whole value; `copy-unmatched-params` defaults to true and accepts expressions;
// section inbound only).
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface RewriteUriOptions extends CommonOptions {
  /**
   * Whether query parameters of the incoming request that are not in the operation's URL template
   * are added to the rewritten URL. APIM's default is true.
   */
  readonly copyUnmatchedParams?: Value<boolean>;
}

export interface RewriteUri extends StatementBase<"rewrite-uri">, RewriteUriOptions {
  readonly template: Value<string>;
}

/**
 * `<rewrite-uri>`: the backend URL path and query, relative to the API's service URL, with the
 * operation's template parameters as `{name}` (`/v2/US/hardware/{storenumber}?City=city`).
 */
export function rewriteUri(template: Value<string>, options: RewriteUriOptions = {}): RewriteUri {
  return checked(rewriteUriPolicy, { kind: "rewrite-uri", template, ...options });
}

export const rewriteUriPolicy = definePolicy({
  element: "rewrite-uri",
  sections: ["inbound"],
  builders: ["rewriteUri"],
  reference: "https://learn.microsoft.com/azure/api-management/rewrite-uri-policy",
  summary: "Rewrites the request URL from its public form to the one the backend expects.",
  toXml: (statement: RewriteUri): XmlNode =>
    element("rewrite-uri", {
      id: statement.id,
      template: slot(statement.template),
      "copy-unmatched-params": slot(statement.copyUnmatchedParams),
    }),
  // rewrite-uri-policy.md, Attributes: `template` is required; "When expressions are used, the
  // whole value must be an expression."
  validate: (statement, check): void => {
    const template: unknown = statement.template;
    if (!required(check, template, "rewrite-uri template")) return;
    nonEmpty(check, template, "rewrite-uri template");
    if (!isExpressionSlot(template) && typeof template === "string" && /@[({]/.test(template))
      check.error(
        "rewrite-uri template: an expression must be the whole value; pass a function instead",
      );
  },
});
