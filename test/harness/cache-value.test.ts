// The cache-value trio on the gateway's built-in cache: store, lookup (hit, miss with and without
// default-value), remove, expiry on the virtual clock, one cache per gateway shared by every scope
// and section, values keeping their C# type, caching-type, and the cache visible to tests.
// Sources: cache-lookup-value-policy.md, cache-store-value-policy.md, cache-remove-value-policy.md
// (Attributes), api-management-sample-cache-by-key.md (a miss leaves the variable unset).
import { describe, expect, it } from "vitest";
import {
  base,
  cacheLookupValue,
  cacheRemoveValue,
  cacheStoreValue,
  choose,
  policy,
  setHeader,
  when,
  type InboundStatement,
  type OutboundStatement,
  type CachingType,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

const lookup = (cachingType?: CachingType) =>
  cacheLookupValue({
    key: (context) => "profile-" + context.Request.Headers.GetValueOrDefault("X-User", ""),
    variableName: "profile",
    cachingType,
  });

function gateway(inbound: InboundStatement[], outbound: OutboundStatement[] = []) {
  return createGateway({
    clock: { instant: "2030-01-01T00:00:00Z" },
    backend: (request) => ({ status: 200, body: `profile of ${request.headers["X-User"]?.[0]}` }),
    policies: { operation: policy({ inbound, backend: [base()], outbound }) },
  });
}

const storeProfile = cacheStoreValue({
  key: (context) => "profile-" + context.Request.Headers.GetValueOrDefault("X-User", ""),
  value: (context) => context.Response.Body?.As(true) ?? "",
  duration: 60,
});

describe("cache-lookup-value, cache-store-value, cache-remove-value", () => {
  it("a miss leaves the variable unset; a store makes the next lookup a hit", async () => {
    const apim = gateway([lookup()], [storeProfile]);
    const first = await apim.send({ headers: { "X-User": "ann" } });
    expect(first.variables.profile).toBeUndefined();
    expect(apim.cache.value("profile-ann")).toBe("profile of ann");
    const second = await apim.send({ headers: { "X-User": "ann" } });
    expect(second.variables.profile).toEqual({ type: "string", value: "profile of ann" });
    expect((await apim.send({ headers: { "X-User": "bob" } })).variables.profile).toBeUndefined();
  });

  it("default-value is assigned on a miss (literal: a string; expression: its C# type)", async () => {
    const literal = await gateway([
      cacheLookupValue({ key: "k", variableName: "v", defaultValue: "none" }),
    ]).send();
    expect(literal.variables.v).toEqual({ type: "string", value: "none" });
    const expression = await gateway([
      cacheLookupValue({
        key: "k",
        variableName: "v",
        defaultValue: (context) => context.Request.Url.Port,
      }),
    ]).send();
    expect(expression.variables.v).toEqual({ type: "int", value: 443 });
  });

  it("the entry expires after `duration` seconds on the virtual clock", async () => {
    const apim = gateway(
      [lookup()],
      [choose(when((context) => !context.Variables.ContainsKey("profile"), [storeProfile]))],
    );
    await apim.send({ headers: { "X-User": "ann" } });
    apim.clock.advance({ seconds: 59.999 });
    expect((await apim.send({ headers: { "X-User": "ann" } })).variables.profile).toBeDefined();
    apim.clock.advance({ milliseconds: 1 });
    expect(apim.cache.has("profile-ann")).toBe(false);
    expect((await apim.send({ headers: { "X-User": "ann" } })).variables.profile).toBeUndefined();
  });

  it("a stored value keeps its C# type; duration from an expression", async () => {
    const apim = gateway([
      cacheStoreValue({
        key: "port",
        value: (context) => context.Request.Url.Port,
        duration: (context) => context.Request.Headers.Count + 10,
      }),
      cacheLookupValue({ key: "port", variableName: "port" }),
    ]);
    const result = await apim.send({ headers: { A: "1" } });
    expect(result.variables.port).toEqual({ type: "int", value: 443 });
    expect(apim.cache.get("port")!.expiresAt - apim.cache.get("port")!.storedAt).toBe(11_000);
  });

  it("cache-remove-value deletes the entry; the cache is one per gateway, shared by every section", async () => {
    const apim = gateway(
      [
        cacheStoreValue({ key: "token", value: "t1", duration: 300 }),
        cacheLookupValue({ key: "token", variableName: "before" }),
      ],
      [cacheRemoveValue("token"), cacheLookupValue({ key: "token", variableName: "after" })],
    );
    const result = await apim.send();
    expect(result.variables.before).toEqual({ type: "string", value: "t1" });
    expect(result.variables.after).toBeUndefined();
    expect(apim.cache.keys()).toEqual([]);
    expect(createGateway().cache.keys()).toEqual([]);
  });

  it("the built-in cache is volatile: a test can evict entries", async () => {
    const apim = gateway([lookup("internal")], [storeProfile]);
    await apim.send({ headers: { "X-User": "ann" } });
    expect(apim.cache.evict("profile-ann")).toBe(true);
    expect((await apim.send({ headers: { "X-User": "ann" } })).variables.profile).toBeUndefined();
  });

  it("a lookup drives choose, as in the custom caching sample", async () => {
    const apim = gateway(
      [
        lookup(),
        choose(
          when(
            (context) => !context.Variables.ContainsKey("profile"),
            [setHeader("X-Cache", "miss")],
          ),
        ),
      ],
      [storeProfile],
    );
    expect(
      (await apim.send({ headers: { "X-User": "ann" } })).backendCalls[0]!.headers["X-Cache"],
    ).toEqual(["miss"]);
    expect(
      (await apim.send({ headers: { "X-User": "ann" } })).backendCalls[0]!.headers["X-Cache"],
    ).toBeUndefined();
  });

  it("refuses caching-type external (no external cache in the harness; the pages do not say what APIM does without one)", async () => {
    await expect(gateway([lookup("external")]).send()).rejects.toThrow(/caching-type="external"/);
  });

  it("refuses a null value (the pages do not say which values the cache holds)", async () => {
    await expect(
      gateway([cacheStoreValue({ key: "k", value: nullHeaderText, duration: 1 })]).send(),
    ).rejects.toThrow(/a null value/);
  });

  it("an expression that throws in the key fails the policy with ExpressionValueEvaluationFailure", async () => {
    const result = await gateway([
      cacheLookupValue({
        key: (context) => context.Request.Certificate!.Thumbprint,
        variableName: "v",
      }),
    ]).send();
    expect(result).toBeRejectedWith(500, "ExpressionValueEvaluationFailure");
    expect(result.lastError).toMatchObject({ Source: "cache-lookup-value", Section: "inbound" });
  });
});
