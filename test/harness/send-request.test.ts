// send-request: calls a service mock, stores the IResponse (return-response can start from it),
// ignore-error, and the certificate presented to the service.
import { describe, expect, it } from "vitest";
import {
  authenticationCertificate,
  base,
  csharp,
  policy,
  returnResponse,
  sendRequest,
  setBody,
  setHeader,
  setStatus,
} from "apim-ts";
import { createGateway, type OutgoingRequest } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";
import { nullHeaderText } from "../support/null-text.ts";

describe("send-request", () => {
  it("calls the service mock, stores the IResponse, and return-response can start from it", async () => {
    const result = await createGateway({
      services: {
        "https://token.example": (request) => ({
          status: 201,
          headers: { "X-Token": "t-" + request.headers["X-Caller"]![0] },
          body: "token-body",
        }),
      },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "tokenResponse",
              url: "https://token.example/issue",
              method: "POST",
              headers: [setHeader("X-Caller", (c) => c.Request.IpAddress)],
              body: setBody("request-body"),
            }),
            returnResponse([setStatus(200)], { responseVariableName: "tokenResponse" }),
          ],
        }),
      },
    }).send({ ipAddress: "192.0.2.1" });
    expect(result.serviceCalls[0]).toMatchObject({
      method: "POST",
      url: "https://token.example/issue",
      body: "request-body",
      headers: { "X-Caller": ["192.0.2.1"] },
    });
    expect(result.status).toBe(200);
    expect(result.header("X-Token")).toBe("t-192.0.2.1");
    expect(result.body).toBe("token-body");
  });

  it("without a matching service: an error, or null with ignore-error", async () => {
    const failing = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "r",
              url: "https://nowhere.example",
              method: "GET",
            }),
          ],
        }),
      },
    }).send();
    // Project's choice (docs/project-choices.md, Reasons and Statuses): Microsoft documents only Timeout for send-request.
    expect(failing).toBeRejectedWith(500, "SendRequestFailure");
    const ignored = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "r",
              url: "https://nowhere.example",
              method: "GET",
              ignoreError: true,
            }),
          ],
        }),
      },
    }).send();
    expect(ignored.variables.r).toEqual({ type: "IResponse", value: null });
    expect(ignored.status).toBe(200);
  });

  it("presents authentication-certificate to the service", async () => {
    const result = await createGateway({
      deployment: { certificates: [certs.unprotectedApi] },
      services: { "https://protected.example": () => ({}) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "r",
              url: "https://protected.example",
              method: "GET",
              authenticationCertificate: authenticationCertificate({
                thumbprint: certs.unprotectedApi.thumbprint,
              }),
            }),
          ],
        }),
      },
    }).send();
    expect(result.serviceCalls[0]!.clientCertificate?.thumbprint).toBe(
      certs.unprotectedApi.thumbprint,
    );
  });

  // send-request-policy.md, Attributes: mode "Determines whether this is a new request or a copy of
  // the current request. In outbound mode, mode=copy does not initialize the request body."
  it("mode copy copies the current request's method, URL, headers and body; in outbound not the body", async () => {
    const seen: OutgoingRequest[] = [];
    const gateway = createGateway({
      services: { "https://copy.example": (request) => (seen.push(request), {}) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              mode: "copy",
              responseVariableName: "in",
              url: "https://copy.example/in",
            }),
          ],
          backend: [base()],
          outbound: [
            sendRequest({
              mode: (c) => (c.Request.Method === "PUT" ? "copy" : "new"),
              responseVariableName: "out",
              url: "https://copy.example/out",
            }),
          ],
        }),
      },
    });
    const result = await gateway.send({
      method: "PUT",
      url: "/items/1",
      headers: { "X-Trace": "t1" },
      body: "payload",
    });
    expect(seen.map((request) => [request.method, request.url, request.body])).toEqual([
      ["PUT", "https://copy.example/in", "payload"],
      ["PUT", "https://copy.example/out", ""],
    ]);
    expect(seen.map((request) => request.headers["X-Trace"])).toEqual([["t1"], ["t1"]]);
    expect(result.variables.out?.type).toBe("IResponse");
  });

  it("refuses a missing or bad set-method, and what the page leaves open: a mode that is neither new nor copy, a null or empty set-url", async () => {
    const run = (options: Partial<Parameters<typeof sendRequest>[0]>) =>
      createGateway({
        services: { "https://copy.example": () => ({}) },
        policies: {
          operation: policy({
            inbound: [
              sendRequest({
                responseVariableName: "r",
                url: "https://copy.example",
                method: "GET",
                ...options,
              }),
            ],
          }),
        },
      }).send();
    await expect(run({ mode: csharp('@("move")', () => "move" as "new") })).rejects.toThrow(
      "send-request mode: 'move' is neither 'new' nor 'copy'; the page does not say what APIM does",
    );
    // send-request-policy.md, Elements: set-method "No if mode=copy; otherwise yes". A literal
    // mode is checked by the builder; a mode expression giving "new" only when the policy runs.
    expect(() => sendRequest({ responseVariableName: "r", url: "https://copy.example" })).toThrow(
      "send-request method (set-method) is required unless mode is 'copy'",
    );
    await expect(
      run({ mode: (c) => (c.Request.Method === "GET" ? "new" : "copy"), method: undefined }),
    ).rejects.toThrow("send-request: mode 'new' needs set-method");
    expect(() =>
      sendRequest({ responseVariableName: "r", url: "https://copy.example", method: "GE T" }),
    ).toThrow("send-request set-method 'GE T' is not an HTTP method");
    await expect(run({ url: nullHeaderText })).rejects.toThrow(
      "send-request set-url: the expression gave null; send-request-policy.md does not say what APIM does then",
    );
    await expect(
      run({ url: (c) => c.Request.Headers.GetValueOrDefault("X-Url", "") }),
    ).rejects.toThrow(
      "send-request set-url: the URL is empty; the page does not say what APIM does",
    );
  });
});
