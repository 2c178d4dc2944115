// Application Gateway's server variables (what `{var_...}` and rewrite conditions read), computed
// once per request from the connection and the request line. The client_certificate* values follow
// nginx's formats (Application Gateway v2 runs on it) and the observations in docs/appgw.md:
// the PEM is percent-encoded like encodeURIComponent, the fingerprint is lower-case SHA-1 hex, the
// names are RFC 2253, the dates are OpenSSL's "Jun  1 00:00:00 2026 GMT".
import { certificatePem } from "../../src/certificates/handles.ts";
import { rfc2253, type CertificateFacts } from "./certificate-facts.ts";

/** `client_certificate_verification` as observed: Strict forwards only SUCCESS; Passthrough says PASSTHROUGH or NONE. */
export type ClientCertificateVerification = "SUCCESS" | "PASSTHROUGH" | "NONE";

/** What the variables are computed from. */
export interface ServerVariableSource {
  readonly method: string;
  readonly url: URL;
  /** The Host header as the client sent it. */
  readonly host: string;
  readonly clientIp: string;
  readonly clientPort: number;
  readonly listenerProtocol: "Http" | "Https";
  readonly listenerPort: number;
  /** The listener's host name, or the request's host for a basic listener. */
  readonly serverName: string;
  /** The certificate the client presented (Passthrough forwards it whether valid or not). */
  readonly clientCertificate: CertificateFacts | undefined;
  readonly verification: ClientCertificateVerification;
  /** X-Forwarded-For as the client sent it, if any. */
  readonly forwardedFor: string | null;
}

/** The server variables the simulation knows; anything else in a rewrite is a configuration error. */
export const SERVER_VARIABLES = [
  "add_x_forwarded_for_proxy",
  "client_certificate",
  "client_certificate_end_date",
  "client_certificate_fingerprint",
  "client_certificate_issuer",
  "client_certificate_serial",
  "client_certificate_start_date",
  "client_certificate_subject",
  "client_certificate_verification",
  "client_ip",
  "client_port",
  "host",
  "http_method",
  "http_version",
  "query_string",
  "request_scheme",
  "request_uri",
  "server_name",
  "server_port",
  "ssl_connection_protocol",
  "ssl_enabled",
  "uri_path",
] as const;

export type ServerVariableName = (typeof SERVER_VARIABLES)[number];

export type ServerVariables = Readonly<Record<ServerVariableName, string>>;

/** The exact `{var_client_certificate}` value: the leaf as PEM, 64-character lines, trailing newline, encodeURIComponent-escaped. */
export function clientCertificateVariable(der: Uint8Array): string {
  return encodeURIComponent(certificatePem(der));
}

/** Computes every server variable for one request. */
export function serverVariables(source: ServerVariableSource): ServerVariables {
  const certificate = source.clientCertificate;
  const https = source.listenerProtocol === "Https";
  const query = source.url.search.replace(/^\?/, "");
  return {
    add_x_forwarded_for_proxy: source.forwardedFor
      ? `${source.forwardedFor}, ${source.clientIp}`
      : source.clientIp,
    client_certificate: certificate ? clientCertificateVariable(certificate.der) : "",
    client_certificate_end_date: certificate ? certificate.x509.validTo : "",
    client_certificate_fingerprint: certificate ? certificate.sha1 : "",
    client_certificate_issuer: certificate ? rfc2253(certificate.issuer) : "",
    client_certificate_serial: certificate ? certificate.x509.serialNumber.toUpperCase() : "",
    client_certificate_start_date: certificate ? certificate.x509.validFrom : "",
    client_certificate_subject: certificate ? rfc2253(certificate.subject) : "",
    client_certificate_verification: source.verification,
    client_ip: source.clientIp,
    client_port: String(source.clientPort),
    host: source.host.replace(/:\d+$/, ""),
    http_method: source.method,
    http_version: "1.1",
    query_string: query,
    request_scheme: https ? "https" : "http",
    request_uri: `${source.url.pathname}${source.url.search}`,
    server_name: source.serverName,
    server_port: String(source.listenerPort),
    ssl_connection_protocol: https ? "TLSv1.2" : "",
    ssl_enabled: https ? "on" : "",
    uri_path: source.url.pathname,
  };
}

/** Whether `name` (without the `var_` prefix) is a server variable the simulation provides. */
export function isServerVariable(name: string): name is ServerVariableName {
  return (SERVER_VARIABLES as readonly string[]).includes(name);
}
