// <authentication-managed-identity>: gets a token for `resource` from the fake Entra ID
// (managed-identity.ts) with the system-assigned identity, or the user-assigned one named by
// client-id, and sets `Authorization: Bearer <token>` on the request (or, inside send-request, on
// the outgoing request) (authentication-managed-identity-policy.md). Tokens are cached per
// identity and resource until they expire, on the virtual clock.
// With output-token-variable-name the token goes into that variable (a string) and the header is
// left alone: project's choice, after the page's example "Use managed identity and set header
// manually", which sets it with set-header (the page does not say it outright).
// No token: with ignore-error true "the policy pipeline continues to execute" without the header
// (and without the variable: project's choice, the page does not say). With ignore-error false the
// request fails, but neither the policy's page nor the "Predefined errors for policies" table
// (api-management-error-handling-policies.md) gives the Reason, Message or status, so the harness
// refuses rather than invent them.
import type { AuthenticationManagedIdentity } from "../../../src/policies/authentication-managed-identity.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runAuthenticationManagedIdentity: PolicyHandler<AuthenticationManagedIdentity> = (
  run,
) => {
  const { statement } = run;
  const resource = run.text(statement.resource, "resource");
  if (resource === null || resource.trim() === "")
    throw new HarnessRefusal(
      `authentication-managed-identity resource: the expression gave ${resource === null ? "null" : "''"}; ` +
        "authentication-managed-identity-policy.md does not say what APIM does then",
    );
  const identity =
    statement.clientId === undefined
      ? "system-assigned identity"
      : `identity ${statement.clientId}`;
  const outcome = run.gateway.entraId.token(statement.clientId, resource);
  if (!outcome.ok) {
    if (statement.ignoreError === true) {
      run.note(
        `authentication-managed-identity: no token for ${resource} (${outcome.why}); ignore-error, going on`,
      );
      return;
    }
    throw new HarnessRefusal(
      `authentication-managed-identity: no token for '${resource}' with the ${identity} (${outcome.why}), ` +
        "and ignore-error is false; neither authentication-managed-identity-policy.md nor the " +
        "'Predefined errors for policies' table documents the resulting error (Reason, Message, status)",
    );
  }
  run.note(
    `authentication-managed-identity: ${outcome.cached ? "cached" : "new"} token for ${resource} (${identity})`,
  );
  if (statement.outputTokenVariableName !== undefined) {
    run.execution.variables.set(statement.outputTokenVariableName, {
      type: "string",
      value: outcome.token,
    });
    return;
  }
  run.frame.target.headers.set("Authorization", [`Bearer ${outcome.token}`]);
};
