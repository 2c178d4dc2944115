// <authentication-managed-identity resource client-id output-token-variable-name ignore-error>:
// APIM gets an access token for `resource` from Microsoft Entra ID with its system-assigned
// identity, or the user-assigned one named by client-id, and sends it to the backend as
// `Authorization: Bearer` (authentication-managed-identity-policy.md). Inbound only; also a child
// of send-request (send-request.ts).
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface AuthenticationManagedIdentityOptions extends CommonOptions {
  /**
   * The application ID (or App ID URI) of the target web API in Microsoft Entra ID, e.g.
   * `"https://management.azure.com/"`. Required; policy expressions are allowed.
   */
  readonly resource: Value<string>;
  /**
   * The client ID of a user-assigned identity; omitted: the system-assigned identity. Literal
   * only ("Policy expressions aren't allowed").
   */
  readonly clientId?: string;
  /**
   * The context variable that receives the token (a `string`). Literal only. The page's example
   * with it sets the Authorization header itself with set-header.
   */
  readonly outputTokenVariableName?: string;
  /** true: the pipeline goes on when no token is obtained. Default false. Literal only. */
  readonly ignoreError?: boolean;
}

export interface AuthenticationManagedIdentity
  extends StatementBase<"authentication-managed-identity">, AuthenticationManagedIdentityOptions {}

/** `<authentication-managed-identity>`: the backend receives a bearer token of APIM's identity. */
export function authenticationManagedIdentity(
  options: AuthenticationManagedIdentityOptions,
): AuthenticationManagedIdentity {
  return checked(authenticationManagedIdentityPolicy, {
    kind: "authentication-managed-identity",
    ...options,
  });
}

export const authenticationManagedIdentityPolicy = definePolicy({
  element: "authentication-managed-identity",
  // authentication-managed-identity-policy.md, Usage: "Policy sections: inbound"; scopes global,
  // product, API, operation (every scope but workspace).
  sections: ["inbound"],
  scopes: ["global", "product", "api", "operation"],
  builders: ["authenticationManagedIdentity"],
  reference:
    "https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy",
  summary: "Authenticates to the backend with a token of the service's managed identity.",
  toXml: (statement: AuthenticationManagedIdentity): XmlNode =>
    element("authentication-managed-identity", {
      id: statement.id,
      resource: slot(statement.resource),
      "client-id": statement.clientId,
      "output-token-variable-name": statement.outputTokenVariableName,
      "ignore-error": statement.ignoreError,
    }),
  // authentication-managed-identity-policy.md, Attributes: resource is required (expressions
  // allowed); client-id and output-token-variable-name allow no expressions; ignore-error is a
  // Boolean (the page allows no expression there).
  validate: (statement, check): void => {
    if (required(check, statement.resource, "authentication-managed-identity resource"))
      nonEmpty(check, statement.resource, "authentication-managed-identity resource");
    if (literalOnly(check, statement.clientId, "authentication-managed-identity client-id"))
      nonEmpty(check, statement.clientId, "authentication-managed-identity client-id");
    if (
      literalOnly(
        check,
        statement.outputTokenVariableName,
        "authentication-managed-identity output-token-variable-name",
      )
    )
      nonEmpty(
        check,
        statement.outputTokenVariableName,
        "authentication-managed-identity output-token-variable-name",
      );
    if (literalOnly(check, statement.ignoreError, "authentication-managed-identity ignore-error"))
      if (statement.ignoreError !== undefined && typeof statement.ignoreError !== "boolean")
        check.error(
          `authentication-managed-identity ignore-error must be true or false, got '${String(statement.ignoreError)}'`,
        );
  },
});
