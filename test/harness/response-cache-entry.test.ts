// The response cache's edges: the entry a request makes (apim.responseCache.keys()), the policy's
// log lines saying why a request was or was not cached, the Cache-Control directives the harness
// refuses to guess about, durations, and cache-lookup used twice.
// Sources: cache-lookup-policy.md and cache-store-policy.md (Attributes, Elements, Usage notes).
// Values marked "chosen" are the project's (docs/project-choices.md, "Response cache").
import { describe, expect, it } from "vitest";
import {
  base,
  csharp,
  cacheLookup,
  cacheStore,
  policy,
  type CacheLookupOptions,
  type CacheStoreOptions,
} from "apim-ts";
import { createGateway, type MockResponse } from "apim-ts/harness";
import { cacheGateway, LOOKUP } from "../support/response-cache-gateway.ts";

/** The cache gateway (test/support/response-cache-gateway.ts), every backend call answering `answer`. */
const gateway = (
  lookup: Partial<CacheLookupOptions> = {},
  store: Partial<CacheStoreOptions> = {},
  answer: { status?: number; headers?: MockResponse["headers"] } = {},
) => cacheGateway(lookup, store, () => answer).apim;

describe("the entry a request makes (chosen format, visible as apim.responseCache.keys())", () => {
  it("API, operation and path, then each varied query parameter, header and the developer", async () => {
    // Elements (vary-by-query-parameter, vary-by-header) and Attributes (vary-by-developer: per
    // developer account, context.User.Id); the line format is chosen.
    const apim = gateway({
      varyByQueryParameters: ["version;lang"],
      varyByHeaders: ["Accept", "X-Absent"],
      varyByDeveloper: true,
    });
    await apim.send({ url: "/items?lang=en&version=1&other=x", headers: { Accept: "text/csv" } });
    expect(apim.responseCache.keys()).toEqual([
      "GET sample-api/sample-operation /items\nquery version=1\nquery lang=en\nheader accept=text/csv\nheader x-absent=\ndeveloper 1",
    ]);
  });

  it("a header sent with several values varies the entry by all of them, in order (chosen)", async () => {
    const apim = gateway({ varyByHeaders: ["Accept"] });
    await apim.send({ headers: { Accept: ["text/csv", "text/plain"] } });
    expect(apim.responseCache.keys()).toEqual([
      "GET sample-api/sample-operation /" + "\nheader accept=text/csv,text/plain",
    ]);
  });

  it("without vary-by elements or vary-by-developer the entry is the operation and path only", async () => {
    const apim = gateway();
    await apim.send({ url: "/items?version=1", headers: { Accept: "text/csv" } });
    expect(apim.responseCache.keys()).toEqual(["GET sample-api/sample-operation /items"]);
  });

  it("a repeated query parameter varies the entry by all its values, in order (chosen)", async () => {
    const apim = gateway({ varyByQueryParameters: ["v"] });
    await apim.send({ url: "/items?v=1&v=2" });
    await apim.send({ url: "/items?v=12" });
    expect(apim.responseCache.keys()).toEqual([
      "GET sample-api/sample-operation /items\nquery v=1,2",
      "GET sample-api/sample-operation /items\nquery v=12",
    ]);
  });

  it("refuses a vary-by-query-parameter name that is empty or has blanks (Elements: only 'semicolon as a separator')", async () => {
    await expect(gateway({ varyByQueryParameters: ["version; lang"] }).send()).rejects.toThrow(
      /the name ' lang' is empty or has blanks around it/,
    );
    await expect(gateway({ varyByQueryParameters: ["version;"] }).send()).rejects.toThrow(
      /the name '' is empty/,
    );
  });
});

describe("what the log says (why a request was or was not cached)", () => {
  it("a miss, a store, then a hit that does not call the backend", async () => {
    const apim = gateway();
    const first = await apim.send();
    expect(first.logText).toContain("cache-lookup: miss");
    expect(first.logText).toContain("cache-store: 200 stored for 60 s");
    const second = await apim.send();
    expect(second.logText).toContain(
      "cache-lookup: hit, 200 from the cache; the backend is not called",
    );
  });

  it("a POST is neither looked up nor stored (Usage notes: GET only)", async () => {
    const result = await gateway().send({ method: "POST" });
    expect(result.logText).toContain("cache-lookup: POST is not cached (GET only)");
    expect(result.logText).not.toContain("cache-lookup: miss");
    expect(result.logText).toContain("cache-store: this request is not cached (see cache-lookup)");
  });

  it("an Authorization header without allow-private-response-caching (Attributes)", async () => {
    const result = await gateway().send({ headers: { Authorization: "Bearer a" } });
    expect(result.logText).toContain(
      "cache-lookup: the request has an Authorization header and allow-private-response-caching is false, not cached",
    );
  });

  it("a status other than 200 without cache-response (cache-store Attributes)", async () => {
    const result = await gateway({}, {}, { status: 500 }).send();
    expect(result.logText).toContain(
      "cache-store: status 500 is not cached (only 200 OK without cache-response)",
    );
  });
});

describe("refusals where the pages are silent or forbid", () => {
  it.each([
    ["cache-lookup", policy({ inbound: [cacheLookup(LOOKUP), cacheLookup(LOOKUP)] })],
    [
      "cache-store",
      policy({ outbound: [cacheStore({ duration: 5 }), cacheStore({ duration: 5 })] }),
    ],
  ])(
    "%s twice in one section (Usage notes: only once in a policy section)",
    async (kind, twice) => {
      const apim = createGateway({ policies: { operation: twice } });
      await expect(apim.send()).rejects.toThrow(
        `<${kind}> can only be used once in a policy section`,
      );
    },
  );

  it("cache-lookup at the API and the operation scope (one effective section) is refused when it runs", async () => {
    const apim = createGateway({
      policies: {
        api: policy({ inbound: [cacheLookup(LOOKUP)] }),
        operation: policy({ inbound: [base(), cacheLookup(LOOKUP)] }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/cache-lookup ran twice for one request/);
  });

  it("a duration that is not positive (Attributes: duration, seconds; the page is silent on 0)", async () => {
    // The builder refuses a literal 0 (src/policies/cache-store.ts); an expression reaches the harness.
    const zero = gateway({}, { duration: (context) => context.Response.StatusCode - 200 });
    await expect(zero.send()).rejects.toThrow(/cache-store duration: 0 seconds/);
    const apim = gateway({}, { duration: 1 });
    await apim.send();
    expect(apim.responseCache.size).toBe(1);
  });

  it.each([
    ["public, no-cache"],
    ["max-age=0,no-store"],
    ['private="Set-Cookie"'],
    ["NO-STORE, max-age=5"],
  ])("a response with Cache-Control '%s' is refused (the pages are silent)", async (value) => {
    await expect(gateway({}, {}, { headers: { "Cache-Control": value } }).send()).rejects.toThrow(
      `the response says 'Cache-Control: ${value}'`,
    );
  });

  it("a Cache-Control sent as several header values is read as one list", async () => {
    const apim = gateway({}, {}, { headers: { "Cache-Control": ["public", "no-store"] } });
    await expect(apim.send()).rejects.toThrow("the response says 'Cache-Control: public,no-store'");
  });

  it("a response with other directives (even ones that contain the words) is stored", async () => {
    for (const value of ["public, max-age=60", "x-no-store-ext", "privately", "x-private"]) {
      const apim = gateway({}, {}, { headers: { "Cache-Control": value } });
      await apim.send();
      expect(apim.responseCache.size).toBe(1);
    }
  });
});

describe("the Cache-Control the client sees on a hit (chosen)", () => {
  it("max-age counts whole seconds left in the entry, rounded down", async () => {
    const apim = gateway({ downstreamCachingType: "private" });
    await apim.send();
    apim.clock.advance({ seconds: 20.5 });
    expect((await apim.send()).header("Cache-Control")).toBe(
      "private, max-age=39, must-revalidate",
    );
  });
});

describe("a value an attribute cannot take names the attribute", () => {
  // Attributes (both pages): these attributes are true/false or a number of seconds; a text
  // such as "maybe" is refused with the attribute's name.
  const maybe = csharp<never>('@("maybe")', () => "maybe" as never);
  it.each([
    ["cache-lookup vary-by-developer", { varyByDeveloper: maybe }, {}],
    ["cache-lookup vary-by-developer-groups", { varyByDeveloperGroups: maybe }, {}],
    ["cache-lookup must-revalidate", { mustRevalidate: maybe }, {}],
    ["cache-lookup allow-private-response-caching", { allowPrivateResponseCaching: maybe }, {}],
    ["cache-store cache-response", {}, { cacheResponse: maybe }],
    ["cache-store duration", {}, { duration: maybe }],
  ])("%s", async (where, lookup, store) => {
    await expect(gateway(lookup, store).send()).rejects.toThrow(`${where}: 'maybe' is not`);
  });
});
