// What a browser concludes from the gateway's answers, after the Fetch standard's CORS protocol
// (fetch.spec.whatwg.org, "CORS check", "CORS-preflight fetch" and "CORS-safelisted response-header
// name"): so the cors tests assert what a page would observe, not only header strings.
import type { GatewayRequest, SendResult } from "apim-ts/harness";

/** Fetch standard, "CORS-safelisted method". */
const SAFELISTED_METHODS = ["GET", "HEAD", "POST"];
/** Fetch standard, "CORS-safelisted response-header name" (always readable by the page). */
const SAFELISTED_RESPONSE_HEADERS = [
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
];

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** Fetch standard, "CORS check": may the page from `origin` read this response? */
export function corsCheck(response: SendResult, origin: string, credentials: boolean): boolean {
  const allowOrigin = response.header("Access-Control-Allow-Origin");
  if (allowOrigin === null) return false;
  if (!credentials && allowOrigin === "*") return true;
  if (allowOrigin !== origin) return false;
  if (!credentials) return true;
  return response.header("Access-Control-Allow-Credentials") === "true";
}

/** Fetch standard, "CORS-preflight fetch": may the browser send the actual request? */
export function preflightAllows(
  response: SendResult,
  request: {
    readonly origin: string;
    readonly method: string;
    readonly headers?: readonly string[];
    readonly credentials?: boolean;
  },
): boolean {
  const credentials = request.credentials ?? false;
  if (response.status < 200 || response.status > 299) return false;
  if (!corsCheck(response, request.origin, credentials)) return false;
  const methods = list(response.header("Access-Control-Allow-Methods"));
  const methodOk =
    methods.includes(request.method) ||
    (methods.includes("*") && !credentials) ||
    SAFELISTED_METHODS.includes(request.method);
  if (!methodOk) return false;
  const headers = list(response.header("Access-Control-Allow-Headers")).map((h) => h.toLowerCase());
  return (request.headers ?? []).every(
    (name) => headers.includes(name.toLowerCase()) || (headers.includes("*") && !credentials),
  );
}

/** The response headers a page may read (the safelisted ones and Access-Control-Expose-Headers). */
export function readableHeaders(response: SendResult): string[] {
  const exposed = list(response.header("Access-Control-Expose-Headers")).map((h) =>
    h.toLowerCase(),
  );
  return Object.keys(response.headers)
    .map((name) => name.toLowerCase())
    .filter((name) => SAFELISTED_RESPONSE_HEADERS.includes(name) || exposed.includes(name));
}

/**
 * The preflight a browser sends before a non-simple request to /items (Fetch standard,
 * "CORS-preflight request"): OPTIONS with Origin, Access-Control-Request-Method and, when given,
 * Access-Control-Request-Headers. An array sends the header that many times.
 */
export const preflight = (
  origin: string | string[],
  method: string | string[],
  headers?: string | string[],
): GatewayRequest => ({
  method: "OPTIONS",
  url: "/items",
  headers: {
    Origin: origin,
    "Access-Control-Request-Method": method,
    ...(headers ? { "Access-Control-Request-Headers": headers } : {}),
  },
});
