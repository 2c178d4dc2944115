// The gateway's response cache (cache-lookup / cache-store): one per simulated instance, entries
// keyed by what the lookup varies by, expiring on the virtual clock, visible to tests as
// `apim.responseCache`. Kept apart from the value cache (value-cache.ts): the pages give the two
// families different keys (a response entry has no key attribute) and tests read them differently.
// The built-in cache is volatile (cache-lookup-policy.md, the include "Built-in cache is
// volatile"): tests simulate a lost entry with `evict` or `clear`.
import { ExpiringStore, type ExpiringEntry } from "./expiring-store.ts";
import type { Execution } from "./execution.ts";
import type { ResponseState } from "./messages.ts";

export interface CachedResponse extends ExpiringEntry {
  /** A copy of the response as cache-store saw it. */
  readonly response: ResponseState;
}

/**
 * The response cache of one simulated APIM instance. Its keys' format is the harness's (see
 * responseCacheKey in policies/cache-lookup.ts).
 */
export class ResponseCache extends ExpiringStore<CachedResponse> {
  /** Stores a copy of a response for `seconds` from now. */
  store(key: string, response: ResponseState, seconds: number): CachedResponse {
    return this.put(key, { response: response.clone() }, seconds);
  }
}

/** What cache-lookup decided for one request, read by cache-store in outbound. */
export interface LookupState {
  /** The entry key, or null when this request is not cached (not a GET, an Authorization header). */
  readonly key: string | null;
  readonly downstream: "none" | "private" | "public";
  readonly mustRevalidate: boolean;
}

const LOOKUPS = new WeakMap<Execution, LookupState>();

export function recordLookup(execution: Execution, state: LookupState): void {
  LOOKUPS.set(execution, state);
}

export function lookupOf(execution: Execution): LookupState | undefined {
  return LOOKUPS.get(execution);
}
