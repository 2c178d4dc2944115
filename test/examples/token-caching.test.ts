// policy-src/examples/token-caching: the cache-value trio and a per-subscription rate limit
// through the simulated gateway on the virtual clock, then every recorded expression evaluation
// replayed through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import tokenCaching from "../../policy-src/examples/token-caching.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

function gateway(backendStatus: () => number = () => 200) {
  let issued = 0;
  const apim = createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: { operation: tokenCaching },
    services: {
      "https://login.example.net/oauth2/token": () => ({ status: 200, body: `token-${++issued}` }),
    },
    backend: () => ({ status: backendStatus() }),
  });
  return { apim, issued: () => issued };
}

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "token-caching");
  return result;
};

describeWithCSharp("example: token caching behind a per-subscription rate limit", (toolchain) => {
  it("fetches the token once, then serves it from the cache until it expires (cache-store-value duration)", async () => {
    const { apim, issued } = gateway();
    const first = record(await apim.send(), "first call fetches the token");
    expect(first).toHaveReachedBackend({ headers: { Authorization: "Bearer token-1" } });
    expect(first.serviceCalls).toHaveLength(1);
    expect(apim.cache.value("backend-token")).toBe("token-1");
    apim.clock.advance({ minutes: 49 });
    const cached = record(await apim.send(), "a later call reads the cache");
    expect(cached).toHaveReachedBackend({ headers: { Authorization: "Bearer token-1" } });
    expect(cached.serviceCalls).toHaveLength(0);
    apim.clock.advance({ minutes: 1 });
    const expired = record(await apim.send(), "after 3000 s the token is fetched again");
    expect(expired).toHaveReachedBackend({ headers: { Authorization: "Bearer token-2" } });
    expect(issued()).toBe(2);
  });

  it("drops the cached token when the backend answers 401, so the next call fetches a new one", async () => {
    let status = 401;
    const { apim } = gateway(() => status);
    record(await apim.send(), "backend rejects the token");
    expect(apim.cache.has("backend-token")).toBe(false);
    status = 200;
    const next = record(await apim.send(), "next call fetches a new token");
    expect(next).toHaveReachedBackend({ headers: { Authorization: "Bearer token-2" } });
  });

  it("allows 20 calls a minute per subscription, then 429 with Retry-After; other subscriptions are not affected", async () => {
    const { apim } = gateway();
    for (let call = 1; call <= 20; call++) {
      const result = record(
        await apim.send({ subscriptionId: "contoso" }),
        `call ${call} of contoso`,
      );
      expect(result.header("X-RateLimit-Remaining")).toBe(String(20 - call));
      expect(result.header("X-RateLimit-Limit")).toBe("20");
      apim.clock.advance({ seconds: 1 });
    }
    const throttled = record(
      await apim.send({ subscriptionId: "contoso" }),
      "contoso over the limit",
    );
    expect(throttled).toBeRejectedWith(429, "RateLimitExceeded");
    expect(throttled.header("Retry-After")).toBe("40");
    expect(throttled.serviceCalls).toHaveLength(0);
    expect(record(await apim.send({ subscriptionId: "fabrikam" }), "fabrikam").status).toBe(200);
    apim.clock.advance({ seconds: 40 });
    expect(
      record(await apim.send({ subscriptionId: "contoso" }), "contoso after the window").status,
    ).toBe(200);
  });

  it("a token service failure is an error (send-request without ignore-error), and nothing is cached", async () => {
    const apim = createGateway({ policies: { operation: tokenCaching } });
    const result = record(await apim.send(), "token service missing");
    expect(result).toBeRejectedWith(500, "SendRequestFailure");
    expect(apim.cache.keys()).toEqual([]);
  });

  replayAfterAll(recorder, toolchain, { minimum: 101 });
});
