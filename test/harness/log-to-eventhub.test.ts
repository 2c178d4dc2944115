// log-to-eventhub (log-to-eventhub-policy.md): the message goes to the registered event hub Logger;
// the result's eventHubEvents record logger id, message, partition id or key; messages over 200 KB
// are truncated (Usage notes).
import { describe, expect, it } from "vitest";
import { base, csharp, logToEventhub, policy, type InboundStatement } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const gatewayWith = (inbound: InboundStatement[], loggers = ["contoso-logger"]) =>
  createGateway({
    eventHubLoggers: loggers,
    policies: { operation: policy({ inbound, backend: [base()] }) },
  });

describe("log-to-eventhub", () => {
  it("the page's example: a comma-joined line with the service name, request id, IP and operation", async () => {
    const result = await gatewayWith([
      logToEventhub(
        (context) =>
          [
            context.Deployment.ServiceName,
            context.RequestId.ToString(),
            context.Request.IpAddress,
            context.Operation.Name,
          ].join(","),
        { loggerId: "contoso-logger" },
      ),
    ]).send({ ipAddress: "198.51.100.7" });
    expect(result.eventHubEvents).toHaveLength(1);
    const [event] = result.eventHubEvents;
    expect(event!.loggerId).toBe("contoso-logger");
    expect(event!.message).toMatch(
      /^apim-ts-sample,[0-9a-f-]{36},198\.51\.100\.7,sample-operation$/,
    );
    expect([event!.partitionId, event!.partitionKey, event!.truncated]).toEqual([
      null,
      null,
      false,
    ]);
    expect(result.backendCalls).toHaveLength(1);
  });

  it("records partition-id, and partition-key from an expression", async () => {
    const result = await gatewayWith([
      logToEventhub("first", { loggerId: "contoso-logger", partitionId: 3 }),
      logToEventhub("second", {
        loggerId: "contoso-logger",
        partitionKey: (context) => context.Request.Headers.GetValueOrDefault("X-Tenant", "none"),
      }),
    ]).send({ headers: { "X-Tenant": "t-42" } });
    expect(
      result.eventHubEvents.map((event) => [event.message, event.partitionId, event.partitionKey]),
    ).toEqual([
      ["first", 3, null],
      ["second", null, "t-42"],
    ]);
  });

  it("truncates a message over 200 KB to 200 KB (Usage notes)", async () => {
    const result = await gatewayWith([
      logToEventhub((context) => context.Request.Body!.As(), { loggerId: "contoso-logger" }),
    ]).send({ method: "POST", body: "é".repeat(200 * 1024) });
    const [event] = result.eventHubEvents;
    expect(event!.truncated).toBe(true);
    // "é" is two bytes in UTF-8: 102 400 characters fill 200 KB exactly.
    expect(event!.message.length).toBe(102_400);
  });

  it("runs in outbound, backend and on-error too (Usage)", async () => {
    const result = await createGateway({
      eventHubLoggers: ["l"],
      backend: () => {
        throw new Error("down");
      },
      policies: {
        operation: policy({
          backend: [logToEventhub("backend", { loggerId: "l" }), base()],
          onError: [logToEventhub((context) => context.LastError.Reason, { loggerId: "l" })],
        }),
      },
    }).send();
    expect(result.eventHubEvents.map((event) => [event.location.section, event.message])).toEqual([
      ["backend", "backend"],
      ["on-error", result.lastError!.Reason],
    ]);
  });

  it("refuses the policy at workspace scope (Usage: global, product, API, operation)", async () => {
    const apim = createGateway({
      eventHubLoggers: ["l"],
      policies: {
        workspace: policy({ inbound: [base(), logToEventhub("m", { loggerId: "l" })] }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/not allowed at the workspace scope/);
  });

  it("refuses a logger id that is not registered, saying how to register it", async () => {
    await expect(gatewayWith([logToEventhub("m", { loggerId: "other" })]).send()).rejects.toThrow(
      "log-to-eventhub logger-id 'other' is not a registered Logger; list it in createGateway({ eventHubLoggers: [...] }) (the page: 'The ID of the Logger registered with your API Management service')",
    );
  });

  it("refuses a message expression that gives null", async () => {
    await expect(
      gatewayWith([
        logToEventhub(
          csharp("@((string)null)", () => null as unknown as string),
          {
            loggerId: "contoso-logger",
          },
        ),
      ]).send(),
    ).rejects.toThrow(
      "log-to-eventhub: the message expression gave null; the page does not say what APIM sends then",
    );
  });

  // "A larger message will be automatically truncated to 200 KB" (Usage notes); read as 200 × 1024
  // bytes of UTF-8, cut at a character boundary (docs/project-choices.md).
  it("keeps a message of exactly 200 KB; cuts one byte more to 200 KB", async () => {
    const send = (body: string) =>
      gatewayWith([
        logToEventhub((context) => context.Request.Body!.As(), { loggerId: "contoso-logger" }),
      ]).send({ method: "POST", body });
    const exact = (await send("a".repeat(204_800))).eventHubEvents[0]!;
    expect([exact.truncated, exact.message.length]).toEqual([false, 204_800]);
    const over = await send("a".repeat(204_801));
    expect([over.eventHubEvents[0]!.truncated, over.eventHubEvents[0]!.message.length]).toEqual([
      true,
      204_800,
    ]);
    expect(over.logText).toContain(
      "log-to-eventhub 'contoso-logger': 204800 bytes (truncated to 200 KB)",
    );
  });

  it("cuts before a character that does not fit whole (three-byte € in UTF-8)", async () => {
    const result = await gatewayWith([
      logToEventhub((context) => context.Request.Body!.As(), { loggerId: "contoso-logger" }),
    ]).send({ method: "POST", body: "\u20ac".repeat(70_000) });
    const [event] = result.eventHubEvents;
    // 68 266 whole characters are 204 798 bytes; the next would end past 204 800.
    expect(event!.message).toBe("\u20ac".repeat(68_266));
    expect(result.logText).toContain("204798 bytes (truncated to 200 KB)");
  });

  it("logs the logger and the size, and records where the policy ran", async () => {
    const result = await gatewayWith([
      logToEventhub("h\u00e9llo", { loggerId: "contoso-logger" }),
    ]).send();
    expect(result.logText).toContain("log-to-eventhub 'contoso-logger': 6 bytes\n");
    expect(result.eventHubEvents[0]!.location).toEqual({
      scope: "operation",
      section: "inbound",
      path: [],
    });
  });
});
