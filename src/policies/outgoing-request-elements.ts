// The set-url and set-method children shared by send-request and send-one-way-request. Both
// pages' Elements tables say the same: set-url and set-method are "No if mode=copy; otherwise
// yes", and set-method's "Policy expressions aren't allowed" (send-request-policy.md and
// send-one-way-request-policy.md, Elements).
import { isExpressionSlot } from "../model/expression.ts";
import type { PolicyCheck } from "./define-policy.ts";
import { literalOnly } from "./rules.ts";
import { HTTP_METHOD_TOKEN } from "./set-method.ts";

/** Checks set-method (a literal HTTP method or a named value) and, in mode new, that both children are there. */
export function checkOutgoingRequestElements(
  check: PolicyCheck,
  statement: { readonly mode?: unknown; readonly url?: unknown; readonly method?: unknown },
  policy: string,
): void {
  if (literalOnly(check, statement.method, `${policy} set-method`)) {
    const method = statement.method;
    if (
      method !== undefined &&
      !(typeof method === "string" && (method.includes("{{") || HTTP_METHOD_TOKEN.test(method)))
    )
      check.error(`${policy} set-method '${String(method)}' is not an HTTP method`);
  }
  // A mode given by an expression is known only when the policy runs (the harness checks it then).
  const isNew = statement.mode === undefined || statement.mode === "new";
  if (!isNew || isExpressionSlot(statement.mode)) return;
  if (statement.url === undefined)
    check.error(`${policy} url (set-url) is required unless mode is 'copy'`);
  if (statement.method === undefined)
    check.error(`${policy} method (set-method) is required unless mode is 'copy'`);
}
