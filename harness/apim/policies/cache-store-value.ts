// <cache-store-value>: stores `value` under `key` for `duration` seconds in the gateway's built-in
// cache (cache-store-value-policy.md; value-cache.ts has the expiry on the virtual clock). A value
// keeps its C# type; null and values a policy variable cannot hold are refused (the page does not
// say which values the cache takes), as is a duration under one second. caching-type as for
// cache-lookup-value.
import type { CacheStoreValue } from "../../../src/policies/cache-store-value.ts";
import { describe, isVariableType } from "../csharp-values.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyRun } from "../policy-run.ts";
import { cacheOf, keyOf } from "./cache-lookup-value.ts";

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
