// <cache-store duration cache-response>: the response cache's store (cache-store-policy.md).
// Outbound only; both attributes accept expressions. Works with a <cache-lookup> in inbound.
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface CacheStoreOptions extends CommonOptions {
  /** Seconds the response stays in the cache ("time-to-live of the cached entries"). */
  readonly duration: Value<int>;
  /** true: cache the response whatever its status; APIM's default (false) caches only 200 OK. */
  readonly cacheResponse?: Value<boolean>;
}

export interface CacheStore extends StatementBase<"cache-store">, CacheStoreOptions {}

/** `<cache-store>`: caches the response to a GET that cache-lookup missed, for `duration` seconds. */
export function cacheStore(options: CacheStoreOptions): CacheStore {
  return checked(cacheStorePolicy, { kind: "cache-store", ...options });
}

export const cacheStorePolicy = definePolicy({
  element: "cache-store",
  // cache-store-policy.md, Usage: "Policy sections: outbound"; Usage notes: "This policy can only be used once in a
  // policy section."
  sections: ["outbound"],
  oncePerSection: true,
  builders: ["cacheStore"],
  reference: "https://learn.microsoft.com/azure/api-management/cache-store-policy",
  summary: "Stores the response to a GET in the response cache for a number of seconds.",
  toXml: (statement: CacheStore): XmlNode =>
    element("cache-store", {
      id: statement.id,
      duration: slot(statement.duration),
      "cache-response": slot(statement.cacheResponse),
    }),
  // cache-store-policy.md, Attributes: `duration` is required, "specified in seconds". The page
  // gives no range: a literal must be a whole, positive number of seconds (an expression's value
  // is checked by the harness).
  validate: (statement, check): void => {
    if (required(check, statement.duration, "cache-store duration"))
      integerIn(check, statement.duration, 1, Number.MAX_SAFE_INTEGER, "cache-store duration");
  },
});
