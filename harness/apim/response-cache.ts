// The gateway's response cache (cache-lookup / cache-store): one per simulated instance, entries
// keyed by what the lookup varies by, expiring on the virtual clock, visible to tests as
// `apim.responseCache`. Kept apart from the value cache (value-cache.ts): the pages give the two
// families different keys (a response entry has no key attribute) and tests read them differently.
// The built-in cache is volatile (cache-lookup-policy.md, the include "Built-in cache is
// volatile"): tests simulate a lost entry with `evict` or `clear`.
import type { VirtualClock } from "./clock.ts";
import type { Execution } from "./execution.ts";
import type { ResponseState } from "./messages.ts";

export interface CachedResponse {
  /** A copy of the response as cache-store saw it. */
  readonly response: ResponseState;
  /** Epoch milliseconds when the entry was stored. */
  readonly storedAt: number;
  /** Epoch milliseconds from which the entry is gone (storedAt + duration). */
  readonly expiresAt: number;
}

/** The response cache of one simulated APIM instance. */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();

  constructor(private readonly clock: VirtualClock) {}

  /** The live entry for a key (an expired one is dropped), or undefined. */
  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= this.clock.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores a copy of a response for `seconds` from now. */
  store(key: string, response: ResponseState, seconds: number): CachedResponse {
    const now = this.clock.now();
    const entry = { response: response.clone(), storedAt: now, expiresAt: now + seconds * 1000 };
    this.#entries.set(key, entry);
    return entry;
  }

  /** Removes an entry (a test simulating an eviction); whether it was there. */
  evict(key: string): boolean {
    const had = this.has(key);
    this.#entries.delete(key);
    return had;
  }

  /** Empties the cache. */
  clear(): void {
    this.#entries.clear();
  }

  /** The live keys (their format is the harness's, see responseCacheKey in policies/cache-lookup.ts). */
  keys(): string[] {
    return [...this.#entries.keys()].filter((key) => this.has(key));
  }

  get size(): number {
    return this.keys().length;
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
