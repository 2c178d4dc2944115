// <cache-store> on the gateway's response cache (response-cache.ts). Sources: cache-store-policy.md
// (Attributes, Usage notes): `duration` in seconds; without cache-response (or false) only 200 OK
// is cached, with true the current response whatever its status; "only caches responses to HTTP
// GET requests"; the policy "must have a corresponding" cache-lookup, so a cache-store without one
// is refused. Refused where the pages are silent: a response carrying Cache-Control no-store,
// no-cache or private (whether APIM honours the backend's directives is not documented), a
// non-positive duration. The stored copy is the response as cache-store sees it (chosen).
import type { CacheStore } from "../../../src/policies/cache-store.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { lookupOf } from "../response-cache.ts";
import { applyDownstreamCaching } from "./cache-lookup.ts";

const PRIVATE_DIRECTIVE = /(^|[\s,])(no-store|no-cache|private)([\s,=]|$)/i;

export const runCacheStore: PolicyHandler<CacheStore> = (run) => {
  const { statement } = run;
  const lookup = lookupOf(run.execution);
  if (!lookup) {
    throw new HarnessRefusal(
      "cache-store ran without a cache-lookup in inbound; cache-store-policy.md: it must have a corresponding cache-lookup policy",
    );
  }
  if (lookup.key === null) {
    run.note("cache-store: this request is not cached (see cache-lookup)");
    return;
  }
  const duration = run.integer(statement.duration, "duration");
  if (duration <= 0) {
    throw new HarnessRefusal(
      `cache-store duration: ${duration} seconds; the page does not say what APIM does with a duration that is not positive`,
    );
  }
  const cacheAny =
    statement.cacheResponse === undefined
      ? false
      : run.boolean(statement.cacheResponse, "cache-response");
  const response = run.execution.response;
  if (!cacheAny && response.statusCode !== 200) {
    run.note(
      `cache-store: status ${response.statusCode} is not cached (only 200 OK without cache-response)`,
    );
    return;
  }
  const cacheControl = (response.headers.get("Cache-Control") ?? []).join(",");
  if (PRIVATE_DIRECTIVE.test(cacheControl)) {
    throw new HarnessRefusal(
      `cache-store: the response says 'Cache-Control: ${cacheControl}'; Microsoft's pages do not say whether APIM caches it`,
    );
  }
  run.gateway.responseCache.store(lookup.key, response, duration);
  applyDownstreamCaching(response, lookup, duration);
  run.note(`cache-store: ${response.statusCode} stored for ${duration} s`);
};
