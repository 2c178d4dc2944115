// The response cache (cache-lookup / cache-store) on the harness: a hit answers without the
// backend, expiry on the virtual clock, what is cached (GET only, 200 unless cache-response,
// Authorization only with allow-private-response-caching), what varies the entry, the
// Cache-Control the client sees, and the refusals where the pages are silent.
// Sources: cache-lookup-policy.md and cache-store-policy.md (Attributes, Elements, Usage notes).
// Values marked "chosen" are the project's (docs/project-choices.md, "Response cache").
import { describe, expect, it } from "vitest";
import { base, cacheLookup, cacheStore, policy, setHeader } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { cacheGateway, LOOKUP } from "../support/response-cache-gateway.ts";

/** The cache gateway (test/support/response-cache-gateway.ts). */
const gateway = cacheGateway;

describe("cache-lookup / cache-store: hits, misses and expiry", () => {
  it("a stored 200 answers the next GET without calling the backend", async () => {
    const { apim, calls } = gateway();
    const first = await apim.send({ url: "/items" });
    expect(first.backendCalls).toHaveLength(1);
    expect(apim.responseCache.size).toBe(1);
    const second = await apim.send({ url: "/items" });
    expect(second.backendCalls).toHaveLength(0);
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(calls()).toBe(1);
  });

  it("the entry lives `duration` seconds on the virtual clock (cache-store duration)", async () => {
    const { apim, calls } = gateway({}, { duration: 30 });
    await apim.send();
    apim.clock.advance({ seconds: 29 });
    await apim.send();
    expect(calls()).toBe(1);
    apim.clock.advance({ seconds: 1 });
    await apim.send();
    expect(calls()).toBe(2);
  });

  it("a duration expression is evaluated on the response", async () => {
    const { apim, calls } = gateway(
      {},
      {
        duration: (context) =>
          context.Response.Headers.GetValueOrDefault("X-Ttl", "") === "" ? 300 : 5,
      },
      () => ({ headers: { "X-Ttl": "short" } }),
    );
    await apim.send();
    apim.clock.advance({ seconds: 5 });
    await apim.send();
    expect(calls()).toBe(2);
  });

  it("an evicted entry (the built-in cache is volatile) sends the next request to the backend", async () => {
    const { apim, calls } = gateway();
    await apim.send();
    apim.responseCache.clear();
    await apim.send();
    expect(calls()).toBe(2);
  });
});

describe("what is cached", () => {
  it("only GET is looked up and stored (Usage notes of both pages)", async () => {
    const { apim, calls } = gateway();
    await apim.send({ method: "POST" });
    await apim.send({ method: "POST" });
    expect(calls()).toBe(2);
    expect(apim.responseCache.size).toBe(0);
  });

  it("without cache-response only 200 OK is stored; with it, any status", async () => {
    const notFound = gateway({}, {}, () => ({ status: 404 }));
    await notFound.apim.send();
    await notFound.apim.send();
    expect(notFound.calls()).toBe(2);
    const any = gateway({}, { cacheResponse: true }, () => ({ status: 404 }));
    await any.apim.send();
    const second = await any.apim.send();
    expect(second.status).toBe(404);
    expect(any.calls()).toBe(1);
  });

  it("cache-response as an expression", async () => {
    const { apim, calls } = gateway(
      {},
      { cacheResponse: (context) => context.Response.StatusCode === 404 },
      () => ({ status: 404 }),
    );
    await apim.send();
    await apim.send();
    expect(calls()).toBe(1);
  });

  it("an Authorization header is cached only with allow-private-response-caching", async () => {
    const closed = gateway();
    await closed.apim.send({ headers: { Authorization: "Bearer a" } });
    await closed.apim.send({ headers: { Authorization: "Bearer a" } });
    expect(closed.calls()).toBe(2);
    const open = gateway({ allowPrivateResponseCaching: true, varyByHeaders: ["Authorization"] });
    await open.apim.send({ headers: { Authorization: "Bearer a" } });
    await open.apim.send({ headers: { Authorization: "Bearer a" } });
    expect(open.calls()).toBe(1);
    await open.apim.send({ headers: { Authorization: "Bearer b" } });
    expect(open.calls()).toBe(2);
  });

  it("refuses a response whose Cache-Control forbids shared caching (the pages are silent)", async () => {
    const { apim } = gateway({}, {}, () => ({ headers: { "Cache-Control": "no-store" } }));
    await expect(apim.send()).rejects.toThrow(/Cache-Control: no-store/);
  });
});

describe("what varies the entry", () => {
  it("vary-by-query-parameter: per value of the named parameters, semicolon-separated", async () => {
    const { apim, calls } = gateway({ varyByQueryParameters: ["version;lang"] });
    await apim.send({ url: "/items?version=1&lang=en" });
    await apim.send({ url: "/items?version=1&lang=en&other=x" });
    expect(calls()).toBe(1); // chosen: parameters not named do not vary the entry
    await apim.send({ url: "/items?version=2&lang=en" });
    await apim.send({ url: "/items?version=1&lang=fr" });
    expect(calls()).toBe(3);
  });

  it("vary-by-header: per value of the named headers (case-insensitive names)", async () => {
    const { apim, calls } = gateway({ varyByHeaders: ["Accept"] });
    await apim.send({ headers: { Accept: "application/json" } });
    await apim.send({ headers: { accept: "application/json" } });
    expect(calls()).toBe(1);
    await apim.send({ headers: { Accept: "application/xml" } });
    expect(calls()).toBe(2);
  });

  it("the path is part of the entry (chosen)", async () => {
    const { apim, calls } = gateway();
    await apim.send({ url: "/items/1" });
    await apim.send({ url: "/items/2" });
    expect(calls()).toBe(2);
  });

  it("vary-by-developer adds the developer (context.User.Id) to the entry", async () => {
    const { apim } = gateway({ varyByDeveloper: (context) => context.User.Id !== "" });
    await apim.send();
    expect(apim.responseCache.keys()[0]).toMatch(/\ndeveloper /);
  });

  it("refuses vary-by-developer-groups=true (the harness has no user groups)", async () => {
    const { apim } = gateway({ varyByDeveloperGroups: true });
    await expect(apim.send()).rejects.toThrow(/vary-by-developer-groups="true"/);
  });
});

describe("the Cache-Control the client sees (downstream-caching-type, must-revalidate)", () => {
  // The directives' spelling is chosen (docs/project-choices.md, "Response cache"): the page
  // names the three modes and the must-revalidate directive, not the header's text.
  it("none (the default) forbids downstream caching", async () => {
    const { apim } = gateway();
    expect((await apim.send()).header("Cache-Control")).toBe("no-cache");
    expect((await apim.send()).header("Cache-Control")).toBe("no-cache");
  });

  it("private and public with max-age = the entry's remaining seconds and must-revalidate", async () => {
    const { apim } = gateway({ downstreamCachingType: "public" }, { duration: 60 });
    expect((await apim.send()).header("Cache-Control")).toBe("public, max-age=60, must-revalidate");
    apim.clock.advance({ seconds: 20 });
    expect((await apim.send()).header("Cache-Control")).toBe("public, max-age=40, must-revalidate");
    const quiet = gateway({ downstreamCachingType: "private", mustRevalidate: false });
    expect((await quiet.apim.send()).header("Cache-Control")).toBe("private, max-age=60");
  });

  it("downstream-caching-type as an expression; a value outside the three is refused", async () => {
    const chosen = gateway({
      downstreamCachingType: (context) =>
        context.Request.Headers.ContainsKey("X-Shared") ? "public" : "private",
    });
    expect((await chosen.apim.send({ headers: { "X-Shared": "1" } })).header("Cache-Control")).toBe(
      "public, max-age=60, must-revalidate",
    );
    const wrong = gateway({
      downstreamCachingType: (context) =>
        context.Request.Headers.GetValueOrDefault("X-Mode", "everyone"),
    });
    await expect(wrong.apim.send()).rejects.toThrow(
      /'everyone' is not one of none, private, public/,
    );
  });
});

describe("refusals where the pages are silent or forbid", () => {
  it("caching-type external (no external cache is simulated)", async () => {
    const { apim } = gateway({ cachingType: "external" });
    await expect(apim.send()).rejects.toThrow(/caching-type="external"/);
  });

  it("cache-store without a cache-lookup (it must have a corresponding one)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({ backend: [base()], outbound: [cacheStore({ duration: 5 })] }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/without a cache-lookup/);
  });

  it("a cache hit skips outbound (chosen): a header set there is not on the cached answer", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [cacheLookup(LOOKUP)],
          backend: [base()],
          outbound: [cacheStore({ duration: 60 }), setHeader("X-Outbound", "ran")],
        }),
      },
    });
    expect((await apim.send()).header("X-Outbound")).toBe("ran");
    expect((await apim.send()).header("X-Outbound")).toBeNull();
  });
});
