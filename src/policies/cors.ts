// <cors allow-credentials terminate-unmatched-request>: cross-origin resource sharing answered by
// the gateway (cors-policy.md). Its four children: allowed-origins (`*` alone, or origins of
// scheme, host and port), allowed-methods (with preflight-result-max-age; GET and POST when
// absent), allowed-headers and expose-headers. Inbound only, once per section.
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, oneOf } from "./rules.ts";
import { HTTP_METHOD_TOKEN } from "./set-method.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface CorsOptions extends CommonOptions {
  /**
   * `allow-credentials`: the `Access-Control-Allow-Credentials` value. Default false (cors-policy.md,
   * Attributes). Policy expressions are allowed.
   */
  readonly allowCredentials?: Value<boolean>;
  /**
   * `terminate-unmatched-request`: a request from an origin (or with a method) the policy does
   * not allow ends with an empty 200 OK (true) or goes on without CORS headers (false). Policy
   * expressions are allowed. The page gives its default as `false` in the Attributes table and as
   * `true` under "Common configuration issues"; set it explicitly to rely on it (the harness
   * refuses an unmatched request when it is omitted).
   */
  readonly terminateUnmatchedRequest?: Value<boolean>;
  /**
   * `<allowed-origins>`: either `["*"]` (any origin) or origins such as
   * `"https://app.example.com"` (scheme, host and optional port; port 80/443 by default).
   * Literal only: the page allows no policy expressions here.
   */
  readonly allowedOrigins: readonly string[];
  /**
   * `<allowed-methods>`: the HTTP methods allowed (`"*"`: any). Absent: GET and POST only.
   * Policy expressions are allowed in each method.
   */
  readonly allowedMethods?: readonly Value<string>[];
  /**
   * `<allowed-methods preflight-result-max-age>`: seconds a browser may cache the preflight
   * answer (`Access-Control-Max-Age`), default 0. Needs `allowedMethods`. Expressions allowed.
   */
  readonly preflightResultMaxAge?: Value<int>;
  /** `<allowed-headers>`: request header names a cross-origin request may carry (`"*"`: any). */
  readonly allowedHeaders: readonly string[];
  /** `<expose-headers>`: response header names the browser lets the page read. */
  readonly exposeHeaders?: readonly string[];
}

export interface Cors extends StatementBase<"cors">, CorsOptions {}

/**
 * An origin as allowed-origins holds it: the scheme, host and port of an absolute http(s) URL,
 * optionally with a trailing `/` (the page's example writes `http://localhost:8080/`). Returns
 * the serialized origin (`https://host[:port]`, default ports dropped) or undefined.
 */
export function originOf(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/")
    return undefined;
  if (/[*]/.test(uri)) return undefined;
  // new URL normalizes a trailing "?" or "#" away; an origin written with one is still not bare.
  if (/[?#]/.test(uri)) return undefined;
  return url.origin;
}

/** `<cors>`: the gateway answers preflights and adds CORS headers for the allowed origins. */
export function cors(options: CorsOptions): Cors {
  return checked(corsPolicy, { kind: "cors", ...options });
}

const headerList = (name: string, headers: readonly string[] | undefined): XmlNode[] =>
  headers === undefined
    ? []
    : [
        element(
          name,
          {},
          headers.map((header) => element("header", {}, [text(header)])),
        ),
      ];

export const corsPolicy = definePolicy({
  element: "cors",
  // cors-policy.md, Usage: "Policy sections: inbound"; scopes global, workspace, product, API,
  // operation (every scope); "This policy can only be used once in a policy section."
  sections: ["inbound"],
  oncePerSection: true,
  builders: ["cors"],
  reference: "https://learn.microsoft.com/azure/api-management/cors-policy",
  summary:
    "Answers CORS preflight requests at the gateway and adds CORS headers for allowed origins.",
  toXml: (statement: Cors): XmlNode =>
    element(
      "cors",
      {
        id: statement.id,
        "allow-credentials": slot(statement.allowCredentials),
        "terminate-unmatched-request": slot(statement.terminateUnmatchedRequest),
      },
      [
        element(
          "allowed-origins",
          {},
          statement.allowedOrigins.map((origin) => element("origin", {}, [text(origin)])),
        ),
        ...(statement.allowedMethods === undefined
          ? []
          : [
              element(
                "allowed-methods",
                { "preflight-result-max-age": slot(statement.preflightResultMaxAge) },
                statement.allowedMethods.map((method) =>
                  element("method", {}, [text(slot(method)!)]),
                ),
              ),
            ]),
        ...headerList("allowed-headers", statement.allowedHeaders),
        ...headerList("expose-headers", statement.exposeHeaders),
      ],
    ),
  // cors-policy.md, Elements: allowed-origins and allowed-headers are required; allowed-origins
  // holds either one `*` or origin URIs ("The URI must include a scheme, host, and port", port
  // 80/443 when omitted); a present allowed-methods, allowed-headers or expose-headers holds at
  // least one entry; preflight-result-max-age is a number of seconds. The portal's validator
  // refuses `https://*.example.com` with "Origin must be a valid URL consisting of scheme, host,
  // and port only" (observed report: Azure/api-management-developer-portal issue 2690).
  validate: (statement, check): void => {
    oneOf(check, statement.allowCredentials, [true, false], "cors allow-credentials");
    oneOf(
      check,
      statement.terminateUnmatchedRequest,
      [true, false],
      "cors terminate-unmatched-request",
    );
    const origins = statement.allowedOrigins;
    if (!Array.isArray(origins) || origins.length === 0) {
      check.error("cors allowed-origins needs at least one origin ('*' or a URI)");
    } else {
      for (const origin of origins) {
        if (!literalOnly(check, origin, "cors origin")) continue;
        // A {{named value}} is checked by the harness once it is substituted.
        if (typeof origin === "string" && origin.includes("{{")) continue;
        if (origin === "*") {
          if (origins.length > 1)
            check.error("cors allowed-origins: '*' must be the only origin when it is used");
        } else if (typeof origin !== "string" || originOf(origin) === undefined) {
          check.error(
            `cors origin '${String(origin)}' must be '*' or a URI of scheme, host and port only (e.g. https://app.example.com)`,
          );
        }
      }
    }
    const methods = statement.allowedMethods;
    if (methods !== undefined) {
      if (methods.length === 0) check.error("cors allowed-methods needs at least one method");
      for (const method of methods) {
        if (isExpressionSlot(method)) continue;
        if (method !== "*" && (typeof method !== "string" || !HTTP_METHOD_TOKEN.test(method)))
          check.error(`cors method '${String(method)}' is not an HTTP method or '*'`);
      }
    } else if (statement.preflightResultMaxAge !== undefined) {
      check.error(
        "cors preflightResultMaxAge is an attribute of allowed-methods: give allowedMethods too",
      );
    }
    integerIn(
      check,
      statement.preflightResultMaxAge,
      0,
      Number.MAX_SAFE_INTEGER,
      "cors preflight-result-max-age",
    );
    for (const [list, name] of [
      [statement.allowedHeaders, "allowed-headers"],
      [statement.exposeHeaders, "expose-headers"],
    ] as const) {
      if (list === undefined) {
        if (name === "allowed-headers") check.error("cors allowed-headers is required");
        continue;
      }
      if (list.length === 0) check.error(`cors ${name} needs at least one header`);
      for (const header of list) {
        if (!literalOnly(check, header, `cors ${name} header`)) continue;
        nonEmpty(check, header, `cors ${name} header`);
      }
    }
  },
});
