// A gateway with cache-lookup in inbound and cache-store in outbound around a counting backend,
// for the response-cache tests (test/harness/response-cache*.test.ts).
import { base, cacheLookup, cacheStore, policy } from "apim-ts";
import type { CacheLookupOptions, CacheStoreOptions } from "apim-ts";
import { createGateway, type MockResponse } from "apim-ts/harness";

/** Both vary-by-developer attributes are required by the builder; off unless a test turns them on. */
export const LOOKUP: CacheLookupOptions = { varyByDeveloper: false, varyByDeveloperGroups: false };

/**
 * The gateway, and how often its backend was called. `answer(n)` gives the n-th backend call's
 * status (200 by default) and headers; its body names the call and the request.
 */
export function cacheGateway(
  lookup: Partial<CacheLookupOptions> = {},
  store: Partial<CacheStoreOptions> = {},
  answer: (calls: number) => { status?: number; headers?: MockResponse["headers"] } = () => ({}),
) {
  let calls = 0;
  const apim = createGateway({
    clock: { instant: "2030-01-01T00:00:00Z" },
    backend: (request) => {
      calls++;
      const { status = 200, headers = {} } = answer(calls);
      return { status, headers, body: `answer ${calls} to ${request.method} ${request.url}` };
    },
    policies: {
      operation: policy({
        inbound: [cacheLookup({ ...LOOKUP, ...lookup })],
        backend: [base()],
        outbound: [cacheStore({ duration: 60, ...store })],
      }),
    },
  });
  return { apim, calls: () => calls };
}
