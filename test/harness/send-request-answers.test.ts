// send-request's answer and failures (send-request-policy.md): the stored IResponse carries the
// service's status, reason, headers and body; a failed call raises an error, or with ignore-error
// stores null ("If true and the request results in an error, the error will be ignored, and the
// response variable will contain a null value", Attributes: ignore-error).
import { describe, expect, it } from "vitest";
import {
  Convert,
  policy,
  sendOneWayRequest,
  sendRequest,
  setHeader,
  setVariable,
  type Response,
} from "apim-ts";
import { createGateway, type MockHandler } from "apim-ts/harness";

const URL = "https://lookup.example/item";

/** A gateway that calls `service` and describes the stored response in the variable "stored"; on-error reports LastError in a header. */
function lookup(service: MockHandler | undefined, ignoreError = false) {
  return createGateway({
    services: service ? { [URL]: service } : {},
    policies: {
      operation: policy({
        inbound: [
          sendRequest({ responseVariableName: "r", url: URL, method: "GET", ignoreError }),
          setVariable("stored", (c) => {
            const r = c.Variables.GetValueOrDefault<Response>("r");
            if (r == null) return "null";
            return `${r.StatusCode} ${r.StatusReason} ${r.Headers.GetValueOrDefault("X-Id", "-")} ${r.Body == null ? "no body" : r.Body.As<string>()}`;
          }),
        ],
        onError: [
          setHeader(
            "X-Error",
            (c) => `${c.LastError.Source}|${c.LastError.Reason}|${c.LastError.Message}`,
          ),
        ],
      }),
    },
  });
}

const stored = (result: { variables: Readonly<Record<string, { value: unknown } | undefined>> }) =>
  result.variables.stored?.value;

describe("send-request's stored response", () => {
  it("holds the service's status, reason, headers and body", async () => {
    const result = await lookup(() => ({
      status: 202,
      reason: "Queued",
      headers: { "X-Id": "9" },
      body: "later",
    })).send();
    expect(stored(result)).toBe("202 Queued 9 later");
    expect(result.logText).toContain("send-request GET https://lookup.example/item");
    expect(result.logText).toContain("send-request: r = 202");
  });

  it("a bare answer is 200 with the usual phrase and a null Body", async () => {
    // 200: the service mock's default (MockResponse.status); the phrase: project's choice
    // (docs/project-choices.md, Statuses); a null Body for an answer without one (message-body.ts).
    const result = await lookup(() => ({})).send();
    expect(stored(result)).toBe("200 OK - no body");
  });
});

describe("send-request failures", () => {
  // Reason SendRequestFailure, status 500 and the messages: project's choice
  // (docs/project-choices.md, Reasons and Statuses): the predefined errors name only Timeout.
  it("no service mock for the URL: an error naming the URL", async () => {
    const result = await lookup(undefined).send();
    expect(result.status).toBe(500);
    expect(result.header("X-Error")).toBe(
      `send-request|SendRequestFailure|No service mock is configured for ${URL}`,
    );
  });

  it("a service that throws or rejects: an error with its message", async () => {
    const thrown = await lookup(() => {
      throw new Error("connection reset");
    }).send();
    expect(thrown.header("X-Error")).toBe("send-request|SendRequestFailure|connection reset");
    const text = await lookup(() => Promise.reject("timed out upstream")).send();
    expect(text.header("X-Error")).toBe("send-request|SendRequestFailure|timed out upstream");
    expect(text.status).toBe(500);
  });

  it("with ignore-error: the variable holds null, the request goes on, the log says why", async () => {
    const missing = await lookup(undefined, true).send();
    expect([missing.status, stored(missing), missing.lastError]).toEqual([200, "null", null]);
    expect(missing.logText).toContain(
      `send-request failed (No service mock is configured for ${URL}); ignore-error: r = null`,
    );
    const thrown = await lookup(() => {
      throw new Error("down");
    }, true).send();
    expect(stored(thrown)).toBe("null");
    expect(thrown.variables.r).toEqual({ type: "IResponse", value: null });
  });
});

describe("a child that fails while shaping the request", () => {
  // LastError: Source "Names the element where the error occurred", Path "Specifies nested
  // policy" (Error handling in API Management policies).
  it("ends send-request and send-one-way-request before any call, at their path", async () => {
    const failingHeader = setHeader("X-Bad", () =>
      Convert.ToBase64String(Convert.FromBase64String("%%%")),
    );
    const calls: string[] = [];
    const result = await createGateway({
      services: { [URL]: (request) => (calls.push(request.url), {}) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "r",
              url: URL,
              method: "GET",
              headers: [failingHeader],
            }),
          ],
        }),
      },
    }).send();
    expect(result.lastError).toMatchObject({ Source: "set-header", Path: "send-request[1]" });
    expect([result.serviceCalls.length, result.variables.r, calls]).toEqual([0, undefined, []]);
    const oneWay = await createGateway({
      services: { [URL]: (request) => (calls.push(request.url), {}) },
      policies: {
        operation: policy({
          inbound: [sendOneWayRequest({ url: URL, method: "POST", headers: [failingHeader] })],
        }),
      },
    }).send();
    expect(oneWay.lastError).toMatchObject({
      Source: "set-header",
      Path: "send-one-way-request[1]",
    });
    expect([oneWay.oneWayRequests.length, calls]).toEqual([0, []]);
  });
});
