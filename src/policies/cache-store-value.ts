// <cache-store-value key value duration caching-type>: stores a value in the cache for `duration`
// seconds (cache-store-value-policy.md: `key`, `value` and `duration` accept expressions,
// `caching-type` does not; all sections).
import type { VariableValue } from "../context/variables.ts";
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { checkCacheOptions, type CachingType } from "./cache-lookup-value.ts";
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
  checkCacheOptions("cacheStoreValue", options.key, options.cachingType);
  if (options.value === undefined) throw new Error("cacheStoreValue(): value is required");
  // The page gives no range; a duration is a count of seconds, so a literal must be a positive integer.
  const duration = options.duration;
  if (!isExpressionSlot(duration) && (!Number.isInteger(duration) || (duration as number) < 1)) {
    throw new RangeError(
      `cacheStoreValue(): duration must be a positive whole number of seconds, got ${String(duration)}`,
    );
  }
  return { kind: "cache-store-value", ...options };
}

export function cacheStoreValueToXml(statement: CacheStoreValue): XmlElement {
  return element("cache-store-value", {
    id: statement.id,
    key: slot(statement.key),
    value: slot(statement.value),
    duration: slot(statement.duration),
    "caching-type": statement.cachingType,
  });
}
