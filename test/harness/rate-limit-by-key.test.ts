// rate-limit-by-key on the virtual clock (rate-limit-by-key-policy.md): a sliding window per counter
// key, one counter per key for every scope, increment-count and increment-condition (postponed to the
// end of the request when they are expressions, so a 429 can come one call late), the 429 with its
// retry header (a custom retry-after-header-name REPLACES Retry-After: field report 01) and the
// remaining/total headers and variables.
import { describe, expect, it } from "vitest";
import {
  base,
  int,
  policy,
  rateLimitByKey,
  setHeader,
  type Context,
  type RateLimitByKeyOptions,
} from "apim-ts";
import { createGateway, type GatewayOptions } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

const byIp = (options: Partial<RateLimitByKeyOptions> = {}) =>
  rateLimitByKey({
    calls: 2,
    renewalPeriod: 10,
    counterKey: (context) => context.Request.IpAddress,
    ...options,
  });

function gateway(options: Partial<RateLimitByKeyOptions> = {}, extra: GatewayOptions = {}) {
  return createGateway({
    clock: { instant: "2030-01-01T00:00:00Z" },
    policies: { operation: policy({ inbound: [byIp(options)], backend: [base()] }) },
    ...extra,
  });
}

describe("rate-limit-by-key", () => {
  it("allows `calls` per key and window, then 429 with Retry-After, RateLimitExceeded and APIM's message", async () => {
    const apim = gateway();
    expect(await apim.send()).toRespondWith(200);
    apim.clock.advance({ seconds: 4 });
    expect(await apim.send()).toRespondWith(200);
    apim.clock.advance({ seconds: 1 });
    const third = await apim.send();
    expect(third).toBeRejectedWith(429, "RateLimitExceeded");
    expect(third.reason).toBe("Too Many Requests");
    expect(third.header("Retry-After")).toBe("5");
    expect(JSON.parse(third.body)).toEqual({
      statusCode: 429,
      message: "Rate limit is exceeded. Try again in 5 seconds.",
    });
    expect(third.lastError).toMatchObject({
      Source: "rate-limit-by-key",
      Section: "inbound",
      Message: "Rate limit is exceeded",
    });
    expect(third).not.toHaveReachedBackend();
  });

  it("counts per counter-key value: another caller IP has its own window", async () => {
    const apim = gateway();
    await apim.send({ ipAddress: "192.0.2.1" });
    await apim.send({ ipAddress: "192.0.2.1" });
    expect((await apim.send({ ipAddress: "192.0.2.1" })).status).toBe(429);
    expect((await apim.send({ ipAddress: "192.0.2.2" })).status).toBe(200);
  });

  it("is a sliding window: rejected calls do not count, the oldest call leaves after renewal-period", async () => {
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

  it("one counter per key for every scope: the same key at API and operation scope counts twice", async () => {
    const apim = createGateway({
      policies: {
        api: policy({
          inbound: [rateLimitByKey({ calls: 3, renewalPeriod: 60, counterKey: "shared" })],
        }),
        operation: policy({
          inbound: [base(), rateLimitByKey({ calls: 3, renewalPeriod: 60, counterKey: "shared" })],
          backend: [base()],
        }),
      },
    });
    expect((await apim.send()).status).toBe(200);
    const second = await apim.send();
    expect(second).toBeRejectedWith(429, "RateLimitExceeded");
    expect(second.lastError).toMatchObject({ Scope: "operation" });
  });

  it("increment-count: a request counts that much", async () => {
    const apim = gateway({ calls: 4, incrementCount: 2, remainingCallsVariableName: "remaining" });
    expect((await apim.send()).variables.remaining).toEqual({ type: "int", value: 2 });
    expect((await apim.send()).variables.remaining).toEqual({ type: "int", value: 0 });
    expect((await apim.send()).status).toBe(429);
  });

  it("a literal increment-condition false never counts", async () => {
    const apim = gateway({ calls: 1, incrementCondition: false });
    for (let i = 0; i < 3; i++) expect((await apim.send()).status).toBe(200);
  });

  it("an expression increment-condition is evaluated at the end of the request, seeing the response (the page's example)", async () => {
    let status = 500;
    const apim = gateway(
      { incrementCondition: (context) => context.Response.StatusCode === 200 },
      { backend: () => ({ status }) },
    );
    for (let i = 0; i < 3; i++) expect((await apim.send()).status).toBe(500);
    status = 200;
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(429);
  });

  it("postponed counting: the 429 comes one call later than usual (Usage notes)", async () => {
    const apim = gateway({
      calls: 1,
      incrementCount: (context) => context.Request.Headers.Count + 1,
      remainingCallsVariableName: "remaining",
    });
    const first = await apim.send();
    // Not counted yet when the variable was written.
    expect(first.variables.remaining).toEqual({ type: "int", value: 1 });
    expect((await apim.send()).status).toBe(429);
  });

  it("retry-after-header-name replaces Retry-After; retry-after-variable-name holds the seconds", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            byIp({
              calls: 1,
              retryAfterHeaderName: "X-Retry-In",
              retryAfterVariableName: "retryIn",
            }),
          ],
          backend: [base()],
          onError: [base(), setHeader("X-Seen-In-On-Error", (context) => context.LastError.Reason)],
        }),
      },
    });
    await apim.send();
    apim.clock.advance({ seconds: 3 });
    const throttled = await apim.send();
    expect(throttled.status).toBe(429);
    expect(throttled.header("X-Retry-In")).toBe("7");
    expect(throttled.header("Retry-After")).toBeNull();
    expect(throttled.variables.retryIn).toEqual({ type: "int", value: 7 });
    expect(throttled.header("X-Seen-In-On-Error")).toBe("RateLimitExceeded");
  });

  it("remaining-calls and total-calls headers and variable after each execution", async () => {
    const apim = gateway({
      calls: 3,
      remainingCallsHeaderName: "X-Remaining",
      remainingCallsVariableName: "remaining",
      totalCallsHeaderName: "X-Total",
    });
    const first = await apim.send();
    expect(first.header("X-Remaining")).toBe("2");
    expect(first.header("X-Total")).toBe("3");
    expect(first.variables.remaining).toEqual({ type: "int", value: 2 });
  });

  it("calls and renewal-period from expressions", async () => {
    const apim = gateway({
      calls: (context) => (context.Product.Name === "Starter" ? 1 : 100),
      renewalPeriod: (context) => context.Request.Headers.Count + 60,
    });
    expect((await apim.send()).status).toBe(200);
    apim.clock.advance({ seconds: 59 });
    expect((await apim.send()).status).toBe(429);
  });

  it("refuses a renewal-period expression over the page's 300-second maximum", async () => {
    await expect(
      gateway({ renewalPeriod: (context) => context.Request.Url.Port }).send(),
    ).rejects.toThrow(/renewal-period: 443 is outside 1-300/);
  });

  // The weight of a request from its X-Cost header: an increment-count expression, so counted at the
  // end of the request (Usage notes).
  const costOfHeader = (context: Context) =>
    int.Parse(context.Request.Headers.GetValueOrDefault("X-Cost", "1"));

  it("weighted calls: the retry interval waits until enough weight has left the window", async () => {
    const apim = gateway({ calls: 3, counterKey: "k", incrementCount: costOfHeader });
    const first = await apim.send({ headers: { "X-Cost": "1" } });
    apim.clock.advance({ seconds: 2 });
    // Checked before it is counted (Usage notes: "Limit exceeded condition is not evaluated at the
    // same time ... will be evaluated on next incoming call"): 1 of 3 used, it passes and adds 3.
    expect((await apim.send({ headers: { "X-Cost": "3" } })).status).toBe(200);
    apim.clock.advance({ seconds: 2 });
    const over = await apim.send();
    expect(over).toBeRejectedWith(429, "RateLimitExceeded");
    // 4 counted in the 10-second sliding window: the first call leaving (at 10 s) leaves 3, still
    // the limit; only when the second leaves (at 12 s, 8 s from now) is a call allowed again.
    expect(over.header("Retry-After")).toBe("8");
    // No remaining-calls-variable-name nor retry-after-variable-name: no variable is written
    // (rate-limit-by-key-policy.md, Attributes: each variable is the one the attribute names).
    expect(first.variables).toEqual({});
    expect(over.variables).toEqual({});
  });

  it("records each expression under its attribute's name (rate-limit-by-key-policy.md, Attributes)", async () => {
    const result = await gateway({
      calls: (context) => context.Request.Headers.Count + 5,
      counterKey: (context) => context.Request.IpAddress,
      incrementCondition: (context) => context.Response.StatusCode === 200,
      incrementCount: costOfHeader,
    }).send();
    expect(result.evaluations.map((evaluation) => evaluation.slot).sort()).toEqual([
      "rate-limit-by-key calls",
      "rate-limit-by-key counter-key",
      "rate-limit-by-key increment-condition",
      "rate-limit-by-key increment-count",
    ]);
  });

  it("the log shows the counter against `calls` and the window, and when counting is postponed", async () => {
    // The harness's own log text (for debugging), not APIM's.
    const literal = await gateway({ counterKey: "k" }).send();
    expect(literal.logText).toMatch(/^ {2}rate-limit-by-key 'k': 1\/2 in 10s$/m);
    const postponed = await gateway({ counterKey: "k", incrementCount: costOfHeader }).send({
      headers: { "X-Cost": "2" },
    });
    expect(postponed.logText).toMatch(
      /^ {2}rate-limit-by-key 'k': 0\/2 in 10s \(counting postponed\)$/m,
    );
    expect(postponed.logText).toMatch(/^ {2}rate-limit-by-key 'k': end of request, counted 2$/m);
  });

  it("renewal-period may be the page's maximum, 300 seconds", async () => {
    const apim = gateway({ calls: 1, renewalPeriod: 300 });
    expect((await apim.send()).status).toBe(200);
    apim.clock.advance({ seconds: 299 });
    expect((await apim.send()).header("Retry-After")).toBe("1");
    apim.clock.advance({ seconds: 1 });
    expect((await apim.send()).status).toBe(200);
  });

  it("refuses what the page leaves open: calls below 1, a null counter-key, a negative or failing postponed increment-count", async () => {
    await expect(
      gateway({
        calls: (context) => context.Request.Headers.Count - context.Request.Headers.Count,
      }).send(),
    ).rejects.toThrow(/^rate-limit-by-key calls: 0 is outside 1-/);
    await expect(
      gateway({
        counterKey: nullHeaderText,
      }).send(),
    ).rejects.toThrow(/^rate-limit-by-key counter-key: the expression gave null/);
    await expect(
      gateway({ incrementCount: costOfHeader }).send({ headers: { "X-Cost": "-1" } }),
    ).rejects.toThrow(/^rate-limit-by-key increment-count: -1 is outside 0-/);
    // int.Parse("x") throws FormatException: the expression fails after the response was made.
    await expect(
      gateway({ incrementCount: costOfHeader }).send({ headers: { "X-Cost": "x" } }),
    ).rejects.toThrow(
      /^rate-limit-by-key: the postponed increment failed \(ExpressionValueEvaluationFailure: /,
    );
  });
});
