// The gateway's value cache (cache-store-value, cache-lookup-value, cache-remove-value): one
// built-in cache per simulated instance, entries keyed by the exact key text, expiring on the
// virtual clock. The reference pages say the built-in cache is volatile (shared by the units of a
// region, entries may go before they expire): tests simulate that with `evict` or `clear`.
// Chosen where the pages are silent: a stored value keeps its C# type (what set-variable would
// store); the store is visible at once (the page warns that the real store is asynchronous and a
// value "may not be immediately available": the harness does not model that delay).
import { ExpiringStore, type ExpiringEntry } from "./expiring-store.ts";
import type { TypedValue } from "./csharp-values.ts";

export interface CacheEntry extends ExpiringEntry {
  readonly value: TypedValue;
}

/** The built-in cache of one simulated APIM instance. */
export class ValueCache extends ExpiringStore<CacheEntry> {
  /** The cached value for a key, or undefined (what a test reads). */
  value(key: string): unknown {
    return this.get(key)?.value.value;
  }

  /** Stores a value for `seconds` from now. */
  store(key: string, value: TypedValue, seconds: number): CacheEntry {
    return this.put(key, { value }, seconds);
  }
}
