// set-backend-service backend-id against configured backends: load-balanced pools (round-robin,
// weighted with a seed, priority groups) and circuit breakers (count in an interval, trip duration,
// Retry-After) on the virtual clock, as backends.md (ms.date 05/20/2025) documents them, and the
// refusals of what it does not define.
import { describe, expect, it } from "vitest";
import { forwardRequest, policy, retry, setBackendService } from "apim-ts";
import { createGateway, type BackendsOptions, type MockHandler } from "apim-ts/harness";

const START = Date.parse("2030-01-01T08:00:00Z");
const routed = policy({
  inbound: [setBackendService({ backendId: "pool" })],
  backend: [forwardRequest()],
});

/** A 5xx breaker: trips on `count` answers 500-599 within `interval`, open for `trip`. */
const breaker = (count: number, interval = "PT1M", trip = "PT1M", acceptRetryAfter = false) => ({
  rules: [
    {
      name: "rule",
      failureCondition: { count, interval, statusCodeRanges: [{ min: 500, max: 599 }] },
      tripDuration: trip,
      acceptRetryAfter,
    },
  ],
});

function gateway(backends: BackendsOptions, backend?: MockHandler, seed?: number) {
  return createGateway({
    clock: { instant: START },
    backends,
    policies: { operation: routed },
    ...(backend ? { backend } : {}),
    ...(seed === undefined ? {} : { loadBalancingSeed: seed }),
  });
}

async function members(apim: ReturnType<typeof gateway>, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await apim.send()).backendCalls[0]!.backendId!);
  return ids;
}

describe("load-balanced pools", () => {
  it("round-robin: members without weights take turns in the order listed", async () => {
    const apim = gateway({
      a: { url: "https://a.example" },
      b: { url: "https://b.example" },
      pool: {
        type: "Pool",
        pool: { services: [{ id: "a" }, { id: "/subscriptions/s/backends/b" }] },
      },
    });
    expect(await members(apim, 4)).toEqual(["a", "b", "a", "b"]);
  });

  it("weighted: choices follow the weights, the same seed gives the same sequence", async () => {
    const backends: BackendsOptions = {
      a: { url: "https://a.example" },
      b: { url: "https://b.example" },
      pool: {
        type: "Pool",
        pool: {
          services: [
            { id: "a", weight: 3 },
            { id: "b", weight: 1 },
          ],
        },
      },
    };
    const first = await members(gateway(backends, undefined, 7), 400);
    expect(await members(gateway(backends, undefined, 7), 400)).toEqual(first);
    expect(await members(gateway(backends, undefined, 8), 400)).not.toEqual(first);
    const share = first.filter((id) => id === "a").length / first.length;
    expect(share).toBeGreaterThan(0.68);
    expect(share).toBeLessThan(0.82);
  });

  it("priority: the lower priority group is used only while the higher group is tripped", async () => {
    const apim = gateway(
      {
        primary: { url: "https://primary.example", circuitBreaker: breaker(1, "PT1M", "PT30S") },
        fallback: { url: "https://fallback.example" },
        pool: {
          type: "Pool",
          pool: {
            services: [
              { id: "fallback", priority: 2 },
              { id: "primary", priority: 1 },
            ],
          },
        },
      },
      (request) => ({ status: request.url.startsWith("https://primary") ? 500 : 200 }),
    );
    const tripping = await apim.send();
    expect(tripping.status).toBe(500);
    expect(tripping.backendCalls[0]!.backendId).toBe("primary");
    expect(apim.backendCircuit("primary")).toEqual({
      tripped: true,
      until: START + 30_000,
      failures: 0,
    });
    expect(await members(apim, 2)).toEqual(["fallback", "fallback"]);
    apim.clock.advance(30_000);
    expect(apim.backendCircuit("primary").tripped).toBe(false);
    expect(await members(apim, 1)).toEqual(["primary"]);
  });
});

describe("circuit breaker", () => {
  it("trips on count failures within the interval, not on failures spread wider", async () => {
    const statuses = [500, 200, 500];
    const apim = gateway(
      { pool: { url: "https://one.example", circuitBreaker: breaker(2, "PT10S") } },
      () => ({ status: statuses.shift() ?? 200 }),
    );
    await apim.send();
    apim.clock.advance(10_000); // the first failure leaves the 10 s window
    await apim.send();
    await apim.send();
    expect(apim.backendCircuit("pool")).toEqual({ tripped: false, failures: 1 });
  });

  it("a tripped single backend with no other member is refused: the 503's form is undocumented", async () => {
    const apim = gateway(
      { pool: { url: "https://one.example", circuitBreaker: breaker(1) } },
      () => ({ status: 503 }),
    );
    expect((await apim.send()).status).toBe(503);
    await expect(apim.send()).rejects.toThrow(/503 Service Unavailable.*refuses/);
    apim.clock.advance(60_000);
    expect((await apim.send()).status).toBe(503);
  });

  it("acceptRetryAfter: the tripping answer's Retry-After replaces the trip duration", async () => {
    const answer = { status: 500, headers: { "Retry-After": "5" } };
    const accepts = gateway(
      { pool: { url: "https://one.example", circuitBreaker: breaker(1, "PT1M", "PT1H", true) } },
      () => answer,
    );
    await accepts.send();
    expect(accepts.backendCircuit("pool").until).toBe(START + 5_000);
    const ignores = gateway(
      { pool: { url: "https://one.example", circuitBreaker: breaker(1, "PT1M", "PT1H", false) } },
      () => answer,
    );
    await ignores.send();
    expect(ignores.backendCircuit("pool").until).toBe(START + 3_600_000);
    const dated = gateway(
      { pool: { url: "https://one.example", circuitBreaker: breaker(1, "PT1M", "PT1H", true) } },
      () => ({ status: 500, headers: { "Retry-After": "Wed, 21 Oct 2030 07:28:00 GMT" } }),
    );
    await expect(dated.send()).rejects.toThrow(/delay-seconds only/);
  });

  it("a retry around forward-request reaches the next member once the first has tripped", async () => {
    const apim = createGateway({
      clock: { instant: START },
      backends: {
        a: { url: "https://a.example", circuitBreaker: breaker(1) },
        b: { url: "https://b.example", circuitBreaker: breaker(1) },
        pool: {
          type: "Pool",
          pool: {
            services: [
              { id: "a", priority: 1 },
              { id: "b", priority: 2 },
            ],
          },
        },
      },
      backend: (request) => ({ status: request.url.startsWith("https://a") ? 502 : 200 }),
      policies: {
        operation: policy({
          inbound: [setBackendService({ backendId: "pool" })],
          backend: [
            retry({ condition: (c) => c.Response.StatusCode >= 500, count: 2, interval: 1 }, [
              forwardRequest(),
            ]),
          ],
        }),
      },
    });
    const result = await apim.send();
    expect(result.status).toBe(200);
    expect(result.backendCalls.map((call) => call.backendId)).toEqual(["a", "b"]);
  });
});

describe("backend configuration refusals", () => {
  const refuse = (backends: unknown, pattern: RegExp, tier?: "Consumption") =>
    expect(() =>
      createGateway({
        backends: backends as BackendsOptions,
        ...(tier ? { deployment: { tier } } : {}),
      }),
    ).toThrow(pattern);
  const rule = breaker(1).rules[0]!;

  it("refuses what the backend resource cannot hold", () => {
    refuse({ a: { url: "https://a", circuitBreaker: { rules: [rule, rule] } } }, /only one rule/);
    refuse(
      { a: { url: "https://a", circuitBreaker: breaker(1) } },
      /Consumption tier/,
      "Consumption",
    );
    refuse(
      {
        a: { url: "https://a" },
        p: { type: "Pool", pool: { services: [{ id: "a" }] } },
        q: { type: "Pool", pool: { services: [{ id: "p" }] } },
      },
      /single backends only/,
    );
    const many = Object.fromEntries(
      Array.from({ length: 31 }, (_, i) => [`b${i}`, { url: "https://b" }]),
    );
    refuse(
      { ...many, p: { type: "Pool", pool: { services: Object.keys(many).map((id) => ({ id })) } } },
      /1 to 30/,
    );
    refuse(
      {
        a: { url: "https://a" },
        p: { type: "Pool", pool: { services: [{ id: "a", priority: 101 }] } },
      },
      /0 to 100/,
    );
    refuse({ p: { type: "Pool", pool: { services: [{ id: "missing" }] } } }, /not configured/);
  });

  it("refuses what the documentation does not define", () => {
    const condition = rule.failureCondition;
    const withCondition = (extra: object) => ({
      a: {
        url: "https://a",
        circuitBreaker: { rules: [{ ...rule, failureCondition: { ...condition, ...extra } }] },
      },
    });
    refuse(withCondition({ percentage: 50 }), /percentage is computed/);
    refuse(withCondition({ errorReasons: ["Server errors"] }), /error reasons/);
    refuse(withCondition({ interval: "P1M" }), /years and months/);
    refuse(
      {
        a: { url: "https://a" },
        b: { url: "https://b" },
        p: { type: "Pool", pool: { services: [{ id: "a", weight: 1 }, { id: "b" }] } },
      },
      /weight is given for some members only/,
    );
    refuse(
      { a: { url: "https://a", circuitBreaker: { rules: [{ ...rule, failureResponse: {} }] } } },
      /no property 'failureResponse'/,
    );
  });
});
