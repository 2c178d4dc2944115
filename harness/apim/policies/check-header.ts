// <check-header>: the request must carry the header and, when values are listed, its value must be
// one of them ("the check is considered a success if any one of the values is a match",
// check-header-policy.md, Elements), compared ignoring case when ignore-case is true. Otherwise
// the request fails with failed-check-httpcode and a JSON body holding failed-check-error-message.
// Two texts, two audiences ("Error handling in API Management policies", table "Predefined errors
// for policies"; field report 10): context.LastError carries APIM's own predefined Reason and
// Message, e.g. HeaderNotFound / "Header X-Tenant was not found in the request. Access denied.",
// while the caller's body carries the policy's failed-check-error-message ("Error message to return
// in the HTTP response body", check-header reference, Attributes).
// Chosen where the page is silent (docs/project-choices.md): ignore-case compares as .NET's
// StringComparison.OrdinalIgnoreCase does (the page says only "case is ignored"). Refused: a request
// carrying the header more than once when one of its values, or their joined text, is allowed
// (the page does not say whether one, every or the joined value must be), and an expression giving
// null (attribute-text.ts).
import type { CheckHeader } from "../../../src/policies/check-header.ts";
import { compareUnits } from "../../dotnet/string-statics.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { reasonPhrase } from "../messages.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { attributeText } from "./attribute-text.ts";

export const runCheckHeader: PolicyHandler<CheckHeader> = (run) => {
  const { statement } = run;
  const name = attributeText(run, statement.name, "name");
  const status = run.integer(statement.failedCheckHttpCode, "failed-check-httpcode");
  const message = attributeText(
    run,
    statement.failedCheckErrorMessage,
    "failed-check-error-message",
  );
  const comparison = run.boolean(statement.ignoreCase, "ignore-case")
    ? "OrdinalIgnoreCase"
    : "Ordinal";
  const allowed = statement.values.map((value, index) =>
    attributeText(run, value, `value[${index + 1}]`),
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
    const isAllowed = (text: string) =>
      allowed.some((permitted) => compareUnits(text, permitted, comparison) === 0);
    // {header-value}: the request's value as expressions read it (values joined with ",").
    const value = actual.join(",");
    // Several values: rejected when neither one of them nor the joined text is allowed (every
    // reading agrees); otherwise refused, the page does not say which reading APIM uses.
    if (actual.length > 1 && (isAllowed(value) || actual.some(isAllowed)))
      throw new HarnessRefusal(
        `check-header ${name}: the request carries the header ${actual.length} times and one of ` +
          "its values, or their joined text, is allowed; check-header-policy.md does not say whether one, every or the " +
          "joined value must be allowed",
      );
    if (!isAllowed(value))
      return run.fail(
        "HeaderValueNotAllowed",
        `Header ${name} value of ${value} is not allowed. Access denied.`,
        response,
      );
  }
  run.note(`check-header ${name}: passed`);
};
