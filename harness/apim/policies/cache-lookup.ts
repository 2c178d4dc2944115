// <cache-lookup> on the gateway's response cache (response-cache.ts). Sources: cache-lookup-policy.md
// (Attributes, Elements, Usage notes). Documented: lookup only for GET ("API Management only
// performs cache lookup for HTTP GET requests"); a request with an Authorization header is cached
// only when allow-private-response-caching is true; vary-by-header / vary-by-query-parameter
// ("Use semicolon as a separator") / vary-by-developer make separate entries; "can only be used
// once in a policy section". Chosen where the page is silent (docs/project-choices.md, "Response
// cache"): the entry key (API, operation, path, then the varied values; other query parameters
// do not vary it); a hit ends the pipeline like return-response (the backend is not called, and
// outbound does not run); the downstream Cache-Control values. Refused: caching-type="external"
// (no external cache is simulated), vary-by-developer-groups="true" (the harness has no user
// groups), a downstream-caching-type outside the documented three, a vary-by-query-parameter name
// that is empty or has blanks around it.
import type { CacheLookup, DownstreamCachingType } from "../../../src/policies/cache-lookup.ts";
import { DOWNSTREAM_CACHING_TYPES } from "../../../src/policies/cache-lookup.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { ResponseState } from "../messages.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import { lookupOf, recordLookup, type LookupState } from "../response-cache.ts";

/** The Cache-Control the client gets (chosen, docs/project-choices.md "Response cache"). */
export function applyDownstreamCaching(
  response: ResponseState,
  state: LookupState,
  maxAgeSeconds: number,
): void {
  if (state.downstream === "none") {
    response.headers.set("Cache-Control", ["no-cache"]);
    return;
  }
  const directives = [state.downstream, `max-age=${Math.max(0, Math.floor(maxAgeSeconds))}`];
  if (state.mustRevalidate) directives.push("must-revalidate");
  response.headers.set("Cache-Control", [directives.join(", ")]);
}

function downstreamOf(run: PolicyRun<CacheLookup>): DownstreamCachingType {
  const { statement } = run;
  if (statement.downstreamCachingType === undefined) return "none";
  const value = run.text(statement.downstreamCachingType, "downstream-caching-type");
  if (!DOWNSTREAM_CACHING_TYPES.includes(value as DownstreamCachingType)) {
    throw new HarnessRefusal(
      `cache-lookup downstream-caching-type: '${String(value)}' is not one of none, private, public (cache-lookup-policy.md, Attributes)`,
    );
  }
  return value as DownstreamCachingType;
}

/** The entry key: chosen format, `GET <api>/<operation> <path>` then one line per varied value. */
function keyOf(run: PolicyRun<CacheLookup>): string {
  const { statement, context } = run;
  const request = run.execution.request;
  const parts = [`GET ${context.Api.Id}/${context.Operation.Id} ${request.url.pathname}`];
  // Elements, vary-by-query-parameter: "Use semicolon as a separator". The page does not say
  // whether APIM trims blanks around a name or skips an empty one ("a;;b", "a; b"): refused.
  const names = (statement.varyByQueryParameters ?? []).flatMap((entry) => entry.split(";"));
  for (const name of names) {
    if (name === "" || name.trim() !== name) {
      throw new HarnessRefusal(
        `cache-lookup vary-by-query-parameter: the name '${name}' is empty or has blanks around it; ` +
          "cache-lookup-policy.md (Elements) says only to separate names with semicolons",
      );
    }
  }
  for (const name of names)
    parts.push(`query ${name}=${request.url.searchParams.getAll(name).join(",")}`);
  for (const name of statement.varyByHeaders ?? [])
    parts.push(`header ${name.toLowerCase()}=${(request.headers.get(name) ?? []).join(",")}`);
  if (run.boolean(statement.varyByDeveloper, "vary-by-developer"))
    parts.push(`developer ${context.User.Id}`);
  return parts.join("\n");
}

export const runCacheLookup: PolicyHandler<CacheLookup> = (run) => {
  const { statement } = run;
  if (lookupOf(run.execution)) {
    throw new HarnessRefusal(
      "cache-lookup ran twice for one request; cache-lookup-policy.md (Usage notes): it can only be used once in a policy section",
    );
  }
  if (statement.cachingType === "external") {
    throw new HarnessRefusal(
      'cache-lookup caching-type="external": the harness simulates the built-in cache only, and Microsoft\'s page ' +
        "does not say what APIM does when no external cache is configured; use prefer-external or internal",
    );
  }
  if (run.boolean(statement.varyByDeveloperGroups, "vary-by-developer-groups")) {
    throw new HarnessRefusal(
      'cache-lookup vary-by-developer-groups="true": the harness does not model user groups, so it cannot tell which entry a request shares',
    );
  }
  const downstream = downstreamOf(run);
  const mustRevalidate =
    statement.mustRevalidate === undefined
      ? true
      : run.boolean(statement.mustRevalidate, "must-revalidate");
  const allowPrivate =
    statement.allowPrivateResponseCaching === undefined
      ? false
      : run.boolean(statement.allowPrivateResponseCaching, "allow-private-response-caching");
  const request = run.execution.request;
  let key: string | null = null;
  if (request.method.toUpperCase() !== "GET") {
    run.note(`cache-lookup: ${request.method} is not cached (GET only)`);
  } else if (request.headers.has("Authorization") && !allowPrivate) {
    run.note(
      "cache-lookup: the request has an Authorization header and allow-private-response-caching is false, not cached",
    );
  } else {
    key = keyOf(run);
  }
  const state: LookupState = { key, downstream, mustRevalidate };
  recordLookup(run.execution, state);
  if (key === null) return;
  const entry = run.gateway.responseCache.get(key);
  if (!entry) {
    run.note("cache-lookup: miss");
    return;
  }
  const response = entry.response.clone();
  applyDownstreamCaching(response, state, (entry.expiresAt - run.gateway.clock.now()) / 1000);
  run.execution.response = response;
  run.note(`cache-lookup: hit, ${response.statusCode} from the cache; the backend is not called`);
  return "return";
};
