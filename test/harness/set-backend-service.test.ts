// set-backend-service (set-backend-service-policy.md): base-url or backend-id, the usage note on a
// backend-id set in a base policy, an unknown backend id, and what the page leaves open (refused).
import { describe, expect, it } from "vitest";
import {
  base,
  forwardRequest,
  policy,
  setBackendService,
  setHeader,
  type InboundStatement,
} from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

const BACKENDS = {
  reports: { url: "https://reports.example" },
  archive: { url: "https://archive.example" },
};

function gateway(api: InboundStatement[], operation: InboundStatement[]) {
  return createGateway({
    backends: BACKENDS,
    policies: {
      api: policy({ inbound: api, backend: [forwardRequest()] }),
      operation: policy({ inbound: [base(), ...operation], backend: [base()] }),
    },
  });
}

describe("set-backend-service", () => {
  // Examples, "Route request based on value in query string": the base URL replaces the API's
  // service URL and the rest of the path and the query follow it.
  it("base-url replaces the service URL; a later one replaces an earlier one", async () => {
    const result = await gateway(
      [setBackendService({ baseUrl: "http://contoso.com/api/8.2/" })],
      [setBackendService({ baseUrl: "http://contoso.com/api/9.1/" })],
    ).send({ url: "/partners/15?version=2014-03" });
    expect(result).toHaveReachedBackend({
      url: "http://contoso.com/api/9.1/partners/15?version=2014-03",
    });
    expect(result.logText).toContain("set-backend-service http://contoso.com/api/9.1/");
  });

  it("a backend-id set in the base policy is overridden by another backend-id (Usage notes)", async () => {
    const result = await gateway(
      [setBackendService({ backendId: "reports" })],
      [setBackendService({ backendId: "archive" })],
    ).send({ url: "/y" });
    expect(result).toHaveReachedBackend({ url: "https://archive.example/y" });
    expect(result.logText).toContain("set-backend-service backend 'archive'");
  });

  // Usage notes: a base backend-id "can only be overridden with a policy using the backend-id
  // attribute, not the base-url attribute"; what APIM then does with the base-url is not said.
  it("refuses a base-url after a backend-id (Usage notes)", async () => {
    const apim = gateway(
      [setBackendService({ backendId: "reports" })],
      [setBackendService({ baseUrl: "https://other.example" })],
    );
    await expect(apim.send()).rejects.toThrow(HarnessRefusal);
    await expect(apim.send()).rejects.toThrow(
      "set-backend-service base-url after backend-id 'reports': the reference page's usage notes say a backend-id " +
        "can only be overridden with backend-id, not base-url, and not what APIM does with the base-url",
    );
  });

  it("an unknown backend id fails into on-error: 500, BackendNotFound", async () => {
    const result = await createGateway({
      backends: BACKENDS,
      policies: {
        operation: policy({
          inbound: [setBackendService({ backendId: (c) => "missing-" + c.Request.Method })],
          backend: [base()],
          onError: [setHeader("X-Reason", (c) => c.LastError.Reason + ": " + c.LastError.Message)],
        }),
      },
    }).send();
    // Status, Reason and Message: project's choice (docs/project-choices.md, Reasons and Messages).
    expect([result.status, result.reason]).toEqual([500, "Internal Server Error"]);
    expect(result.header("X-Reason")).toBe(
      "BackendNotFound: Backend 'missing-GET' is not configured",
    );
    expect(result.lastError).toMatchObject({ Source: "set-backend-service" });
    expect(result.backendCalls).toHaveLength(0);
  });

  it("refuses a base-url or backend-id expression giving null or '' (the page does not say)", async () => {
    const refused = (statement: InboundStatement) =>
      createGateway({
        backends: BACKENDS,
        policies: { operation: policy({ inbound: [statement], backend: [base()] }) },
      }).send();
    await expect(refused(setBackendService({ baseUrl: nullHeaderText }))).rejects.toThrow(
      "set-backend-service base-url: the expression gave null; the reference page does not say what APIM does",
    );
    await expect(
      refused(
        setBackendService({ backendId: (c) => c.Request.Headers.GetValueOrDefault("X-Id", "") }),
      ),
    ).rejects.toThrow(
      "set-backend-service backend-id: the expression gave ''; the reference page does not say what APIM does",
    );
  });
});

// The evaluation records name each slot as the page's attribute (result.evaluations).
it("names the slots it evaluated: base-url, backend-id", async () => {
  const byUrl = await createGateway({
    policies: {
      operation: policy({
        inbound: [
          setBackendService({
            baseUrl: (c) => "https://" + c.Request.Method.toLowerCase() + ".example",
          }),
        ],
        backend: [base()],
      }),
    },
  }).send({ url: "/x" });
  expect(byUrl.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "set-backend-service base-url",
  ]);
  expect(byUrl).toHaveReachedBackend({ url: "https://get.example/x" });
  const byId = await createGateway({
    backends: BACKENDS,
    policies: {
      operation: policy({
        inbound: [setBackendService({ backendId: (c) => "reports" })],
        backend: [base()],
      }),
    },
  }).send({ url: "/y" });
  expect(byId.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "set-backend-service backend-id",
  ]);
});
