// <cache-lookup>: the response cache's lookup (cache-lookup-policy.md). Inbound only; the
// `vary-by-*` attributes, `downstream-caching-type`, `must-revalidate` and
// `allow-private-response-caching` accept expressions, `caching-type` does not; the children
// `vary-by-header` and `vary-by-query-parameter` are literal names (a query-parameter element may
// list several, separated by semicolons).
import type { ExpressionOnly, Value } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { CACHING_TYPES, type CachingType } from "./cache-lookup-value.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, oneLine, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/** What the gateway lets clients and proxies cache (the Cache-Control it sends). */
export type DownstreamCachingType = "none" | "private" | "public";
export const DOWNSTREAM_CACHING_TYPES: readonly DownstreamCachingType[] = [
  "none",
  "private",
  "public",
];

export interface CacheLookupOptions extends CommonOptions {
  /** Required by the page: cache per developer account owning the subscription key. */
  readonly varyByDeveloper: Value<boolean>;
  /** Required by the page: cache per user group. */
  readonly varyByDeveloperGroups: Value<boolean>;
  /** Literal only; APIM's default is "prefer-external". */
  readonly cachingType?: CachingType;
  /** APIM's default is "none"; an expression yields text, checked when the request runs. */
  readonly downstreamCachingType?: DownstreamCachingType | ExpressionOnly<string>;
  /** APIM's default is true: adds `must-revalidate` to the downstream Cache-Control. */
  readonly mustRevalidate?: Value<boolean>;
  /** APIM's default is false: requests with an Authorization header are not cached. */
  readonly allowPrivateResponseCaching?: Value<boolean>;
  /** Header names, one `<vary-by-header>` each (Accept, Accept-Charset, ...). */
  readonly varyByHeaders?: readonly string[];
  /** Query parameter names, one `<vary-by-query-parameter>` each ("a;b" lists two in one element). */
  readonly varyByQueryParameters?: readonly string[];
}

export interface CacheLookup extends StatementBase<"cache-lookup">, CacheLookupOptions {}

/** `<cache-lookup>`: a GET whose cached response is still live is answered without the backend. */
export function cacheLookup(options: CacheLookupOptions): CacheLookup {
  return checked(cacheLookupPolicy, { kind: "cache-lookup", ...options });
}

function children(statement: CacheLookup): XmlNode[] {
  return [
    ...(statement.varyByHeaders ?? []).map((name) => element("vary-by-header", {}, [text(name)])),
    ...(statement.varyByQueryParameters ?? []).map((name) =>
      element("vary-by-query-parameter", {}, [text(name)]),
    ),
  ];
}

export const cacheLookupPolicy = definePolicy({
  element: "cache-lookup",
  // cache-lookup-policy.md, Usage: "Policy sections: inbound"; Usage notes: "This policy can only be used once in a
  // policy section."
  sections: ["inbound"],
  oncePerSection: true,
  builders: ["cacheLookup"],
  reference: "https://learn.microsoft.com/azure/api-management/cache-lookup-policy",
  summary: "Answers a GET from the response cache when a live entry matches (with cache-store).",
  toXml: (statement: CacheLookup): XmlNode =>
    element(
      "cache-lookup",
      {
        id: statement.id,
        "vary-by-developer": slot(statement.varyByDeveloper),
        "vary-by-developer-groups": slot(statement.varyByDeveloperGroups),
        "caching-type": statement.cachingType,
        "downstream-caching-type": slot(statement.downstreamCachingType),
        "must-revalidate": slot(statement.mustRevalidate),
        "allow-private-response-caching": slot(statement.allowPrivateResponseCaching),
      },
      children(statement),
    ),
  // cache-lookup-policy.md, Attributes: vary-by-developer and vary-by-developer-groups are
  // "Required: Yes"; caching-type "Policy expressions aren't allowed"; downstream-caching-type
  // "must be set to one of" none, private, public. Elements: the names are header and query
  // parameter names (non-empty, one line).
  validate: (statement, check): void => {
    required(check, statement.varyByDeveloper, "cache-lookup vary-by-developer");
    required(check, statement.varyByDeveloperGroups, "cache-lookup vary-by-developer-groups");
    if (literalOnly(check, statement.cachingType, "cache-lookup caching-type"))
      oneOf(check, statement.cachingType, CACHING_TYPES, "cache-lookup caching-type");
    oneOf(
      check,
      statement.downstreamCachingType,
      DOWNSTREAM_CACHING_TYPES,
      "cache-lookup downstream-caching-type",
    );
    for (const name of statement.varyByHeaders ?? []) {
      nonEmpty(check, name, "cache-lookup vary-by-header");
      oneLine(check, name, "cache-lookup vary-by-header");
    }
    for (const name of statement.varyByQueryParameters ?? []) {
      nonEmpty(check, name, "cache-lookup vary-by-query-parameter");
      oneLine(check, name, "cache-lookup vary-by-query-parameter");
    }
  },
});
