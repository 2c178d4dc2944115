// What a test sends to the simulated Application Gateway and what it gets back: the client's view
// (status, headers, body) plus where the request went (listener, rule, client authentication,
// server variables, rewrites, the request APIM received and APIM's own result).
import type { CertificateInput } from "../apim/certificate-input.ts";
import type { GatewayRequest } from "../apim/gateway-options.ts";
import type { HeaderInit } from "../apim/header-map.ts";
import type { SendResult } from "../apim/result.ts";
import type { ClientAuthenticationOutcome } from "./client-authentication.ts";
import type { AppliedRewrite } from "./rewrite-rules.ts";
import type { ServerVariables } from "./server-variables.ts";

/** A request from a client to the gateway. */
export interface ApplicationGatewayRequest {
  /** Default "GET". */
  readonly method?: string;
  /**
   * Absolute URL (`https://agw.example.net:53029/mtls/validate-from-agw`: host and port pick the
   * listener) or a path (then `port` picks the listener, and the host is the listener's host name).
   */
  readonly url?: string;
  /** The frontend port, when `url` is a path. Default 443. */
  readonly port?: number;
  readonly headers?: HeaderInit;
  readonly body?: string;
  /** The leaf certificate the client sends in the TLS handshake. */
  readonly clientCertificate?: CertificateInput;
  /** Intermediates the client sends after the leaf (e.g. its own issuing CA). */
  readonly clientCertificateChain?: readonly CertificateInput[];
  /** The client's address. Default "198.51.100.7". */
  readonly ipAddress?: string;
  /** The client's source port. Default 50123. */
  readonly clientPort?: number;
}

/** Who produced the response. */
export type AnsweredBy = "application-gateway" | "backend" | "no-listener";

/** The outcome of one request through the gateway. */
export interface ApplicationGatewayResult {
  readonly status: number;
  readonly reason: string;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  /** A response header's values joined with "," (case-insensitive), or null. */
  header(name: string): string | null;
  readonly body: string;
  /** "application-gateway": the gateway's own page (400, 502); "backend": APIM answered; "no-listener": nothing listens there. */
  readonly answeredBy: AnsweredBy;
  readonly listener: string | null;
  readonly routingRule: string | null;
  /** The mTLS decision (null on a listener without client authentication). */
  readonly clientAuthentication: ClientAuthenticationOutcome | null;
  readonly serverVariables: ServerVariables | null;
  /** Request and response header rewrites that ran. */
  readonly rewrites: readonly AppliedRewrite[];
  /** The request the gateway sent to the backend, or null when it did not. */
  readonly backendRequest: GatewayRequest | null;
  /** The backend's (APIM harness's) full result: traces, LastError, variables, log. */
  readonly backend: SendResult | null;
}
