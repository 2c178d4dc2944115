// The mutable request and response a request's execution works on. Policies change these; the
// context object expressions see reads them through views (context.ts).
import type { ProxySettings } from "./gateway-options.ts";
import type { Response } from "../../src/context/context.ts";
import type { CertificateRecord } from "./certificate-input.ts";
import { HeaderMap, type HeaderInit } from "./header-map.ts";
import { BodyStore, wireBody } from "./message-body.ts";

/** Reason phrases for the status codes policies commonly set (set-status without reason). */
const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  304: "Not Modified",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? "";
}

/** Something set-header and set-body act on. */
export interface Message {
  readonly headers: HeaderMap;
  readonly body: BodyStore;
}

export class RequestState implements Message {
  method: string;
  url: URL;
  readonly originalUrl: URL;
  readonly headers: HeaderMap;
  readonly body: BodyStore;
  readonly ipAddress: string;
  readonly certificate: CertificateRecord | null;
  /**
   * rewrite-uri set the path, so a trailing `/` it wrote reaches the backend (forwardUrl): API
   * Management FAQ, "How does API Management handle trailing slashes when calling backend
   * services?": "create a Rewrite URL policy to ensure a trailing slash is always added to the
   * outbound backend call".
   */
  pathRewritten = false;

  constructor(init: {
    method: string;
    url: URL;
    headers?: HeaderInit | HeaderMap;
    body?: string;
    ipAddress: string;
    certificate: CertificateRecord | null;
  }) {
    this.method = init.method;
    this.url = init.url;
    this.originalUrl = new URL(init.url.href);
    this.headers = new HeaderMap(init.headers);
    this.body = new BodyStore(wireBody(init.body));
    this.ipAddress = init.ipAddress;
    this.certificate = init.certificate;
  }
}

/** A response; it is also the IResponse a send-request variable holds. */
export class ResponseState implements Message, Response {
  statusCode: number;
  statusReason: string;
  readonly headers: HeaderMap;
  readonly body: BodyStore;

  constructor(
    status = 200,
    reason = reasonPhrase(status),
    headers?: HeaderInit | HeaderMap,
    /** null (the default): a response without a body. */
    body: string | null = null,
  ) {
    this.statusCode = status;
    this.statusReason = reason;
    this.headers = new HeaderMap(headers);
    this.body = new BodyStore(body);
  }

  get StatusCode(): number {
    return this.statusCode;
  }

  get StatusReason(): string {
    return this.statusReason;
  }

  get Headers(): Response["Headers"] {
    return this.headers.view;
  }

  get Body(): BodyStore | null {
    return this.body.view;
  }

  /** A copy (return-response response-variable-name starts from a stored response). */
  clone(): ResponseState {
    return new ResponseState(
      this.statusCode,
      this.statusReason,
      this.headers,
      this.body.present ? this.body.content : null,
    );
  }
}

/** An outgoing request being built by send-request. */
export class OutgoingRequestState implements Message {
  method = "GET";
  url = "";
  readonly headers: HeaderMap;
  readonly body: BodyStore;
  clientCertificate: CertificateRecord | null = null;
  /** The HTTP proxy a proxy child of send-request set, or null. */
  proxy: ProxySettings | null = null;

  /** `body` null (the default): a request without a body. */
  constructor(headers?: HeaderMap, body: string | null = null) {
    this.headers = new HeaderMap(headers);
    this.body = new BodyStore(body);
  }
}
