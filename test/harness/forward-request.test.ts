// forward-request and set-backend-service: what the backend receives (method, URL after the API
// path, query, headers, body), routing by base URL or backend id, connection failures.
import { describe, expect, it } from "vitest";
import { base, forwardRequest, policy, setBackendService, setHeader } from "apim-ts";
import { createGateway } from "apim-ts/harness";

describe("forward-request and set-backend-service", () => {
  it("forwards method, path after the API's, query, headers and body to the API's service URL", async () => {
    const result = await createGateway({
      api: { path: "orders", serviceUrl: "https://orders.internal/api" },
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send({ method: "PUT", url: "/orders/42?x=1", headers: { "X-A": "1" }, body: "{}" });
    expect(result).toHaveReachedBackend({
      url: "https://orders.internal/api/42?x=1",
      method: "PUT",
      headers: { "x-a": "1" },
    });
    expect(result.backendCalls[0]!.body).toBe("{}");
  });

  it("routes to another base URL or a configured backend id", async () => {
    const byUrl = await createGateway({
      policies: {
        operation: policy({
          inbound: [setBackendService({ baseUrl: "https://other.example" })],
          backend: [base()],
        }),
      },
    }).send({ url: "/x" });
    expect(byUrl).toHaveReachedBackend({ url: "https://other.example/x" });
    const byId = await createGateway({
      backends: { reports: { url: "https://reports.example" } },
      policies: {
        operation: policy({
          inbound: [setBackendService({ backendId: "reports" })],
          backend: [base()],
        }),
      },
    }).send({ url: "/y" });
    expect(byId).toHaveReachedBackend({ url: "https://reports.example/y" });
  });

  it("a throwing backend is a BackendConnectionFailure; fail-on-error-status-code turns 5xx into an error", async () => {
    const down = await createGateway({
      backend: () => Promise.reject(new Error("refused")),
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send();
    // Reason: Microsoft, "Error handling in API Management policies", Predefined errors for built-in steps (BackendConnectionFailure); the status
    // 500 is the project's choice (docs/project-choices.md, Statuses).
    expect(down).toBeRejectedWith(500, "BackendConnectionFailure");
    const failing = await createGateway({
      backend: () => ({ status: 503 }),
      policies: {
        operation: policy({
          backend: [forwardRequest({ failOnErrorStatusCode: true })],
          onError: [setHeader("X-Source", (c) => c.LastError.Source)],
        }),
      },
    }).send();
    expect(failing.status).toBe(503);
    expect(failing.header("X-Source")).toBe("forward-request");
  });
});
