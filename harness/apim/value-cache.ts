// The gateway's value cache (cache-store-value, cache-lookup-value, cache-remove-value): one
// built-in cache per simulated instance, entries keyed by the exact key text, expiring on the
// virtual clock. The reference pages say the built-in cache is volatile (shared by the units of a
// region, entries may go before they expire): tests simulate that with `evict` or `clear`.
// Chosen where the pages are silent: a stored value keeps its C# type (what set-variable would
// store); the store is visible at once (the page warns that the real store is asynchronous and a
// value "may not be immediately available": the harness does not model that delay).
import type { VirtualClock } from "./clock.ts";
import type { TypedValue } from "./csharp-values.ts";

export interface CacheEntry {
  readonly value: TypedValue;
  /** Epoch milliseconds when the entry was stored. */
  readonly storedAt: number;
  /** Epoch milliseconds from which the entry is gone (storedAt + duration). */
  readonly expiresAt: number;
}

/** The built-in cache of one simulated APIM instance. */
export class ValueCache {
  readonly #entries = new Map<string, CacheEntry>();

  constructor(private readonly clock: VirtualClock) {}

  /** The live entry for a key (an expired one is dropped), or undefined. */
  get(key: string): CacheEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= this.clock.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** The cached value for a key, or undefined (what a test reads). */
  value(key: string): unknown {
    return this.get(key)?.value.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores a value for `seconds` from now. */
  store(key: string, value: TypedValue, seconds: number): CacheEntry {
    const now = this.clock.now();
    const entry = { value, storedAt: now, expiresAt: now + seconds * 1000 };
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
}
