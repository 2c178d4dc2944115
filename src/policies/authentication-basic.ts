// <authentication-basic username password>: APIM authenticates to the backend with HTTP Basic
// credentials, setting the request's Authorization header (authentication-basic-policy.md). Both
// attributes are required and accept policy expressions; inbound only, once per section.
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface AuthenticationBasicOptions extends CommonOptions {
  /**
   * The Basic credential's user name. Policy expressions are allowed; the page recommends named
   * values (`"{{backend-user}}"`) with secrets kept in a key vault.
   */
  readonly username: Value<string>;
  /** The Basic credential's password. Policy expressions are allowed. */
  readonly password: Value<string>;
}

export interface AuthenticationBasic
  extends StatementBase<"authentication-basic">, AuthenticationBasicOptions {}

/**
 * `<authentication-basic>`: the backend receives `Authorization: Basic base64(username:password)`.
 * Throws when an attribute is missing.
 */
export function authenticationBasic(options: AuthenticationBasicOptions): AuthenticationBasic {
  return checked(authenticationBasicPolicy, { kind: "authentication-basic", ...options });
}

export const authenticationBasicPolicy = definePolicy({
  element: "authentication-basic",
  // authentication-basic-policy.md, Usage: "Policy sections: inbound"; scopes global, workspace,
  // product, API, operation (every scope); "This policy can only be used once in a policy section."
  sections: ["inbound"],
  oncePerSection: true,
  builders: ["authenticationBasic"],
  reference: "https://learn.microsoft.com/azure/api-management/authentication-basic-policy",
  summary: "Authenticates to the backend with HTTP Basic credentials (the Authorization header).",
  toXml: (statement: AuthenticationBasic): XmlNode =>
    element("authentication-basic", {
      id: statement.id,
      username: slot(statement.username),
      password: slot(statement.password),
    }),
  // authentication-basic-policy.md, Attributes: username and password are required.
  validate: (statement, check): void => {
    required(check, statement.username, "authentication-basic username");
    required(check, statement.password, "authentication-basic password");
  },
});
