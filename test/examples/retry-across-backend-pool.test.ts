// policy-src/examples/retry-across-backend-pool: retry on 429 across a priority pool whose members'
// circuit breakers trip on 429 and honour Retry-After (backends.md, "Circuit breaker" and
// "Load-balanced pool"), on the virtual clock, replayed through the emitted C# (mono) with zero
// divergences.
import { expect, it } from "vitest";
import { createGateway, type BackendsOptions, type MockResponse } from "apim-ts/harness";
import retryAcrossPool from "../../policy-src/examples/retry-across-backend-pool.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const START = Date.parse("2030-01-01T08:00:00Z");

const tripsOn429 = {
  rules: [
    {
      name: "throttled",
      failureCondition: { count: 1, interval: "PT1M", statusCodeRanges: [{ min: 429, max: 429 }] },
      tripDuration: "PT1M",
      acceptRetryAfter: true,
    },
  ],
};

const BACKENDS: BackendsOptions = {
  "ai-primary": { url: "https://primary.example", circuitBreaker: tripsOn429 },
  "ai-secondary": { url: "https://secondary.example", circuitBreaker: tripsOn429 },
  "ai-pool": {
    type: "Pool",
    pool: {
      services: [
        { id: "ai-primary", priority: 1 },
        { id: "ai-secondary", priority: 2 },
      ],
    },
  },
};

/** Each backend answers from its script in turn (then its last answer). */
function gateway(scripts: Record<"primary" | "secondary", MockResponse[]>) {
  const calls: Record<string, number> = {};
  return createGateway({
    clock: { instant: START },
    backends: BACKENDS,
    policies: { operation: retryAcrossPool },
    backend: (request) => {
      const name = request.url.startsWith("https://primary") ? "primary" : "secondary";
      const index = (calls[name] = (calls[name] ?? 0) + 1) - 1;
      const script = scripts[name];
      return script[Math.min(index, script.length - 1)]!;
    },
  });
}

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "retry-across-backend-pool");
  return result;
};
const throttled = (seconds: number): MockResponse => ({
  status: 429,
  headers: { "Retry-After": String(seconds) },
});

describeWithCSharp("example: retry on 429 across a backend pool", (toolchain) => {
  it("a throttled primary trips for its Retry-After; the retry reaches the secondary at once", async () => {
    const apim = gateway({
      primary: [throttled(10), { status: 200 }],
      secondary: [{ status: 200 }],
    });
    const first = record(await apim.send({ method: "POST", body: "{}" }), "primary throttles");
    expect(first.status).toBe(200);
    expect(first.backendCalls.map((call) => call.backendId)).toEqual([
      "ai-primary",
      "ai-secondary",
    ]);
    expect(first.backendCalls[1]!.body).toBe("{}");
    expect(apim.clock.now()).toBe(START);
    expect(apim.backendCircuit("ai-primary")).toMatchObject({
      tripped: true,
      until: START + 10_000,
    });

    apim.clock.advance(9_000);
    const during = record(await apim.send(), "primary still tripped");
    expect(during.backendCalls.map((call) => call.backendId)).toEqual(["ai-secondary"]);

    apim.clock.advance(1_000);
    const after = record(await apim.send(), "primary reset");
    expect(after.backendCalls.map((call) => call.backendId)).toEqual(["ai-primary"]);
  });

  it("a healthy primary is called once and nothing trips", async () => {
    const apim = gateway({ primary: [{ status: 200 }], secondary: [{ status: 200 }] });
    const result = record(await apim.send(), "primary healthy");
    expect(result).toHaveReachedBackend({ url: "https://primary.example" });
    expect(result.backendCalls).toHaveLength(1);
    expect(apim.backendCircuit("ai-primary")).toEqual({ tripped: false, failures: 0 });
  });

  it("a 500 is not a 429: no retry, no trip, the caller gets the 500", async () => {
    const apim = gateway({ primary: [{ status: 500 }], secondary: [{ status: 200 }] });
    const result = record(await apim.send(), "primary fails");
    expect(result.status).toBe(500);
    expect(result.backendCalls).toHaveLength(1);
    expect(apim.backendCircuit("ai-primary").tripped).toBe(false);
  });

  it("both members throttled: the second retry finds the whole pool tripped, which the harness refuses", async () => {
    // backends.md says the caller gets 503 Service Unavailable, not whether as an error or a response.
    const apim = gateway({ primary: [throttled(30)], secondary: [throttled(30)] });
    await expect(apim.send()).rejects.toThrow(/every backend 'ai-pool' can reach is tripped/);
    apim.clock.advance(30_000);
    expect(apim.backendCircuit("ai-secondary").tripped).toBe(false);
  });

  replayAfterAll(recorder, toolchain, { minimum: 5 });
});
