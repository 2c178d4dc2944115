// <send-one-way-request>: sends a request "to the specified URL without waiting for a response"
// (send-one-way-request-policy.md). Attributes mode and timeout accept expressions; children
// set-url (expressions allowed; required unless mode=copy), set-method (literal only: "Policy
// expressions aren't allowed"), set-header, set-body, authentication-certificate. The page's
// `proxy` child is not offered: apim-ts has no proxy policy yet. All four sections.
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type NestedStatements } from "./define-policy.ts";
import { checked, integerIn, nonEmpty, oneOf } from "./rules.ts";
import { checkOutgoingRequestElements } from "./outgoing-request-elements.ts";
import type { AuthenticationCertificate } from "./authentication-certificate.ts";
import type { SetBody } from "./set-body.ts";
import type { SetHeader } from "./set-header.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SendOneWayRequestOptions extends CommonOptions {
  /** "new" (default) starts an empty request; "copy" copies the current request's headers and body. */
  readonly mode?: Value<"new" | "copy">;
  /** Seconds before the call fails; APIM's default is 60. */
  readonly timeout?: Value<int>;
  /** The URL (set-url); required unless mode is "copy". */
  readonly url?: Value<string>;
  /** Literal only (set-method); required unless mode is "copy". */
  readonly method?: string;
  readonly headers?: readonly SetHeader[];
  readonly body?: SetBody;
  readonly authenticationCertificate?: AuthenticationCertificate;
}

export interface SendOneWayRequest
  extends StatementBase<"send-one-way-request">, SendOneWayRequestOptions {}

/** `<send-one-way-request>`: fire and forget; the policy goes on without the response. */
export function sendOneWayRequest(options: SendOneWayRequestOptions): SendOneWayRequest {
  return checked(sendOneWayRequestPolicy, { kind: "send-one-way-request", ...options });
}

export const sendOneWayRequestPolicy = definePolicy({
  element: "send-one-way-request",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["sendOneWayRequest"],
  reference: "https://learn.microsoft.com/azure/api-management/send-one-way-request-policy",
  summary: "Sends a request to a URL without waiting for its response.",
  // Element order of the page's policy statement.
  toXml: (statement: SendOneWayRequest, childToXml): XmlNode => {
    const children: XmlNode[] = [];
    if (statement.url !== undefined)
      children.push(element("set-url", {}, [text(slot(statement.url)!)]));
    if (statement.method !== undefined)
      children.push(element("set-method", {}, [text(statement.method)]));
    for (const header of statement.headers ?? []) children.push(childToXml(header));
    if (statement.body) children.push(childToXml(statement.body));
    if (statement.authenticationCertificate)
      children.push(childToXml(statement.authenticationCertificate));
    return element(
      "send-one-way-request",
      { id: statement.id, mode: slot(statement.mode), timeout: slot(statement.timeout) },
      children,
    );
  },
  nested: (statement): readonly NestedStatements[] => [
    {
      statements: [
        ...(statement.headers ?? []),
        ...(statement.body ? [statement.body] : []),
        ...(statement.authenticationCertificate ? [statement.authenticationCertificate] : []),
      ],
      path: [],
      inSection: false,
    },
  ],
  // send-one-way-request-policy.md, Attributes and Elements: mode is new or copy (default new);
  // timeout in seconds (default 60); set-url and set-method "No if mode=copy; otherwise yes";
  // set-method takes no policy expression.
  validate: (statement, check): void => {
    oneOf(check, statement.mode, ["new", "copy"], "send-one-way-request mode");
    integerIn(check, statement.timeout, 1, Number.MAX_SAFE_INTEGER, "send-one-way-request timeout");
    nonEmpty(check, statement.url, "send-one-way-request url (set-url)");
    checkOutgoingRequestElements(check, statement, "send-one-way-request");
  },
});
