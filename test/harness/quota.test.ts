// quota on the virtual clock (quota-policy.md): per subscription at product scope, fixed windows
// relative to the subscription's start (DateTime.MinValue in the harness), the product's, an API's
// and an operation's quotas applied independently, the 403 with Retry-After and the predefined
// QuotaExceeded message, and what the page leaves open refused.
import { describe, expect, it } from "vitest";
import { base, policy, quota, type QuotaOptions } from "apim-ts";
import { createGateway } from "apim-ts/harness";

function gateway(options: QuotaOptions) {
  return createGateway({
    clock: { instant: "2030-01-01T00:15:00Z" },
    api: { id: "orders" },
    operation: { id: "list-orders", name: "List orders" },
    policies: {
      product: policy({ inbound: [base(), quota(options)] }),
      operation: policy({ inbound: [base()], backend: [base()] }),
    },
  });
}

describe("quota", () => {
  it("the page's example: calls per subscription and period, then 403 with Retry-After and QuotaExceeded", async () => {
    const apim = gateway({ calls: 2, renewalPeriod: 3600 });
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(200);
    const over = await apim.send();
    expect(over).toBeRejectedWith(403, "QuotaExceeded");
    expect(over.header("Retry-After")).toBe("2700");
    expect(over.lastError).toMatchObject({
      Source: "quota",
      Scope: "product",
      Message: "Out of call volume quota. Quota will be replenished in 00:45:00.",
    });
    expect((await apim.send({ subscriptionId: "other" })).status).toBe(200);
    apim.clock.set("2030-01-01T01:00:00Z");
    expect((await apim.send()).status).toBe(200);
  });

  it("API and operation quotas apply independently of the product's (id preferred over name)", async () => {
    const apim = gateway({
      calls: 100,
      renewalPeriod: 86_400,
      apis: [
        {
          id: "orders",
          name: "ignored",
          calls: 3,
          renewalPeriod: 86_400,
          operations: [{ name: "List orders", calls: 1, renewalPeriod: 300 }],
        },
      ],
    });
    expect((await apim.send()).status).toBe(200);
    const operationOver = await apim.send();
    expect(operationOver.status).toBe(403);
    expect(operationOver.header("Retry-After")).toBe("300");
    apim.clock.advance({ minutes: 5 });
    expect((await apim.send()).status).toBe(200);
    apim.clock.advance({ minutes: 5 });
    expect((await apim.send()).status).toBe(200);
    apim.clock.advance({ minutes: 5 });
    const apiOver = await apim.send();
    expect(apiOver.status).toBe(403);
    expect(apiOver.lastError!.Message).toBe(
      "Out of call volume quota. Quota will be replenished in 23:30:00.",
    );
  });

  it("an interval of a day or more prints as .NET's TimeSpan does (d.hh:mm:ss)", async () => {
    const apim = gateway({ calls: 1, renewalPeriod: 7 * 86_400 });
    await apim.send();
    const over = await apim.send();
    // 0001-01-01 was a Monday; 2030-01-01T00:15 is a Tuesday: 5 days 23:45 to the next window.
    expect(over.lastError!.Message).toBe(
      "Out of call volume quota. Quota will be replenished in 5.23:45:00.",
    );
  });

  it("refuses a quota outside the product scope (Usage: product)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({ inbound: [quota({ calls: 1, renewalPeriod: 60 })], backend: [base()] }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/product/);
  });

  it("refuses bandwidth and a used-up lifetime quota (the page is silent)", async () => {
    await expect(gateway({ bandwidth: 40000, renewalPeriod: 3600 }).send()).rejects.toThrow(
      /bandwidth/,
    );
    const lifetime = gateway({ calls: 1, renewalPeriod: 0 });
    await lifetime.send();
    await expect(lifetime.send()).rejects.toThrow(/lifetime quota/);
  });
});
