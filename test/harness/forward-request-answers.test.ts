// forward-request's answer (forward-request-policy.md): the backend's answer becomes
// context.Response; fail-on-error-status-code sends answers from 400 to 599 inclusive to on-error,
// and no others; a mock that throws is a BackendConnectionFailure, one that refuses stays a
// refusal; the log names the call's backend, proxy and client certificate.
import { describe, expect, it } from "vitest";
import {
  authenticationCertificate,
  forwardRequest,
  policy,
  proxy,
  setBackendService,
  setHeader,
} from "apim-ts";
import { createGateway, HarnessRefusal, type MockHandler } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

/** A gateway whose on-error reports LastError and the response it starts from in headers. */
function failOnError(backend: MockHandler, failOnErrorStatusCode: boolean = true) {
  return createGateway({
    backend,
    policies: {
      operation: policy({
        backend: [forwardRequest({ failOnErrorStatusCode })],
        onError: [
          setHeader(
            "X-Error",
            (c) => `${c.LastError.Source}|${c.LastError.Reason}|${c.LastError.Message}`,
          ),
          setHeader("X-Seen", (c) => `${c.Response.StatusCode} ${c.Response.StatusReason}`),
        ],
      }),
    },
  });
}

describe("forward-request fail-on-error-status-code", () => {
  // forward-request-policy.md, Attributes: fail-on-error-status-code "When set to true, triggers
  // on-error section for response codes in the range from 400 to 599 inclusive".
  it("sends 400 and 599 to on-error, not 399 or 600", async () => {
    const outcome = async (status: number) => {
      const result = await failOnError(() => ({ status })).send();
      return [result.status, result.lastError === null ? "no error" : result.lastError.Section];
    };
    expect(await outcome(399)).toEqual([399, "no error"]);
    expect(await outcome(400)).toEqual([400, "backend"]);
    expect(await outcome(599)).toEqual([599, "backend"]);
    expect(await outcome(600)).toEqual([600, "no error"]);
  });

  it("false (or absent) keeps a 503 an ordinary response", async () => {
    const result = await failOnError(() => ({ status: 503 }), false).send();
    expect([result.status, result.lastError]).toEqual([503, null]);
  });

  it("on-error starts from the backend's answer: its status and reason phrase", async () => {
    // "You can access the status code through context.Response.StatusCode" (Error handling in API
    // Management policies, LastError, Tip). Source names the policy (LastError: Source). Reason
    // BackendErrorStatusCode and the message: project's choice (docs/project-choices.md, Reasons;
    // Messages).
    const named = await failOnError(() => ({ status: 404, reason: "No Such Order" })).send();
    expect(named.header("X-Error")).toBe(
      "forward-request|BackendErrorStatusCode|Backend answered 404",
    );
    expect(named.header("X-Seen")).toBe("404 No Such Order");
    // Without a reason from the backend, the usual phrase (project's choice: Statuses).
    const plain = await failOnError(() => ({ status: 502 })).send();
    expect(plain.header("X-Seen")).toBe("502 Bad Gateway");
  });

  it("without on-error content the caller gets the backend's status, reason and body", async () => {
    // Project's choice (docs/project-choices.md, forward-request): the error's response is the answer.
    const result = await createGateway({
      backend: () => ({ status: 409, reason: "Conflict Here", body: '{"error":"taken"}' }),
      policies: {
        operation: policy({ backend: [forwardRequest({ failOnErrorStatusCode: true })] }),
      },
    }).send();
    expect([result.status, result.reason, result.body]).toEqual([
      409,
      "Conflict Here",
      '{"error":"taken"}',
    ]);
    const empty = await createGateway({
      backend: () => ({ status: 500 }),
      policies: {
        operation: policy({ backend: [forwardRequest({ failOnErrorStatusCode: true })] }),
      },
    }).send();
    expect([empty.status, empty.reason, empty.body]).toEqual([500, "Internal Server Error", ""]);
  });
});

describe("forward-request's answer", () => {
  it("becomes context.Response: status (mock default 200), reason, headers, body", async () => {
    const answered = await createGateway({
      backend: () => ({ status: 201, reason: "Made", headers: { "X-Id": "7" }, body: "ok" }),
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send();
    expect([answered.status, answered.reason, answered.header("X-Id"), answered.body]).toEqual([
      201,
      "Made",
      "7",
      "ok",
    ]);
    // A mock answering nothing: 200 OK without a body (GatewayOptions.backend: "Default: 200 with an
    // empty body"; the phrase is the usual one, project's choice: Statuses).
    const bare = await createGateway({
      backend: () => ({}),
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send();
    expect([bare.status, bare.reason, bare.body]).toEqual([200, "OK", ""]);
    expect(bare.logText).toContain("backend answered 200");
  });

  it("a mock that throws is a BackendConnectionFailure whose message carries the failure", async () => {
    // Reason: "Predefined errors for built-in steps", BackendConnectionFailure ("Upstream connection
    // ... was not established or was aborted by the backend"); the message's text is the project's
    // choice (docs/project-choices.md, Messages): the table says "multiple".
    const thrown = await failOnError(() => {
      throw new Error("connection refused");
    }).send();
    expect(thrown.header("X-Error")).toBe(
      "forward-request|BackendConnectionFailure|Error occured while calling backend service: connection refused",
    );
    const text = await failOnError(() => {
      throw "reset by peer";
    }).send();
    expect(text.lastError?.Message).toBe(
      "Error occured while calling backend service: reset by peer",
    );
    expect([text.status, text.reason]).toEqual([500, "Internal Server Error"]);
  });

  it("a mock that refuses (HarnessRefusal) is a refusal, not a connection failure", async () => {
    const refusing = (sync: boolean) =>
      failOnError(() => {
        const refusal = new HarnessRefusal("the mock cannot answer this request");
        if (sync) throw refusal;
        return Promise.reject(refusal);
      }).send();
    await expect(refusing(true)).rejects.toThrow("the mock cannot answer this request");
    await expect(refusing(false)).rejects.toThrow("the mock cannot answer this request");
  });

  it("the log names the call, its backend id, proxy and client certificate", async () => {
    const result = await createGateway({
      backends: { orders: { url: "https://orders.example" } },
      deployment: { certificates: [certs.unprotectedApi] },
      policies: {
        operation: policy({
          inbound: [
            setBackendService({ backendId: "orders" }),
            proxy({ url: "http://10.0.0.1:8080" }),
            authenticationCertificate({ thumbprint: certs.unprotectedApi.thumbprint }),
          ],
          backend: [forwardRequest()],
        }),
      },
    }).send({ method: "POST", url: "/o/1" });
    expect(result.logText).toContain(
      `forward-request POST https://orders.example/o/1 (backend 'orders') via proxy http://10.0.0.1:8080 (client certificate ${certs.unprotectedApi.thumbprint})`,
    );
    expect(result.backendCalls[0]).toMatchObject({
      backendId: "orders",
      proxy: { url: "http://10.0.0.1:8080" },
      clientCertificate: { thumbprint: certs.unprotectedApi.thumbprint },
    });
    const plain = await createGateway({
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send({ url: "/x" });
    expect(plain.logText).toMatch(/forward-request GET \S+\/x\n/);
  });

  it("the log says when an answer trips the backend's circuit breaker, and until when", async () => {
    // backends.md, "Circuit breaker": tripDuration after failureCondition's count within interval.
    const start = Date.parse("2030-01-01T08:00:00Z");
    const apim = createGateway({
      clock: { instant: start },
      backends: {
        orders: {
          url: "https://orders.example",
          circuitBreaker: {
            rules: [
              {
                name: "rule",
                failureCondition: {
                  count: 2,
                  interval: "PT1M",
                  statusCodeRanges: [{ min: 500, max: 599 }],
                },
                tripDuration: "PT1M",
              },
            ],
          },
        },
      },
      backend: () => ({ status: 500 }),
      policies: {
        operation: policy({
          inbound: [setBackendService({ backendId: "orders" })],
          backend: [forwardRequest()],
        }),
      },
    });
    expect((await apim.send()).logText).not.toContain("circuit breaker");
    expect((await apim.send()).logText).toContain(
      "circuit breaker of backend 'orders' tripped until 2030-01-01T08:01:00.000Z",
    );
  });
});
