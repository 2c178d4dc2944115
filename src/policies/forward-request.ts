// <forward-request>: calls the backend (the only statement of the backend section by default).
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
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
  return { kind: "forward-request", ...options };
}

export function forwardRequestToXml(statement: ForwardRequest): XmlElement {
  return element("forward-request", {
    id: statement.id,
    timeout: slot(statement.timeout),
    "follow-redirects": slot(statement.followRedirects),
    "buffer-request-body": slot(statement.bufferRequestBody),
    "fail-on-error-status-code": slot(statement.failOnErrorStatusCode),
  });
}
