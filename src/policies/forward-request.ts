// <forward-request>: calls the backend (the only statement of the backend section by default).
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface ForwardRequestOptions extends CommonOptions {
  /** Seconds; APIM's default is 300. */
  readonly timeout?: Value<int>;
  readonly followRedirects?: Value<boolean>;
  readonly bufferRequestBody?: Value<boolean>;
  readonly failOnErrorStatusCode?: Value<boolean>;
}

export interface ForwardRequest extends StatementBase<"forward-request">, ForwardRequestOptions {}

/** `<forward-request>`: sends the request to the backend and takes its response. */
export function forwardRequest(options: ForwardRequestOptions = {}): ForwardRequest {
  return checked(forwardRequestPolicy, { kind: "forward-request", ...options });
}

export const forwardRequestPolicy = definePolicy({
  element: "forward-request",
  sections: ["backend"],
  builders: ["forwardRequest"],
  reference: "https://learn.microsoft.com/azure/api-management/forward-request-policy",
  summary: "Sends the request to the backend and takes its response.",
  toXml: (statement: ForwardRequest): XmlNode =>
    element("forward-request", {
      id: statement.id,
      timeout: slot(statement.timeout),
      "follow-redirects": slot(statement.followRedirects),
      "buffer-request-body": slot(statement.bufferRequestBody),
      "fail-on-error-status-code": slot(statement.failOnErrorStatusCode),
    }),
  // forward-request-policy.md, Attributes: timeout is a number of seconds (0 and up).
  validate: (statement, check): void => {
    integerIn(check, statement.timeout, 0, Number.MAX_SAFE_INTEGER, "forward-request timeout");
  },
});
