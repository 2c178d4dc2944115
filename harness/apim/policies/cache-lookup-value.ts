// <cache-lookup-value> on the gateway's built-in cache (value-cache.ts): on a hit the variable
// holds the cached value; on a miss it holds `default-value` when one is given, and is not set
// otherwise. The page contradicts itself here (default-value: "If this attribute is not specified,
// null is assigned"; variable-name: "If lookup results in a miss, the variable will not be set");
// the harness follows the second, which Microsoft's custom-caching sample relies on
// (api-management-sample-cache-by-key.md: "If there is no entry in the cache that corresponds to
// the key value, then no userprofile context variable is created", then
// `!context.Variables.ContainsKey("userprofile")`). caching-type (the three cache-value pages):
// `internal` is the built-in cache; `prefer-external` (the default) uses the external cache "if
// configured or internal cache otherwise" — the harness has no external cache, so it is the
// built-in one; `external` is refused, the pages do not say what APIM does when none is configured.
import type { CacheLookupValue, CachingType } from "../../../src/policies/cache-lookup-value.ts";
import type { CacheRemoveValue } from "../../../src/policies/cache-remove-value.ts";
import type { CacheStoreValue } from "../../../src/policies/cache-store-value.ts";
import { describe } from "../csharp-values.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyRun } from "../policy-run.ts";
import type { ValueCache } from "../value-cache.ts";

type CacheStatement = CacheLookupValue | CacheStoreValue | CacheRemoveValue;

/** The cache a statement's caching-type selects (the built-in one; `external` is refused). */
export function cacheOf(run: PolicyRun<CacheStatement>): ValueCache {
  const type: CachingType = run.statement.cachingType ?? "prefer-external";
  if (type === "external") {
    throw new HarnessRefusal(
      `${run.statement.kind} caching-type="external": the harness simulates the built-in cache only, and ` +
        "Microsoft's pages do not say what APIM does when no external cache is configured; use prefer-external or internal",
    );
  }
  return run.gateway.cache;
}

/** The key as text; a null or empty key is refused. */
export function keyOf(run: PolicyRun<CacheStatement>): string {
  const key = run.text(run.statement.key, "key");
  if (key === null || key === "") {
    throw new HarnessRefusal(
      `${run.statement.kind}: the key evaluated to ${describe(key)}; Microsoft's page does not say what APIM does with it`,
    );
  }
  return key;
}

export function runCacheLookupValue(run: PolicyRun<CacheLookupValue>): void {
  const { statement } = run;
  const cache = cacheOf(run);
  const key = keyOf(run);
  const entry = cache.get(key);
  if (entry) {
    run.execution.variables.set(statement.variableName, entry.value);
    run.note(
      `cache-lookup-value '${key}': hit, ${statement.variableName} = ${describe(entry.value.value)}`,
    );
    return;
  }
  if (statement.defaultValue === undefined) {
    run.note(`cache-lookup-value '${key}': miss, ${statement.variableName} not set`);
    return;
  }
  const fallback = run.typed(statement.defaultValue, "default-value");
  run.execution.variables.set(statement.variableName, fallback);
  run.note(
    `cache-lookup-value '${key}': miss, ${statement.variableName} = default ${describe(fallback.value)}`,
  );
}
