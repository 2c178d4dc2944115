// <rewrite-uri template copy-unmatched-params>: rewrites the request URL from its public form to
// the form the backend expects (rewrite-uri-policy.md: `template` accepts an expression, which must
// then be the whole value; `copy-unmatched-params` defaults to true and accepts expressions;
// section inbound only).
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
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
  if (!isExpressionSlot(template)) {
    if (typeof template !== "string" || template.trim() === "") {
      throw new Error(
        `rewriteUri(): the template must be a non-empty string, got '${String(template)}'`,
      );
    }
    // The reference page: "When expressions are used, the whole value must be an expression."
    if (/@[({]/.test(template)) {
      throw new Error(
        "rewriteUri(): an expression in the template must be the whole value; pass a function instead",
      );
    }
  }
  return { kind: "rewrite-uri", template, ...options };
}

export function rewriteUriToXml(statement: RewriteUri): XmlElement {
  return element("rewrite-uri", {
    id: statement.id,
    template: slot(statement.template),
    "copy-unmatched-params": slot(statement.copyUnmatchedParams),
  });
}
