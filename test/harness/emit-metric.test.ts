// emit-metric (emit-metric-policy.md): the result's metrics record name, namespace (default "API
// Management"), value (default 1) and dimensions; default dimensions without value take the
// request's values.
import { describe, expect, it } from "vitest";
import { base, csharp, emitMetric, policy, type InboundStatement } from "apim-ts";
import type { double } from "../../src/dotnet/types.ts";
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

  it("a value expression that gives text is read as a double, as the attribute's text would be", async () => {
    // value: "Value of metric expressed as a double" (Attributes); the header's text " 2.5 ".
    const header = csharp<double>(
      '@(context.Request.Headers.GetValueOrDefault("X-Size", "0"))',
      (context) => context.Request.Headers.GetValueOrDefault("X-Size", "0") as unknown as double,
    );
    const apim = gatewayWith([emitMetric("m", [{ name: "API ID" }], { value: header })]);
    expect((await apim.send({ headers: { "X-Size": " 2.5 " } })).metrics[0]!.value).toBe(2.5);
    await expect(apim.send({ headers: { "X-Size": "big" } })).rejects.toThrow(
      "emit-metric value: 'big' is not a finite double; the page does not say what APIM does",
    );
    const infinite = csharp<double>("@(double.PositiveInfinity)", () => Infinity);
    await expect(
      gatewayWith([emitMetric("m", [{ name: "API ID" }], { value: infinite })]).send(),
    ).rejects.toThrow("emit-metric value: 'Infinity' is not a finite double");
  });

  it("logs the namespace, name and value, and records where the policy ran", async () => {
    const result = await gatewayWith([
      emitMetric("Request", [{ name: "API ID" }], { value: 3, namespace: "ns" }),
    ]).send();
    expect(result.logText).toContain("emit-metric ns/Request = 3");
    expect(result.metrics[0]!.location).toEqual({
      scope: "operation",
      section: "inbound",
      path: [],
    });
  });

  // The page does not say what APIM sends for an empty dimension name or a null value: refused.
  it("refuses an empty or null dimension name and a null value", async () => {
    const nullText = csharp("@((string)null)", () => null as unknown as string);
    await expect(
      gatewayWith([emitMetric("m", [{ name: "API ID" }, { name: () => "", value: "x" }])]).send(),
    ).rejects.toThrow(
      "emit-metric dimension[2] name is empty; the page does not say what APIM does",
    );
    await expect(
      gatewayWith([emitMetric("m", [{ name: nullText, value: "x" }])]).send(),
    ).rejects.toThrow("emit-metric dimension[1] name is empty");
    await expect(
      gatewayWith([emitMetric("m", [{ name: "Client", value: nullText }])]).send(),
    ).rejects.toThrow(
      "emit-metric dimension[1] 'Client': the value is null; the page does not say what APIM sends then",
    );
  });

  it("only the seven default dimensions go without value, not names every object has", async () => {
    await expect(
      gatewayWith([emitMetric("m", [{ name: () => "constructor" }])]).send(),
    ).rejects.toThrow(
      "emit-metric dimension[1] 'constructor' has no value and is not a default dimension the harness provides (API ID, Operation ID, Product ID, User ID, Subscription ID, Location, Gateway ID)",
    );
  });
});
