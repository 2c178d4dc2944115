// <get-authorization-context provider-id authorization-id context-variable-name identity-type
// identity ignore-error>: APIM's credential manager fetches the access token of a connection
// (formerly "authorization") to a credential provider and stores an `Authorization` object
// (AccessToken, Claims) in a context variable (get-authorization-context-policy.md). Every
// attribute allows policy expressions (the page's Attributes table says so for each one).
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, nonEmpty, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/** The identities the page lists for identity-type. */
export const AUTHORIZATION_IDENTITY_TYPES = ["managed", "jwt"] as const;
export type AuthorizationIdentityType = (typeof AUTHORIZATION_IDENTITY_TYPES)[number];

export interface GetAuthorizationContextOptions extends CommonOptions {
  /**
   * The credential provider resource identifier, e.g. "github-01". Required; expressions allowed
   * (the page's example reads it from the query, which may give null: the harness refuses a null).
   */
  readonly providerId: Value<string | null>;
  /** The connection resource identifier, e.g. "auth-01". Required; expressions allowed (as providerId). */
  readonly authorizationId: Value<string | null>;
  /** The context variable that receives the `Authorization` object. Required; expressions allowed. */
  readonly contextVariableName: Value<string>;
  /**
   * Whose permission the connection's access policy checks: "managed" (the service's
   * system-assigned managed identity, the default) or "jwt" (the token in `identity`).
   * Expressions allowed.
   */
  readonly identityType?: Value<AuthorizationIdentityType>;
  /**
   * A Microsoft Entra JWT bearer token (audience `https://azure-api.net/authorization-manager`,
   * claims `oid` and `tid`) checked against the connection's permissions; ignored unless
   * identity-type is "jwt". Expressions allowed.
   */
  readonly identity?: Value<string | null>;
  /**
   * true: on an error the variable is assigned null and the pipeline goes on; false (default):
   * the request fails with 500 and the error is in context.LastError. Expressions allowed.
   */
  readonly ignoreError?: Value<boolean>;
}

export interface GetAuthorizationContext
  extends StatementBase<"get-authorization-context">, GetAuthorizationContextOptions {}

/** `<get-authorization-context>`: the connection's `Authorization` object into a variable. */
export function getAuthorizationContext(
  options: GetAuthorizationContextOptions,
): GetAuthorizationContext {
  return checked(getAuthorizationContextPolicy, { kind: "get-authorization-context", ...options });
}

export const getAuthorizationContextPolicy = definePolicy({
  element: "get-authorization-context",
  // get-authorization-context-policy.md, Usage: "Policy sections: inbound"; scopes global,
  // product, API, operation.
  sections: ["inbound"],
  scopes: ["global", "product", "api", "operation"],
  builders: ["getAuthorizationContext"],
  reference: "https://learn.microsoft.com/azure/api-management/get-authorization-context-policy",
  summary:
    "Gets a credential manager connection's access token into a context variable (Authorization).",
  toXml: (statement: GetAuthorizationContext): XmlNode =>
    element("get-authorization-context", {
      id: statement.id,
      "provider-id": slot(statement.providerId),
      "authorization-id": slot(statement.authorizationId),
      "context-variable-name": slot(statement.contextVariableName),
      "identity-type": slot(statement.identityType),
      identity: slot(statement.identity),
      "ignore-error": slot(statement.ignoreError),
    }),
  // get-authorization-context-policy.md, Attributes: provider-id, authorization-id and
  // context-variable-name are required; identity-type is managed | jwt; ignore-error a Boolean.
  validate: (statement, check): void => {
    const where = "get-authorization-context";
    if (required(check, statement.providerId, `${where} provider-id`))
      nonEmpty(check, statement.providerId, `${where} provider-id`);
    if (required(check, statement.authorizationId, `${where} authorization-id`))
      nonEmpty(check, statement.authorizationId, `${where} authorization-id`);
    if (required(check, statement.contextVariableName, `${where} context-variable-name`))
      nonEmpty(check, statement.contextVariableName, `${where} context-variable-name`);
    oneOf(check, statement.identityType, AUTHORIZATION_IDENTITY_TYPES, `${where} identity-type`);
    if (statement.identity !== undefined) nonEmpty(check, statement.identity, `${where} identity`);
    if (
      statement.ignoreError !== undefined &&
      !isExpressionSlot(statement.ignoreError) &&
      typeof statement.ignoreError !== "boolean"
    )
      check.error(
        `${where} ignore-error must be true or false, got '${String(statement.ignoreError)}'`,
      );
  },
});
