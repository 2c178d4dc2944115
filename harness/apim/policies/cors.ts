// <cors>: what the gateway decides for a cross-origin request (cors-policy.md). A preflight
// (OPTIONS with Origin and Access-Control-Request-Method) is answered by the gateway before any
// other policy runs (cors-preflight.ts calls `preflightAnswer`); an actual request from an allowed
// origin gets Access-Control-Allow-Origin (and -Credentials, -Expose-Headers) on its final response.
//
// The page documents: allow-credentials sets Access-Control-Allow-Credentials in the preflight
// response; preflight-result-max-age sets Access-Control-Max-Age (default 0); allowed-methods
// absent means GET and POST; an origin without a port means 80 (http) / 443 (https); unmatched
// preflights and unmatched GET/HEAD requests end with an empty 200 OK when
// terminate-unmatched-request is true, and (GET/HEAD) go on without CORS headers when false.
// Chosen where the page is silent (docs/project-choices.md, "cors"), following the Fetch
// standard's CORS protocol so that a browser accepts what the harness answers:
// Access-Control-Allow-Origin echoes the request's Origin; the preflight's
// Access-Control-Allow-Methods and -Allow-Headers name what was asked for;
// Access-Control-Allow-Credentials: true is also on an actual response when allow-credentials is
// true (a browser drops a credentialed response without it); an actual request matches on its
// origin alone (the method was the preflight's question); `*` in allowed-headers allows any
// header; the headers go on the final response whatever it is, unless it already has them; on an
// actual request, as on a preflight, an unmatched cors with terminate-unmatched-request false
// leaves the request to the cors policies after it, and the first that matches decides.
// Refused (HarnessRefusal) where the page is silent and no choice is safe: an unmatched request
// when terminate-unmatched-request is omitted (the page gives its default as false in the
// Attributes table and as true under "Common configuration issues"); an unmatched request with a
// method other than GET/HEAD; `*` origins with allow-credentials true (which header APIM sends is
// undocumented, and a browser rejects `*` with credentials); an Origin or
// Access-Control-Request-Method sent more than once; a method expression giving null; named values
// that make the origins something the page's Elements table does not allow ('*' among others, or
// not a URI of scheme, host and port).
import { originOf, type Cors } from "../../../src/policies/cors.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { ResponseState } from "../messages.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import { attributeText } from "./attribute-text.ts";

/** cors-policy.md, Elements: "If this section isn't present, GET and POST are supported." */
const DEFAULT_METHODS = ["GET", "POST"];

/**
 * A request header a browser sends once (Origin, Access-Control-Request-Method: Fetch standard,
 * "CORS protocol"); refused when the request carries it several times, which cors-policy.md does
 * not describe.
 */
function singleValue(
  headers: { get(name: string): readonly string[] | undefined },
  name: string,
): string | undefined {
  const values = headers.get(name);
  if (values !== undefined && values.length > 1)
    throw new HarnessRefusal(
      `cors: the request carries ${name} ${values.length} times; a browser sends it once and ` +
        "cors-policy.md does not say what APIM does then",
    );
  return values?.[0];
}

/**
 * The policy's allowed origins with {{named values}} substituted (run.text; origins take no
 * expressions, so the text is never null), refused where the substituted list breaks the page's
 * rule: "either a single `origin` element that specifies `*` [...] or one or more `origin`
 * elements that contain a URI" (cors-policy.md, Elements, allowed-origins).
 */
function allowedOrigins(run: PolicyRun<Cors>): string[] {
  const origins = run.statement.allowedOrigins.map((allowed, index) =>
    run.text(allowed, `origin[${index + 1}]`)!,
  );
  for (const allowed of origins) {
    if (allowed === "*" && origins.length > 1)
      throw new HarnessRefusal(
        `cors allowed-origins: '*' must be the only origin, but there are ${origins.length}; APIM would reject the policy`,
      );
    if (allowed !== "*" && originOf(allowed) === undefined)
      throw new HarnessRefusal(
        `cors origin '${allowed}' is not '*' or a URI of scheme, host and port only; APIM would reject the policy`,
      );
  }
  return origins;
}

/** Whether `origins` (allowedOrigins) admit `origin`, the request's Origin header. */
function originAllowed(origins: readonly string[], origin: string): boolean {
  if (origins[0] === "*") return true;
  // Every listed origin parses (allowedOrigins), so an Origin that is not a URI of scheme, host
  // and port (a browser's opaque "null") matches none.
  const requested = originOf(origin);
  return origins.some((allowed) => originOf(allowed) === requested);
}

/** A header list's names, with {{named values}} substituted (literals only: never null). */
function names(run: PolicyRun<Cors>, list: readonly string[] | undefined, element: string) {
  return (list ?? []).map((name, index) => run.text(name, `${element} header[${index + 1}]`)!);
}

function allowCredentials(run: PolicyRun<Cors>): boolean {
  const slot = run.statement.allowCredentials;
  return slot === undefined ? false : run.boolean(slot, "allow-credentials");
}

/** terminate-unmatched-request; refused when omitted (the page contradicts itself on its default). */
function terminateUnmatched(run: PolicyRun<Cors>, what: string): boolean {
  const slot = run.statement.terminateUnmatchedRequest;
  if (slot === undefined)
    throw new HarnessRefusal(
      `cors: ${what} does not match the policy and terminate-unmatched-request is omitted; ` +
        "cors-policy.md gives its default as false (Attributes) and as true (Common configuration " +
        "issues, 'Empty 200 OK response'), so set it explicitly",
    );
  return run.boolean(slot, "terminate-unmatched-request");
}

function refuseWildcardWithCredentials(run: PolicyRun<Cors>, origins: readonly string[]): void {
  if (origins[0] === "*" && allowCredentials(run))
    throw new HarnessRefusal(
      "cors: allowed-origins '*' with allow-credentials true: cors-policy.md does not say which " +
        "Access-Control-Allow-Origin APIM then sends, and a browser refuses '*' on a credentialed " +
        "request (Fetch standard, CORS check); list the origins instead",
    );
}

function allowedMethods(run: PolicyRun<Cors>): string[] {
  const methods = run.statement.allowedMethods;
  if (methods === undefined) return DEFAULT_METHODS;
  return methods.map((method, index) => attributeText(run, method, `method[${index + 1}]`));
}

function maxAge(run: PolicyRun<Cors>): number {
  const slot = run.statement.preflightResultMaxAge;
  if (slot === undefined) return 0;
  const seconds = run.integer(slot, "preflight-result-max-age");
  if (seconds < 0)
    throw new HarnessRefusal(
      `cors preflight-result-max-age: ${seconds} is negative (what APIM does then is not documented)`,
    );
  return seconds;
}

/** What one cors policy answers to a preflight: the response, or that it does not match. */
export type PreflightAnswer =
  | { readonly matched: true; readonly response: ResponseState }
  | { readonly matched: false; readonly terminate: boolean; readonly why: string };

/**
 * One cors policy's answer to the preflight in `run`'s request: origin, the requested method
 * (Access-Control-Request-Method, case-sensitive as HTTP methods are) and every requested header
 * (Access-Control-Request-Headers, case-insensitive) must be allowed.
 */
export function preflightAnswer(run: PolicyRun<Cors>): PreflightAnswer {
  const headers = run.execution.request.headers;
  const origin = singleValue(headers, "Origin")!;
  // A field value excludes leading and trailing whitespace (RFC 9110, section 5.5).
  const method = singleValue(headers, "Access-Control-Request-Method")!.trim();
  // A comma-separated list, possibly over several field lines (RFC 9110, 5.3), with optional
  // whitespace around and empty elements between the commas (RFC 9110, 5.6.1).
  const requestedHeaders = (headers.get("Access-Control-Request-Headers") ?? [])
    .flatMap((value) => value.split(","))
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const methods = allowedMethods(run);
  const allowedHeaders = names(run, run.statement.allowedHeaders, "allowed-headers").map((name) =>
    name.toLowerCase(),
  );
  const origins = allowedOrigins(run);
  let why: string | undefined;
  if (!originAllowed(origins, origin)) why = `origin ${origin} is not allowed`;
  else if (!methods.includes("*") && !methods.includes(method))
    why = `method ${method} is not allowed`;
  else {
    const refused = requestedHeaders.find(
      (name) => !allowedHeaders.includes("*") && !allowedHeaders.includes(name.toLowerCase()),
    );
    if (refused !== undefined) why = `header ${refused} is not allowed`;
  }
  if (why !== undefined)
    return { matched: false, terminate: terminateUnmatched(run, "the preflight"), why };
  refuseWildcardWithCredentials(run, origins);
  const response = new ResponseState(200);
  response.headers.set("Access-Control-Allow-Origin", [origin]);
  response.headers.set("Access-Control-Allow-Credentials", [String(allowCredentials(run))]);
  response.headers.set("Access-Control-Allow-Methods", [method]);
  if (requestedHeaders.length > 0)
    response.headers.set("Access-Control-Allow-Headers", [requestedHeaders.join(", ")]);
  response.headers.set("Access-Control-Max-Age", [String(maxAge(run))]);
  return { matched: true, response };
}

/** An actual (not preflight) request: decorate the response, terminate, or go on. */
export const runCors: PolicyHandler<Cors> = (run) => {
  const request = run.execution.request;
  const origin = singleValue(request.headers, "Origin");
  if (origin === undefined) {
    run.note("cors: no Origin header, not a cross-origin request");
    return;
  }
  const final = run.execution.finalHeaders;
  // "Generally, only the first cors policy is applied" (Common configuration issues, Policy
  // order): once one has matched, a later one (another scope's, through <base/>) stays out.
  if (final.has("Access-Control-Allow-Origin")) {
    run.note("cors: an earlier cors policy already answered this request");
    return;
  }
  const origins = allowedOrigins(run);
  if (originAllowed(origins, origin)) {
    refuseWildcardWithCredentials(run, origins);
    final.set("Access-Control-Allow-Origin", origin);
    if (allowCredentials(run)) final.set("Access-Control-Allow-Credentials", "true");
    const exposed = names(run, run.statement.exposeHeaders, "expose-headers");
    if (exposed.length > 0) final.set("Access-Control-Expose-Headers", exposed.join(", "));
    run.note(`cors: origin ${origin} allowed`);
    return;
  }
  if (request.method !== "GET" && request.method !== "HEAD")
    throw new HarnessRefusal(
      `cors: a ${request.method} request from origin ${origin}, which the policy does not allow; ` +
        "cors-policy.md describes unmatched GET and HEAD requests and preflights only",
    );
  if (terminateUnmatched(run, `the ${request.method} request from ${origin}`)) {
    run.note(`cors: origin ${origin} not allowed, terminated with an empty 200 OK`);
    run.execution.response = new ResponseState(200);
    return "return";
  }
  run.note(`cors: origin ${origin} not allowed, going on without CORS headers`);
};
