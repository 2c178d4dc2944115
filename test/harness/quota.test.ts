// quota on the virtual clock (quota-policy.md): per subscription at product scope, fixed windows
// relative to the subscription's start (DateTime.MinValue in the harness), the product's, an API's
// and an operation's quotas applied independently, the 403 with Retry-After and the predefined
// QuotaExceeded message, and what the page leaves open refused.
import { describe, expect, it } from "vitest";
import { base, fragment, includeFragment, policy, quota, type QuotaOptions } from "apim-ts";
import { createGateway } from "apim-ts/harness";

function gateway(options: QuotaOptions) {
  return createGateway({
    clock: { instant: "2030-01-01T00:15:00Z" },
    api: { id: "orders", name: "Orders API" },
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
    await expect(apim.send()).rejects.toThrow(/<quota> is not allowed at the operation scope/);
    // Nor through a fragment included at another scope: the validation follows include-fragment,
    // so the harness never runs a quota outside product scope.
    const throughFragment = createGateway({
      fragments: { limits: fragment([quota({ calls: 1, renewalPeriod: 60 })]) },
      policies: {
        operation: policy({ inbound: [includeFragment("limits")], backend: [base()] }),
      },
    });
    await expect(throughFragment.send()).rejects.toThrow(
      /fragment 'limits' > quota\[1\]: <quota> is not allowed at the operation scope/,
    );
  });

  it("refuses bandwidth and a used-up lifetime quota (the page is silent)", async () => {
    await expect(gateway({ bandwidth: 40000, renewalPeriod: 3600 }).send()).rejects.toThrow(
      /bandwidth/,
    );
    const lifetime = gateway({ calls: 1, renewalPeriod: 0 });
    await lifetime.send();
    await expect(lifetime.send()).rejects.toThrow(/lifetime quota/);
  });

  // quota-policy.md, Elements/Attributes of `api` and `operation`: matched by name or id, "If both
  // attributes are provided, id will be used and name will be ignored". The 5-minute windows below
  // start at 00:15 (a multiple of 300 s since 0001-01-01), so one renews in 00:05:00.
  const renewsIn5Minutes = "Out of call volume quota. Quota will be replenished in 00:05:00.";

  it("an API listed by name only is matched by name; it needs no operations", async () => {
    const apim = gateway({
      calls: 100,
      renewalPeriod: 300,
      apis: [{ name: "Orders API", calls: 1, renewalPeriod: 300 }],
    });
    expect((await apim.send()).status).toBe(200);
    const over = await apim.send();
    expect(over).toBeRejectedWith(403, "QuotaExceeded");
    expect(over.lastError!.Message).toBe(renewsIn5Minutes);
  });

  it("an API whose id differs is not this one, even with this API's name; nor is another name", async () => {
    const apim = gateway({
      calls: 100,
      renewalPeriod: 300,
      apis: [
        { id: "payments", name: "Orders API", calls: 1, renewalPeriod: 300 },
        { name: "Payments API", calls: 1, renewalPeriod: 300 },
      ],
    });
    for (let i = 0; i < 3; i++) expect((await apim.send()).status).toBe(200);
  });

  it("operations: matched by id (the name ignored then) or by name; the others do not count", async () => {
    const apim = gateway({
      calls: 100,
      renewalPeriod: 300,
      apis: [
        {
          id: "orders",
          calls: 100,
          renewalPeriod: 300,
          operations: [
            { id: "cancel-order", name: "List orders", calls: 1, renewalPeriod: 300 },
            { name: "Cancel order", calls: 1, renewalPeriod: 300 },
            { id: "list-orders", name: "Cancel order", calls: 2, renewalPeriod: 300 },
          ],
        },
      ],
    });
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(200);
    const over = await apim.send();
    expect(over).toBeRejectedWith(403, "QuotaExceeded");
    expect(over.lastError!.Message).toBe(renewsIn5Minutes);
  });

  it("an API matched with none of its operations matching: only the product's and the API's quotas count", async () => {
    const apim = gateway({
      calls: 100,
      renewalPeriod: 300,
      apis: [
        {
          id: "orders",
          calls: 2,
          renewalPeriod: 300,
          operations: [{ name: "Cancel order", calls: 1, renewalPeriod: 300 }],
        },
      ],
    });
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(200);
    expect((await apim.send()).status).toBe(403);
  });

  it("refuses bandwidth set on one level only (the API's), the product's being calls", async () => {
    await expect(
      gateway({
        calls: 100,
        renewalPeriod: 3600,
        apis: [{ id: "orders", bandwidth: 40000, renewalPeriod: 3600 }],
      }).send(),
    ).rejects.toThrow(/quota bandwidth/);
  });

  it("a used-up lifetime quota is refused, naming the level: product, API or operation", async () => {
    const product = gateway({ calls: 1, renewalPeriod: 0 });
    await product.send();
    await expect(product.send()).rejects.toThrow(/^quota \(product\): a lifetime quota/);
    const api = gateway({
      calls: 100,
      renewalPeriod: 3600,
      apis: [{ id: "orders", calls: 1, renewalPeriod: 0 }],
    });
    await api.send();
    await expect(api.send()).rejects.toThrow(/^quota \(api orders\): a lifetime quota/);
    const operation = gateway({
      calls: 100,
      renewalPeriod: 3600,
      apis: [
        {
          id: "orders",
          calls: 100,
          renewalPeriod: 3600,
          operations: [{ id: "list-orders", calls: 1, renewalPeriod: 0 }],
        },
      ],
    });
    await operation.send();
    await expect(operation.send()).rejects.toThrow(
      /^quota \(operation orders\/list-orders\): a lifetime quota/,
    );
  });

  it("the log shows each level's count against its calls", async () => {
    // The harness's own log text (for debugging), not APIM's.
    const result = await gateway({
      calls: 100,
      renewalPeriod: 300,
      apis: [
        {
          id: "orders",
          calls: 3,
          renewalPeriod: 300,
          operations: [{ id: "list-orders", calls: 2, renewalPeriod: 300 }],
        },
      ],
    }).send();
    expect(result.logText).toMatch(
      /^ {2}quota: product 1\/100, api orders 1\/3, operation orders\/list-orders 1\/2$/m,
    );
  });
});
