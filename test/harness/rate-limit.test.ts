// rate-limit: a sliding window on the virtual clock per subscription; 429 with Retry-After.
import { describe, expect, it } from "vitest";
import { base, policy, rateLimit } from "apim-ts";
import { createGateway } from "apim-ts/harness";

function gateway() {
  return createGateway({
    clock: { instant: "2030-01-01T00:00:00Z" },
    policies: {
      operation: policy({
        inbound: [
          rateLimit({
            calls: 2,
            renewalPeriod: 10,
            remainingCallsVariableName: "remaining",
            remainingCallsHeaderName: "X-Remaining",
          }),
        ],
        backend: [base()],
      }),
    },
  });
}

describe("rate-limit", () => {
  it("allows `calls` per window, then answers 429 with Retry-After", async () => {
    const apim = gateway();
    const first = await apim.send();
    expect(first).toRespondWith(200);
    expect(first.variables.remaining).toEqual({ type: "int", value: 1 });
    expect(first.header("X-Remaining")).toBe("1");
    apim.clock.advance({ seconds: 4 });
    expect(await apim.send()).toRespondWith(200);
    apim.clock.advance({ seconds: 1 });
    const third = await apim.send();
    // Reason: Microsoft, "Error handling in API Management policies", Predefined errors for policies (rate-limit: RateLimitExceeded). 429 and the
    // Retry-After header: Microsoft, rate-limit policy reference (retry-after-header-name, default Retry-After).
    expect(third).toBeRejectedWith(429, "RateLimitExceeded");
    expect(third.header("Retry-After")).toBe("5");
    expect(third).not.toHaveReachedBackend();
  });

  it("is a sliding window: the oldest call leaves after renewal-period seconds", async () => {
    const apim = gateway();
    await apim.send();
    apim.clock.advance({ seconds: 5 });
    await apim.send();
    apim.clock.advance({ seconds: 4.999 });
    expect((await apim.send()).status).toBe(429);
    apim.clock.advance({ milliseconds: 1 });
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(429);
  });

  it("counts per subscription", async () => {
    const apim = gateway();
    await apim.send({ subscriptionId: "a" });
    await apim.send({ subscriptionId: "a" });
    expect((await apim.send({ subscriptionId: "a" })).status).toBe(429);
    expect((await apim.send({ subscriptionId: "b" })).status).toBe(200);
  });

  it("total-calls-header-name carries `calls`; no remaining-calls-variable-name, no variable", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [rateLimit({ calls: 5, renewalPeriod: 60, totalCallsHeaderName: "X-Total" })],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    // Microsoft, rate-limit policy reference, Attributes: total-calls-header-name is "The name of a
    // response header whose value is the value specified in calls"; the variables are only those
    // named by remaining-calls-variable-name / retry-after-variable-name, none here.
    expect(result.header("X-Total")).toBe("5");
    expect(result.variables).toEqual({});
    // The harness's log shows the window's count against `calls` (its own text, for debugging).
    expect(result.logText).toMatch(/^ {2}rate-limit: 1\/5 in 60s$/m);
  });
});
