// <cache-remove-value key caching-type>: deletes a cached value (cache-remove-value-policy.md: `key`
// accepts expressions, `caching-type` does not; all sections).
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { checkCacheAttributes, type CachingType } from "./cache-lookup-value.ts";
import { definePolicy } from "./define-policy.ts";
import { checked } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface CacheRemoveValueOptions extends CommonOptions {
  /** Literal only; APIM's default is "prefer-external". */
  readonly cachingType?: CachingType;
}

export interface CacheRemoveValue
  extends StatementBase<"cache-remove-value">, CacheRemoveValueOptions {
  readonly key: Value<string>;
}

/** `<cache-remove-value>`: the value under `key` is gone from the cache. */
export function cacheRemoveValue(
  key: Value<string>,
  options: CacheRemoveValueOptions = {},
): CacheRemoveValue {
  return checked(cacheRemoveValuePolicy, { kind: "cache-remove-value", key, ...options });
}

export const cacheRemoveValuePolicy = definePolicy({
  element: "cache-remove-value",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["cacheRemoveValue"],
  reference: "https://learn.microsoft.com/azure/api-management/cache-remove-value-policy",
  summary: "Deletes a cached value by key.",
  toXml: (statement: CacheRemoveValue): XmlNode =>
    element("cache-remove-value", {
      id: statement.id,
      key: slot(statement.key),
      "caching-type": statement.cachingType,
    }),
  validate: (statement, check): void =>
    checkCacheAttributes("cache-remove-value", statement, check),
});
