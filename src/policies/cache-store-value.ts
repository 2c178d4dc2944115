// <cache-store-value key value duration caching-type>: stores a value in the cache for `duration`
// seconds (cache-store-value-policy.md: `key`, `value` and `duration` accept expressions,
// `caching-type` does not; all sections).
import type { VariableValue } from "../context/variables.ts";
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { checkCacheAttributes, type CachingType } from "./cache-lookup-value.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface CacheStoreValueOptions extends CommonOptions {
  readonly key: Value<string>;
  readonly value: Value<VariableValue>;
  /** Seconds the value stays in the cache. */
  readonly duration: Value<int>;
  /** Literal only; APIM's default is "prefer-external". */
  readonly cachingType?: CachingType;
}

export interface CacheStoreValue
  extends StatementBase<"cache-store-value">, CacheStoreValueOptions {}

/** `<cache-store-value>`: `value` is readable with cache-lookup-value under `key` for `duration` seconds. */
export function cacheStoreValue(options: CacheStoreValueOptions): CacheStoreValue {
  return checked(cacheStoreValuePolicy, { kind: "cache-store-value", ...options });
}

export const cacheStoreValuePolicy = definePolicy({
  element: "cache-store-value",
  sections: ["inbound", "backend", "outbound", "on-error"],
  // cache-store-value-policy.md, Usage notes: "This policy can only be used once in a policy section."
  oncePerSection: true,
  builders: ["cacheStoreValue"],
  reference: "https://learn.microsoft.com/azure/api-management/cache-store-value-policy",
  summary: "Stores a value in the cache under a key for a number of seconds.",
  toXml: (statement: CacheStoreValue): XmlNode =>
    element("cache-store-value", {
      id: statement.id,
      key: slot(statement.key),
      value: slot(statement.value),
      duration: slot(statement.duration),
      "caching-type": statement.cachingType,
    }),
  // cache-store-value-policy.md, Attributes: `value` and `duration` ("specified in seconds") are
  // required. The page gives no range: a literal duration must be a whole, positive number of
  // seconds (an expression's value is checked by the harness).
  validate: (statement, check): void => {
    checkCacheAttributes("cache-store-value", statement, check);
    required(check, statement.value, "cache-store-value value");
    if (required(check, statement.duration, "cache-store-value duration"))
      integerIn(
        check,
        statement.duration,
        1,
        Number.MAX_SAFE_INTEGER,
        "cache-store-value duration",
      );
  },
});
