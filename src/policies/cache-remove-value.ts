// <cache-remove-value key caching-type>: deletes a cached value (cache-remove-value-policy.md: `key`
// accepts expressions, `caching-type` does not; all sections).
import type { Value } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { checkCacheOptions, type CachingType } from "./cache-lookup-value.ts";
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
  checkCacheOptions("cacheRemoveValue", key, options.cachingType);
  return { kind: "cache-remove-value", key, ...options };
}

export function cacheRemoveValueToXml(statement: CacheRemoveValue): XmlElement {
  return element("cache-remove-value", {
    id: statement.id,
    key: slot(statement.key),
    "caching-type": statement.cachingType,
  });
}
