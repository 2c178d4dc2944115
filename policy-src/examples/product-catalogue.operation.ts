// A cached product catalogue (issue 16's caching and body patterns): GET answers come from the
// response cache (cache-lookup / cache-store), one entry per `category` query parameter and Accept
// header, for 5 minutes, or 1 minute while the backend marks the catalogue as a preview; the
// backend's JSON is reshaped with a Liquid template (set-body template="liquid") before it is
// stored, so a hit returns the reshaped body without calling the backend. Clients and proxies may
// keep the answer (downstream-caching-type="public").
import { base, cacheLookup, cacheStore, choose, policy, setBody, setHeader, when } from "apim-ts";

/** Seconds a catalogue page stays in the cache; a preview catalogue for a minute only. */
const CACHE_SECONDS = 300;
const PREVIEW_SECONDS = 60;

/**
 * The client's shape: the category asked for, each product's name capitalised and its price in
 * cents, and the count (Liquid filters in APIM's Pascal case, set-body-policy.md).
 */
const CATALOGUE_TEMPLATE =
  '{"category": "{{context.Request.Url.Query.category | Default: \'all\'}}", "items": [' +
  "{% for product in body.products %}" +
  '{"name": "{{product.title | Capitalize}}", "priceCents": {{product.price | Times: 100 | Round}}}' +
  "{% unless forloop.last %}, {% endunless %}{% endfor %}" +
  '], "count": {{body.products | Size}}}';

export default policy({
  inbound: [
    base(),
    cacheLookup({
      varyByDeveloper: false,
      varyByDeveloperGroups: false,
      downstreamCachingType: "public",
      mustRevalidate: true,
      varyByHeaders: ["Accept"],
      varyByQueryParameters: ["category"],
    }),
  ],
  backend: [base()],
  outbound: [
    base(),
    choose(
      when(
        (context) => context.Response.StatusCode === 200,
        [
          setBody(CATALOGUE_TEMPLATE, { template: "liquid" }),
          setHeader("Content-Type", "application/json"),
        ],
      ),
    ),
    cacheStore({
      duration: (context) =>
        context.Response.Headers.GetValueOrDefault("X-Catalogue-Preview", "") === "true"
          ? PREVIEW_SECONDS
          : CACHE_SECONDS,
    }),
  ],
  onError: [base()],
});
