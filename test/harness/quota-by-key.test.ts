// quota-by-key on the virtual clock (quota-by-key-policy.md): fixed windows of renewal-period from
// first-period-start, one counter per key for every scope counted once per request, the 403 with
// Retry-After and the predefined QuotaExceeded message (api-management-error-handling-policies.md),
// increment-condition evaluated at the end of the request, and what the page leaves open refused.
import { describe, expect, it } from "vitest";
import { base, int, policy, quotaByKey, type QuotaByKeyOptions } from "apim-ts";
import { createGateway, type GatewayOptions } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

function gateway(options: Partial<QuotaByKeyOptions> = {}, extra: GatewayOptions = {}) {
  return createGateway({
    clock: { instant: "2030-01-01T00:10:00Z" },
    policies: {
      operation: policy({
        inbound: [
          quotaByKey({
            calls: 2,
            renewalPeriod: 3600,
            counterKey: (context) => context.Request.IpAddress,
            ...options,
          }),
        ],
        backend: [base()],
      }),
    },
    ...extra,
  });
}

describe("quota-by-key", () => {
  it("allows `calls` per period, then 403 with Retry-After and QuotaExceeded", async () => {
    const apim = gateway();
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(200);
    const over = await apim.send();
    expect(over).toBeRejectedWith(403, "QuotaExceeded");
    expect(over.reason).toBe("Forbidden");
    // Periods start at 0001-01-01T00:00:00Z by default: this one ends at 01:00, 50 minutes away.
    expect(over.header("Retry-After")).toBe("3000");
    expect(over.lastError).toMatchObject({
      Source: "quota-by-key",
      Message: "Out of call volume quota. Quota will be replenished in 00:50:00.",
    });
    expect(JSON.parse(over.body).statusCode).toBe(403);
    expect(over).not.toHaveReachedBackend();
  });

  it("renews at the end of the fixed window, counted from first-period-start", async () => {
    const apim = gateway({
      calls: 1,
      renewalPeriod: 86_400,
      firstPeriodStart: "2029-12-31T12:00:00Z",
    });
    await apim.send();
    const over = await apim.send();
    expect(over.header("Retry-After")).toBe(String(11 * 3600 + 50 * 60));
    apim.clock.set("2030-01-01T11:59:59Z");
    expect((await apim.send()).status).toBe(403);
    apim.clock.set("2030-01-01T12:00:00Z");
    expect((await apim.send()).status).toBe(200);
  });

  it("counts per key value", async () => {
    const apim = gateway({ calls: 1 });
    await apim.send({ ipAddress: "192.0.2.1" });
    expect((await apim.send({ ipAddress: "192.0.2.1" })).status).toBe(403);
    expect((await apim.send({ ipAddress: "192.0.2.2" })).status).toBe(200);
  });

  it("the same key at two scopes is incremented only once per request", async () => {
    const quota = quotaByKey({ calls: 2, renewalPeriod: 300, counterKey: "shared" });
    const apim = createGateway({
      policies: {
        api: policy({ inbound: [quota] }),
        operation: policy({ inbound: [base(), quota], backend: [base()] }),
      },
    });
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(403);
  });

  it("increment-condition is evaluated at the end of the request (the page's example counts 2xx and 3xx)", async () => {
    let status = 500;
    const apim = gateway(
      {
        calls: 1,
        incrementCondition: (context) =>
          context.Response.StatusCode >= 200 && context.Response.StatusCode < 400,
      },
      { backend: () => ({ status }) },
    );
    for (let i = 0; i < 3; i++) expect((await apim.send()).status).toBe(500);
    status = 204;
    expect((await apim.send()).status).toBe(204);
    expect((await apim.send()).status).toBe(403);
  });

  it("a lifetime quota (renewal-period 0) never renews; used up, the harness refuses (the page gives no answer)", async () => {
    const apim = gateway({ calls: 1, renewalPeriod: 0 });
    await apim.send();
    apim.clock.advance({ days: 3650 });
    await expect(apim.send()).rejects.toThrow(/^quota-by-key: a lifetime quota/);
  });

  it("refuses bandwidth: the page does not say which bytes count", async () => {
    await expect(gateway({ bandwidth: 40000 }).send()).rejects.toThrow(/bandwidth/);
  });

  it("records each expression under its attribute's name (quota-by-key-policy.md, Attributes)", async () => {
    const result = await gateway({
      incrementCondition: (context) => context.Response.StatusCode < 400,
    }).send();
    expect(result.evaluations.map((evaluation) => evaluation.slot).sort()).toEqual([
      "quota-by-key counter-key",
      "quota-by-key increment-condition",
    ]);
  });

  it("the log shows the counter before the request and when it is counted", async () => {
    // The harness's own log text (for debugging), not APIM's.
    const apim = gateway({ counterKey: "k" });
    await apim.send();
    const second = await apim.send();
    expect(second.logText).toMatch(/^ {2}quota-by-key 'k': 1\/2 used in this period$/m);
    expect(second.logText).toMatch(/^ {2}quota-by-key 'k': counted, 2\/2$/m);
  });

  it("refuses a null counter-key and an increment-condition that fails at the end of the request (the page is silent)", async () => {
    await expect(
      gateway({
        counterKey: nullHeaderText,
      }).send(),
    ).rejects.toThrow(/^quota-by-key counter-key: the expression gave null/);
    // int.Parse("x") throws FormatException once the response is made.
    await expect(
      gateway({
        incrementCondition: (context) =>
          int.Parse(context.Request.Headers.GetValueOrDefault("X-Cost", "x")) > 0,
      }).send(),
    ).rejects.toThrow(
      /^quota-by-key: the increment-condition failed at the end of the request \(ExpressionValueEvaluationFailure: /,
    );
  });
});
