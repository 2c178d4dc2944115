// emit-metric (emit-metric-policy.md): the result's metrics record name, namespace (default "API
// Management"), value (default 1) and dimensions; default dimensions without value take the
// request's values.
import { describe, expect, it } from "vitest";
import { base, csharp, emitMetric, policy, type InboundStatement } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const gatewayWith = (inbound: InboundStatement[]) =>
  createGateway({
    api: { id: "orders-api" },
    operation: { id: "get-order" },
    product: { id: "gold" },
    subscription: { id: "sub-1" },
    deployment: { region: "North Europe", gatewayId: "managed" },
    policies: { operation: policy({ inbound, backend: [base()] }) },
  });

describe("emit-metric", () => {
  it("the page's example: Request = 1 in my-metrics with User ID, Client IP and API ID", async () => {
    const result = await gatewayWith([
      emitMetric(
        "Request",
        [
          { name: "User ID" },
          { name: "Client IP", value: (context) => context.Request.IpAddress },
          { name: "API ID" },
        ],
        { value: 1, namespace: "my-metrics" },
      ),
    ]).send({ ipAddress: "198.51.100.7" });
    expect(result.metrics).toHaveLength(1);
    expect(result.metrics[0]).toMatchObject({
      name: "Request",
      namespace: "my-metrics",
      value: 1,
      dimensions: { "User ID": "1", "Client IP": "198.51.100.7", "API ID": "orders-api" },
    });
  });

  it("defaults: namespace 'API Management', value 1; every default dimension takes its context value", async () => {
    const result = await gatewayWith([
      emitMetric("Calls", [
        { name: "API ID" },
        { name: "Operation ID" },
        { name: "Product ID" },
        { name: "User ID" },
        { name: "Subscription ID" },
        { name: "Location" },
        { name: "Gateway ID" },
      ]),
    ]).send();
    expect(result.metrics[0]).toMatchObject({
      namespace: "API Management",
      value: 1,
      dimensions: {
        "API ID": "orders-api",
        "Operation ID": "get-order",
        "Product ID": "gold",
        "User ID": "1",
        "Subscription ID": "sub-1",
        Location: "North Europe",
        "Gateway ID": "managed",
      },
    });
  });

  it("value and dimension names accept expressions; a default dimension may be given a value", async () => {
    const result = await gatewayWith([
      emitMetric(
        "Payload",
        [
          { name: (context) => `h-${context.Request.Method}`, value: "x" },
          { name: "API ID", value: "overridden" },
        ],
        {
          value: (context) => context.Request.Headers.GetValueOrDefault("X-Size", "0").length * 1.5,
        },
      ),
    ]).send({ method: "PUT", headers: { "X-Size": "1234" } });
    expect(result.metrics[0]!.value).toBe(6);
    expect(result.metrics[0]!.dimensions).toEqual({ "h-PUT": "x", "API ID": "overridden" });
  });

  it("runs in backend, outbound and on-error (Usage), in order", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          backend: [emitMetric("b", [{ name: "API ID" }]), base()],
          outbound: [emitMetric("o", [{ name: "API ID" }], { value: 2.5 })],
        }),
      },
    }).send();
    expect(
      result.metrics.map((metric) => [metric.name, metric.value, metric.location.section]),
    ).toEqual([
      ["b", 1, "backend"],
      ["o", 2.5, "outbound"],
    ]);
  });

  it("refuses an expression name without value that is not a default dimension", async () => {
    await expect(gatewayWith([emitMetric("m", [{ name: () => "Custom" }])]).send()).rejects.toThrow(
      /not a default dimension/,
    );
  });

  it("refuses a value expression that is not a finite number", async () => {
    await expect(
      gatewayWith([
        emitMetric("m", [{ name: "API ID" }], { value: csharp("@(double.NaN)", () => Number.NaN) }),
      ]).send(),
    ).rejects.toThrow(/not a finite double/);
  });
});
