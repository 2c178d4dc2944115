// <check-header>: the request must carry the header and, when values are listed, one of its values
// must be among them (compared ignoring case when ignore-case is true). Otherwise the request
// fails with failed-check-httpcode and a JSON body holding failed-check-error-message.
// Two texts, two audiences ("Error handling in API Management policies", table "Predefined errors
// for policies"; field report 10): context.LastError carries APIM's own predefined Reason and
// Message, e.g. HeaderNotFound / "Header X-Tenant was not found in the request. Access denied.",
// while the caller's body carries the policy's failed-check-error-message ("Error message to return
// in the HTTP response body", check-header reference, Attributes).
import type { CheckHeader } from "../../../src/policies/check-header.ts";
import { reasonPhrase } from "../messages.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runCheckHeader: PolicyHandler<CheckHeader> = (run) => {
  const { statement } = run;
  const name = run.text(statement.name, "name") ?? "";
  const status = run.integer(statement.failedCheckHttpCode, "failed-check-httpcode");
  const message = run.text(statement.failedCheckErrorMessage, "failed-check-error-message") ?? "";
  const ignoreCase = run.boolean(statement.ignoreCase, "ignore-case");
  const allowed = statement.values.map(
    (value, index) => run.text(value, `value[${index + 1}]`) ?? "",
  );
  const response = {
    status,
    reason: reasonPhrase(status),
    body: JSON.stringify({ statusCode: status, message }, null, 2),
  };
  const actual = run.execution.request.headers.get(name);
  if (actual === undefined)
    return run.fail(
      "HeaderNotFound",
      `Header ${name} was not found in the request. Access denied.`,
      response,
    );
  if (allowed.length > 0) {
    const fold = (text: string) => (ignoreCase ? text.toLowerCase() : text);
    const permitted = new Set(allowed.map(fold));
    if (!actual.some((value) => permitted.has(fold(value))))
      return run.fail(
        "HeaderValueNotAllowed",
        // {header-value}: the request's value as expressions read it (values joined with ",").
        `Header ${name} value of ${actual.join(",")} is not allowed. Access denied.`,
        response,
      );
  }
  run.note(`check-header ${name}: passed`);
};
