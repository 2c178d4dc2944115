// <cache-remove-value>: deletes the entry under `key` from the gateway's built-in cache
// (cache-remove-value-policy.md); removing a key that is not cached is not an error (the page
// describes no failure). caching-type as for cache-lookup-value.
import type { CacheRemoveValue } from "../../../src/policies/cache-remove-value.ts";
import type { PolicyRun } from "../policy-run.ts";
import { cacheOf, keyOf } from "./cache-lookup-value.ts";

export function runCacheRemoveValue(run: PolicyRun<CacheRemoveValue>): void {
  const key = keyOf(run);
  const removed = cacheOf(run).evict(key);
  run.note(`cache-remove-value '${key}': ${removed ? "removed" : "was not cached"}`);
}
