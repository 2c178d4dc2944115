// <get-authorization-context>: asks the fake credential manager (credential-manager.ts) for the
// connection's access token and stores APIM's `Authorization` object (AccessToken, Claims) in
// the context variable (get-authorization-context-policy.md, Attributes and "Authorization
// object"). identity-type managed (default) checks the service's system-assigned identity against
// the connection's access policy; jwt checks the Entra token in `identity`, whose expected claims
// are aud `https://azure-api.net/authorization-manager`, `oid` and `tid` (same table). The fake
// does not verify the token's signature: the page does not say how APIM validates it.
// Errors (page, ignore-error row): true, "the context variable is assigned a value of null";
// false, "return 500" with the error in context.LastError. Neither the page nor the "Predefined
// errors for policies" table (api-management-error-handling-policies.md) names the Reason or
// Message, so both are the project's choice (docs/project-choices.md).
import { decodeJwt } from "../../dotnet/jwt.ts";
import { AuthorizationValue } from "../../dotnet/authorization.ts";
import type { GetAuthorizationContext } from "../../../src/policies/get-authorization-context.ts";
import type { CredentialIdentity } from "../credential-manager.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { INTERNAL_SERVER_ERROR } from "../policy-failure.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";

/** get-authorization-context-policy.md, Attributes, identity: the expected audience. */
export const AUTHORIZATION_MANAGER_AUDIENCE = "https://azure-api.net/authorization-manager";

/** A required slot's text; refused when an expression gives null or "" (the page is silent). */
function requiredText(
  run: PolicyRun<GetAuthorizationContext>,
  slot: unknown,
  name: string,
): string {
  const text = run.text(slot as never, name);
  if (text === null || text.trim() === "")
    throw new HarnessRefusal(
      `get-authorization-context ${name}: the expression gave ${text === null ? "null" : "''"}; ` +
        "get-authorization-context-policy.md does not say what APIM does then",
    );
  return text;
}

/** The identity to check, or why the jwt identity is unusable. */
function identityOf(
  run: PolicyRun<GetAuthorizationContext>,
): CredentialIdentity | { readonly invalid: string } {
  const { statement } = run;
  const type =
    statement.identityType === undefined
      ? "managed"
      : run.text(statement.identityType, "identity-type");
  if (type === "managed") return { kind: "managed" };
  if (type !== "jwt")
    throw new HarnessRefusal(
      `get-authorization-context identity-type: '${String(type)}' is neither managed nor jwt ` +
        "(get-authorization-context-policy.md, Attributes)",
    );
  const token = statement.identity === undefined ? null : run.text(statement.identity, "identity");
  const decoded = decodeJwt(token);
  if (!decoded) return { invalid: "identity-type is jwt and identity is not a JWT" };
  const { aud, oid, tid } = decoded.payload;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(AUTHORIZATION_MANAGER_AUDIENCE))
    return { invalid: `the identity token's audience is not ${AUTHORIZATION_MANAGER_AUDIENCE}` };
  if (typeof oid !== "string" || typeof tid !== "string")
    return { invalid: "the identity token has no oid or tid claim" };
  return { kind: "jwt", oid, tid };
}

export const runGetAuthorizationContext: PolicyHandler<GetAuthorizationContext> = (run) => {
  const { statement } = run;
  const providerId = requiredText(run, statement.providerId, "provider-id");
  const authorizationId = requiredText(run, statement.authorizationId, "authorization-id");
  const variable = requiredText(run, statement.contextVariableName, "context-variable-name");
  const ignoreError =
    statement.ignoreError === undefined
      ? false
      : run.boolean(statement.ignoreError, "ignore-error");
  const identity = identityOf(run);
  const outcome =
    "invalid" in identity
      ? ({ ok: false, failure: "IdentityInvalid", why: identity.invalid } as const)
      : run.gateway.credentialManager.token(providerId, authorizationId, identity);
  if (!outcome.ok) {
    if (ignoreError) {
      run.note(`get-authorization-context: ${outcome.why}; ignore-error, ${variable} = null`);
      run.execution.variables.set(variable, { type: "Authorization", value: null });
      return;
    }
    return run.fail(outcome.failure, outcome.why, INTERNAL_SERVER_ERROR);
  }
  run.note(
    `get-authorization-context: ${outcome.refreshed ? "refreshed" : "stored"} token of ${providerId}/${authorizationId}`,
  );
  run.execution.variables.set(variable, {
    type: "Authorization",
    value: new AuthorizationValue(outcome.accessToken, outcome.claims),
  });
};
