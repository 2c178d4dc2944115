// Parsed certificates by the SHA-1 of their bytes (for a DER certificate that is its Thumbprint):
// policies build `new X509Certificate2(bytes)` on every request from the same few certificates,
// and asn1js/pkijs parsing was most of a simulated request's cost (~1,800 req/s). Parsed values
// are never mutated, so instances may share them. Bounded, oldest entries dropped first.
import { createHash } from "node:crypto";

const LIMIT = 512;

export class ParseCache<T> {
  readonly #entries = new Map<string, T>();

  /** The cached value for these bytes, or `parse(bytes)` stored under their SHA-1. */
  get(bytes: Uint8Array, parse: () => T): T {
    const key = createHash("sha1").update(bytes).digest("hex");
    const found = this.#entries.get(key);
    if (found !== undefined) return found;
    const value = parse();
    if (this.#entries.size >= LIMIT) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
