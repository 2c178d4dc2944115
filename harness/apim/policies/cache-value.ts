// The cache-value trio on the gateway's built-in cache (value-cache.ts):
// - cache-store-value: stores `value` under `key` for `duration` seconds (cache-store-value-policy.md).
// - cache-lookup-value: on a hit the variable holds the cached value; on a miss it holds
//   `default-value` when one is given, and is not set otherwise. The page contradicts itself here
//   (default-value: "If this attribute is not specified, null is assigned"; variable-name: "If
//   lookup results in a miss, the variable will not be set"); the harness follows the second, which
//   Microsoft's custom-caching sample relies on (api-management-sample-cache-by-key.md: "If there is
//   no entry in the cache that corresponds to the key value, then no userprofile context variable is
//   created", then `!context.Variables.ContainsKey("userprofile")`).
// - cache-remove-value: deletes the entry (cache-remove-value-policy.md).
// caching-type (all three pages): `internal` is the built-in cache; `prefer-external` (the default)
// uses the external cache "if configured or internal cache otherwise" — the harness has no external
// cache, so it is the built-in one; `external` is refused, the pages do not say what APIM does when
// no external cache is configured.
import type { CacheLookupValue, CachingType } from "../../../src/policies/cache-lookup-value.ts";
import type { CacheRemoveValue } from "../../../src/policies/cache-remove-value.ts";
import type { CacheStoreValue } from "../../../src/policies/cache-store-value.ts";
import { describe, isVariableType } from "../csharp-values.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyRun } from "../policy-run.ts";
import type { ValueCache } from "../value-cache.ts";

type CacheStatement = CacheLookupValue | CacheStoreValue | CacheRemoveValue;

function cacheOf(run: PolicyRun<CacheStatement>): ValueCache {
  const type: CachingType = run.statement.cachingType ?? "prefer-external";
  if (type === "external") {
    throw new HarnessRefusal(
      `${run.statement.kind} caching-type="external": the harness simulates the built-in cache only, and ` +
        "Microsoft's pages do not say what APIM does when no external cache is configured; use prefer-external or internal",
    );
  }
  return run.gateway.cache;
}

function keyOf(run: PolicyRun<CacheStatement>): string {
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

export function runCacheStoreValue(run: PolicyRun<CacheStoreValue>): void {
  const { statement } = run;
  const cache = cacheOf(run);
  const key = keyOf(run);
  const value = run.typed(statement.value, "value");
  if (value.value === null || value.value === undefined || !isVariableType(value.type)) {
    throw new HarnessRefusal(
      `cache-store-value '${key}': a ${value.value == null ? "null" : value.type} value; Microsoft's page does not say ` +
        "which values the cache holds, and the harness caches only values a policy variable can hold",
    );
  }
  const duration = run.integer(statement.duration, "duration");
  if (duration < 1) {
    throw new HarnessRefusal(
      `cache-store-value '${key}': duration ${duration}; the page asks for a number of seconds and does not say what APIM does with ${duration}`,
    );
  }
  const entry = cache.store(key, value, duration);
  run.note(
    `cache-store-value '${key}' = ${describe(value.value)} for ${duration}s (until ${new Date(entry.expiresAt).toISOString()})`,
  );
}

export function runCacheRemoveValue(run: PolicyRun<CacheRemoveValue>): void {
  const key = keyOf(run);
  const removed = cacheOf(run).evict(key);
  run.note(`cache-remove-value '${key}': ${removed ? "removed" : "was not cached"}`);
}
