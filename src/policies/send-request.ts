// <send-request>: calls another service and stores its response in a variable. Children:
// set-url, set-method, set-header, set-body, authentication-certificate,
// authentication-managed-identity.
import type { ProxyStatement } from "./proxy.ts";
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type NestedStatements } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, oneOf, required } from "./rules.ts";
import { checkOutgoingRequestElements } from "./outgoing-request-elements.ts";
import type { AuthenticationCertificate } from "./authentication-certificate.ts";
import type { AuthenticationManagedIdentity } from "./authentication-managed-identity.ts";
import type { SetBody } from "./set-body.ts";
import type { SetHeader } from "./set-header.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SendRequestOptions extends CommonOptions {
  /** "new" (default) starts an empty request; "copy" copies the current one. */
  readonly mode?: Value<"new" | "copy">;
  /** Literal only: the variable that receives the response. */
  readonly responseVariableName: string;
  /** Seconds; APIM's default is 60. */
  readonly timeout?: Value<int>;
  /** Literal only: on failure, set the variable to null instead of raising an error. */
  readonly ignoreError?: boolean;
  readonly url: Value<string>;
  /** Literal only (set-method: "Policy expressions aren't allowed"); required unless mode is "copy". */
  readonly method?: string;
  readonly headers?: readonly SetHeader[];
  readonly body?: SetBody;
  readonly authenticationCertificate?: AuthenticationCertificate;
  /** The service gets a bearer token of APIM's managed identity (authentication-managed-identity-policy.md, "Use managed identity in send-request policy"). */
  readonly authenticationManagedIdentity?: AuthenticationManagedIdentity;
  /** The call goes through this HTTP proxy ("To route the send-request via HTTP proxy, you must place the proxy policy inside the send-request policy block", proxy-policy.md). */
  readonly proxy?: ProxyStatement;
}

export interface SendRequest extends StatementBase<"send-request">, SendRequestOptions {}

/** `<send-request>`: an HTTP call whose response lands in `responseVariableName`. */
export function sendRequest(options: SendRequestOptions): SendRequest {
  return checked(sendRequestPolicy, { kind: "send-request", ...options });
}

export const sendRequestPolicy = definePolicy({
  element: "send-request",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["sendRequest"],
  reference: "https://learn.microsoft.com/azure/api-management/send-request-policy",
  summary: "Calls another service and stores its response in a variable.",
  toXml: (statement: SendRequest, childToXml): XmlNode => {
    const children: XmlNode[] = [element("set-url", {}, [text(slot(statement.url)!)])];
    if (statement.method !== undefined)
      children.push(element("set-method", {}, [text(statement.method)]));
    for (const header of statement.headers ?? []) children.push(childToXml(header));
    if (statement.body) children.push(childToXml(statement.body));
    if (statement.authenticationCertificate)
      children.push(childToXml(statement.authenticationCertificate));
    if (statement.authenticationManagedIdentity)
      children.push(childToXml(statement.authenticationManagedIdentity));
    if (statement.proxy) children.push(childToXml(statement.proxy));
    return element(
      "send-request",
      {
        id: statement.id,
        mode: slot(statement.mode),
        "response-variable-name": statement.responseVariableName,
        timeout: slot(statement.timeout),
        "ignore-error": statement.ignoreError,
      },
      children,
    );
  },
  nested: (statement): readonly NestedStatements[] => [
    {
      statements: [
        ...(statement.headers ?? []),
        ...(statement.body ? [statement.body] : []),
        ...(statement.authenticationCertificate ? [statement.authenticationCertificate] : []),
        ...(statement.authenticationManagedIdentity
          ? [statement.authenticationManagedIdentity]
          : []),
        ...(statement.proxy ? [statement.proxy] : []),
      ],
      path: [],
      inSection: false,
    },
  ],
  // send-request-policy.md, Attributes: mode is new or copy; response-variable-name and
  // ignore-error take no policy expressions; timeout is in seconds. Elements: set-url and
  // set-method are required unless mode is copy, and set-method takes no policy expression.
  validate: (statement, check): void => {
    oneOf(check, statement.mode, ["new", "copy"], "send-request mode");
    if (literalOnly(check, statement.responseVariableName, "send-request response-variable-name"))
      nonEmpty(check, statement.responseVariableName, "send-request response-variable-name");
    literalOnly(check, statement.ignoreError, "send-request ignore-error");
    integerIn(check, statement.timeout, 1, Number.MAX_SAFE_INTEGER, "send-request timeout");
    if (required(check, statement.url, "send-request url (set-url)"))
      nonEmpty(check, statement.url, "send-request url (set-url)");
    checkOutgoingRequestElements(check, statement, "send-request");
  },
});
