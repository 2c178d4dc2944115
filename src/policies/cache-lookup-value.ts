// <cache-lookup-value key default-value variable-name caching-type>: reads a value stored by
// cache-store-value into a context variable (cache-lookup-value-policy.md: `key` and
// `default-value` accept expressions, `variable-name` and `caching-type` do not; all sections).
import type { VariableValue } from "../context/variables.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type PolicyCheck } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, oneOf, required } from "./rules.ts";
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

/**
 * The rules the three cache-value pages share (Attributes): `key` is required and accepts
 * expressions; `caching-type` is one of three values and "Policy expressions aren't allowed".
 */
export function checkCacheAttributes(
  element: string,
  statement: { readonly key: unknown; readonly cachingType?: unknown },
  check: PolicyCheck,
): void {
  if (required(check, statement.key, `${element} key`))
    nonEmpty(check, statement.key, `${element} key`);
  if (literalOnly(check, statement.cachingType, `${element} caching-type`))
    oneOf(check, statement.cachingType, CACHING_TYPES, `${element} caching-type`);
}

/** `<cache-lookup-value>`: on a hit the variable holds the cached value; on a miss, `defaultValue`. */
export function cacheLookupValue(options: CacheLookupValueOptions): CacheLookupValue {
  return checked(cacheLookupValuePolicy, { kind: "cache-lookup-value", ...options });
}

export const cacheLookupValuePolicy = definePolicy({
  element: "cache-lookup-value",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["cacheLookupValue"],
  reference: "https://learn.microsoft.com/azure/api-management/cache-lookup-value-policy",
  summary: "Reads a cached value by key into a context variable (default-value on a miss).",
  toXml: (statement: CacheLookupValue): XmlNode =>
    element("cache-lookup-value", {
      id: statement.id,
      key: slot(statement.key),
      "default-value": slot(statement.defaultValue),
      "variable-name": statement.variableName,
      "caching-type": statement.cachingType,
    }),
  // cache-lookup-value-policy.md, Attributes: `variable-name` is required, "Policy expressions
  // aren't allowed".
  validate: (statement, check): void => {
    checkCacheAttributes("cache-lookup-value", statement, check);
    if (
      required(check, statement.variableName, "cache-lookup-value variable-name") &&
      literalOnly(check, statement.variableName, "cache-lookup-value variable-name")
    )
      nonEmpty(check, statement.variableName, "cache-lookup-value variable-name");
  },
});
