// <cache-lookup-value key default-value variable-name caching-type>: reads a value stored by
// cache-store-value into a context variable (cache-lookup-value-policy.md: `key` and
// `default-value` accept expressions, `variable-name` and `caching-type` do not; all sections).
import type { VariableValue } from "../context/variables.ts";
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/** Which cache: the built-in one, the external (Redis-compatible) one, or external when configured. */
export type CachingType = "prefer-external" | "external" | "internal";
export const CACHING_TYPES: readonly CachingType[] = ["prefer-external", "external", "internal"];

export interface CacheLookupValueOptions extends CommonOptions {
  /** The cache key; APIM's pages build it with an expression (`"userprofile-" + ...`). */
  readonly key: Value<string>;
  /** Literal only: the variable the value lands in. */
  readonly variableName: string;
  /** Assigned to the variable on a miss. */
  readonly defaultValue?: Value<VariableValue>;
  /** Literal only; APIM's default is "prefer-external". */
  readonly cachingType?: CachingType;
}

export interface CacheLookupValue
  extends StatementBase<"cache-lookup-value">, CacheLookupValueOptions {}

/** Checks shared by the cache-value builders: a literal key is not empty, caching-type is one of three. */
export function checkCacheOptions(builder: string, key: Value<string>, cachingType: unknown): void {
  if (!isExpressionSlot(key) && (typeof key !== "string" || key === "")) {
    throw new Error(
      `${builder}(): key must be a non-empty string or an expression, got '${String(key)}'`,
    );
  }
  if (isExpressionSlot(cachingType))
    throw new Error(`${builder}(): caching-type accepts no policy expression in APIM`);
  if (cachingType !== undefined && !CACHING_TYPES.includes(cachingType as CachingType)) {
    throw new Error(
      `${builder}(): caching-type '${String(cachingType)}' is not one of ${CACHING_TYPES.join(", ")}`,
    );
  }
}

export function checkVariableName(builder: string, name: unknown): void {
  if (isExpressionSlot(name))
    throw new Error(`${builder}(): variable-name accepts no policy expression in APIM`);
  if (typeof name !== "string" || name.trim() === "") {
    throw new Error(
      `${builder}(): variable-name must be a non-empty string, got '${String(name)}'`,
    );
  }
}

/** `<cache-lookup-value>`: on a hit the variable holds the cached value; on a miss, `defaultValue`. */
export function cacheLookupValue(options: CacheLookupValueOptions): CacheLookupValue {
  checkCacheOptions("cacheLookupValue", options.key, options.cachingType);
  checkVariableName("cacheLookupValue", options.variableName);
  return { kind: "cache-lookup-value", ...options };
}

export function cacheLookupValueToXml(statement: CacheLookupValue): XmlElement {
  return element("cache-lookup-value", {
    id: statement.id,
    key: slot(statement.key),
    "default-value": slot(statement.defaultValue),
    "variable-name": statement.variableName,
    "caching-type": statement.cachingType,
  });
}
