// The cache-value trio's edges: what the log says on a hit, a miss, a default, a store and a
// removal, and the refusals where the pages are silent (a null or empty key, a duration under one
// second, a value a policy variable cannot hold).
// Sources: cache-lookup-value-policy.md, cache-store-value-policy.md, cache-remove-value-policy.md
// (Attributes); the refusals are listed in docs/project-choices.md.
import { describe, expect, it } from "vitest";
import {
  base,
  cacheLookupValue,
  cacheRemoveValue,
  cacheStoreValue,
  csharp,
  policy,
  type InboundStatement,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

function send(inbound: InboundStatement[]) {
  return createGateway({
    clock: { instant: "2030-01-01T00:00:00Z" },
    policies: { operation: policy({ inbound, backend: [base()] }) },
  }).send();
}

describe("what the log says", () => {
  it("store (until when, on the virtual clock), hit, removal, then a miss", async () => {
    const result = await send([
      cacheStoreValue({ key: "k", value: "v1", duration: 90 }),
      cacheLookupValue({ key: "k", variableName: "a" }),
      cacheRemoveValue("k"),
      cacheRemoveValue("k"),
      cacheLookupValue({ key: "k", variableName: "b" }),
      cacheLookupValue({ key: "k", variableName: "c", defaultValue: "d" }),
    ]);
    // cache-store-value Attributes: duration in seconds (2030-01-01T00:00:00Z + 90 s).
    expect(result.logText).toContain(
      "cache-store-value 'k' = \"v1\" for 90s (until 2030-01-01T00:01:30.000Z)",
    );
    expect(result.logText).toContain("cache-lookup-value 'k': hit, a = \"v1\"");
    // cache-remove-value: the page describes no failure for a key that is not cached.
    expect(result.logText).toContain("cache-remove-value 'k': removed");
    expect(result.logText).toContain("cache-remove-value 'k': was not cached");
    // cache-lookup-value Attributes, variable-name: "If lookup results in a miss, the variable will not be set".
    expect(result.logText).toContain("cache-lookup-value 'k': miss, b not set");
    // default-value: "assigned to the variable if the cache key lookup resulted in a miss".
    expect(result.logText).toContain("cache-lookup-value 'k': miss, c = default \"d\"");
  });
});

describe("refusals", () => {
  it("cache-store-value twice in one section (Usage notes: only once in a policy section)", async () => {
    const twice = [
      cacheStoreValue({ key: "a", value: "x", duration: 5 }),
      cacheStoreValue({ key: "b", value: "y", duration: 5 }),
    ];
    await expect(send(twice)).rejects.toThrow(
      "<cache-store-value> can only be used once in a policy section",
    );
  });

  it.each([
    ["cache-lookup-value", cacheLookupValue({ key: nullHeaderText, variableName: "v" })],
    ["cache-store-value", cacheStoreValue({ key: nullHeaderText, value: "x", duration: 5 })],
    ["cache-remove-value", cacheRemoveValue(nullHeaderText)],
  ])("%s with a null key", async (kind, statement) => {
    await expect(send([statement])).rejects.toThrow(`${kind}: the key evaluated to null`);
  });

  it("an empty key (Attributes, key: 'Cache key value'; the page does not say what an empty one does)", async () => {
    const empty = cacheLookupValue({
      key: csharp('@(context.Request.Headers.GetValueOrDefault("X-Missing", ""))', (context) =>
        context.Request.Headers.GetValueOrDefault("X-Missing", ""),
      ),
      variableName: "v",
    });
    await expect(send([empty])).rejects.toThrow(/cache-lookup-value: the key evaluated to ""/);
  });

  it("a duration under one second; one second is stored (Attributes: duration, in seconds)", async () => {
    const zero = cacheStoreValue({
      key: "k",
      value: "x",
      duration: csharp(
        "@(context.Request.Url.Port - 443)",
        (context) => context.Request.Url.Port - 443,
      ),
    });
    await expect(send([zero])).rejects.toThrow(
      "cache-store-value 'k': duration 0; the page asks for a number of seconds",
    );
    const one = await send([
      cacheStoreValue({ key: "k", value: "x", duration: 1 }),
      cacheLookupValue({ key: "k", variableName: "v" }),
    ]);
    expect(one.variables.v).toEqual({ type: "string", value: "x" });
  });

  it("a null string (a variable that is not set, read as string) is refused as null", async () => {
    const unset = cacheStoreValue({
      key: "k",
      // The typed option refuses a nullable value at compile time; the harness refuses the null
      // for callers without the type check (plain JavaScript).
      // @ts-expect-error -- string | null is not a VariableValue
      value: (context) => context.Variables.GetValueOrDefault<string>("unset"),
      duration: 5,
    });
    await expect(send([unset])).rejects.toThrow("cache-store-value 'k': a null value");
  });

  it("a value a policy variable cannot hold (the page does not say which values the cache holds)", async () => {
    const url = cacheStoreValue({
      key: "k",
      // The typed option refuses an IUrl at compile time; the harness refuses it for callers
      // without the type check (plain JavaScript).
      // @ts-expect-error -- an IUrl is not a VariableValue
      value: (context) => context.Request.Url,
      duration: 5,
    });
    await expect(send([url])).rejects.toThrow(/cache-store-value 'k': a IUrl value/);
  });
});
