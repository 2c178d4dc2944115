// Entries that expire on the virtual clock: what the gateway's built-in caches have in common (the
// value cache, value-cache.ts, and the response cache, response-cache.ts). The reference pages
// say the built-in cache is volatile (cache-lookup-policy.md and cache-lookup-value-policy.md,
// the include "Built-in cache is volatile"): tests simulate a lost entry with `evict` or `clear`.
import type { VirtualClock } from "./clock.ts";

/** One stored entry: what was stored and its lifetime in epoch milliseconds. */
export interface ExpiringEntry {
  /** Epoch milliseconds when the entry was stored. */
  readonly storedAt: number;
  /** Epoch milliseconds from which the entry is gone (storedAt + duration). */
  readonly expiresAt: number;
}

/** A map whose entries are gone once the virtual clock reaches their expiry. */
export class ExpiringStore<E extends ExpiringEntry> {
  readonly #entries = new Map<string, E>();

  constructor(protected readonly clock: VirtualClock) {}

  /** The live entry for a key (an expired one is dropped), or undefined. */
  get(key: string): E | undefined {
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

  /** Stores `fields` for `seconds` (a duration in seconds) from now. */
  protected put(key: string, fields: Omit<E, keyof ExpiringEntry>, seconds: number): E {
    const now = this.clock.now();
    const entry = { ...fields, storedAt: now, expiresAt: now + seconds * 1000 } as E;
    this.#entries.set(key, entry);
    return entry;
  }

  /** Removes a key; whether it was there. Also what a test calls to simulate an eviction. */
  evict(key: string): boolean {
    const had = this.has(key);
    this.#entries.delete(key);
    return had;
  }

  /** Empties the cache (a test simulating a cache that lost its content). */
  clear(): void {
    this.#entries.clear();
  }

  /** The live keys. */
  keys(): string[] {
    return [...this.#entries.keys()].filter((key) => this.has(key));
  }

  /** How many live entries there are. */
  get size(): number {
    return this.keys().length;
  }
}
