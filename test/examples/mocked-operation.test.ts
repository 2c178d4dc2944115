// policy-src/examples/mocked-operation: mock-response from the operation's configured examples,
// with one-way audit logging (send-one-way-request, log-to-eventhub) and a usage metric
// (emit-metric), through the simulated gateway; then every recorded expression evaluation replayed
// through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, type OutgoingRequest } from "apim-ts/harness";
import mockedOperation from "../../policy-src/examples/mocked-operation.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const ORDER = '{"id":"42","status":"shipped"}';
const NOT_FOUND = '{"error":"order not found"}';

function gateway(audit: OutgoingRequest[] = []) {
  return createGateway({
    api: { id: "orders-api", path: "orders" },
    operation: {
      id: "get-order",
      urlTemplate: "/{id}",
      // The operation's definition: a JSON example for 200 and one for 404.
      responses: [
        { status: 200, representations: [{ contentType: "application/json", example: ORDER }] },
        {
          status: 404,
          representations: [{ contentType: "application/json", example: NOT_FOUND }],
        },
      ],
    },
    subscription: { id: "contoso" },
    eventHubLoggers: ["audit-logger"],
    services: {
      "https://audit.example.net/events": (request) => {
        audit.push(request);
        // The audit service is slow and failing: send-one-way-request does not wait or care.
        return { status: 503 };
      },
    },
    backend: () => {
      throw new Error("the backend is not built yet");
    },
    policies: { operation: mockedOperation },
  });
}

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "mocked-operation");
  return result;
};

describeWithCSharp(
  "example: a mocked operation with one-way audit logging and a metric",
  (toolchain) => {
    it("answers with the operation's 200 JSON example; the backend is never called", async () => {
      const result = record(await gateway().send({ url: "/orders/42" }), "200 example");
      expect([result.status, result.body]).toEqual([200, ORDER]);
      expect(result.header("Content-Type")).toBe("application/json");
      expect(result.backendCalls).toEqual([]);
      expect(result.lastError).toBeNull();
    });

    it("answers with the 404 example when the caller prefers it", async () => {
      const result = record(
        await gateway().send({ url: "/orders/0", headers: { Prefer: "example=not-found" } }),
        "404 example",
      );
      expect([result.status, result.reason, result.body]).toEqual([404, "Not Found", NOT_FOUND]);
    });

    it("audits every call: event hub line partitioned by subscription, one-way POST, metric", async () => {
      const audit: OutgoingRequest[] = [];
      const result = record(
        await gateway(audit).send({ url: "/orders/42", headers: { "X-Client": "mobile" } }),
        "audited call",
      );
      expect(result.eventHubEvents).toEqual([
        expect.objectContaining({
          loggerId: "audit-logger",
          message: "GET /orders/42 by contoso",
          partitionKey: "contoso",
          partitionId: null,
        }),
      ]);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ method: "POST", body: "mocked get-order /orders/42" });
      expect(audit[0]!.headers["Content-Type"]).toEqual(["text/plain"]);
      // The audit service's 503 is not waited for: the caller still gets the mocked 200.
      expect(result.status).toBe(200);
      expect(result.oneWayRequests).toEqual([
        expect.objectContaining({ timeoutSeconds: 10, delivered: true }),
      ]);
      expect(result.metrics).toEqual([
        expect.objectContaining({
          name: "mocked-calls",
          namespace: "orders-preview",
          value: 1,
          dimensions: { "API ID": "orders-api", "Operation ID": "get-order", Client: "mobile" },
        }),
      ]);
    });

    it("a caller without X-Client is counted as 'unknown', per subscription in the event hub", async () => {
      const apim = gateway();
      const first = record(await apim.send({ url: "/orders/1" }), "anonymous client");
      const second = record(
        await apim.send({ url: "/orders/2", subscriptionId: "fabrikam" }),
        "other subscription",
      );
      expect(first.metrics[0]!.dimensions["Client"]).toBe("unknown");
      expect(second.eventHubEvents[0]!.partitionKey).toBe("fabrikam");
    });

    replayAfterAll(recorder, toolchain, { minimum: 21 });
  },
);
