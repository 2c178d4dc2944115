// forward-request, set-backend-service, authentication-certificate and send-request: what the
// backend and services receive (URL, headers, body, the certificate APIM presents) and what comes
// back (context.Response, response variables, return-response from a stored response).
import { describe, expect, it } from "vitest";
import {
  authenticationCertificate,
  base,
  forwardRequest,
  policy,
  returnResponse,
  sendRequest,
  setBackendService,
  setBody,
  setHeader,
  setStatus,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

describe("forward-request and set-backend-service", () => {
  it("forwards method, path after the API's, query, headers and body to the API's service URL", async () => {
    const result = await createGateway({
      api: { path: "orders", serviceUrl: "https://orders.internal/api" },
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send({ method: "PUT", url: "/orders/42?x=1", headers: { "X-A": "1" }, body: "{}" });
    expect(result).toHaveReachedBackend({ url: "https://orders.internal/api/42?x=1", method: "PUT", headers: { "x-a": "1" } });
    expect(result.backendCalls[0]!.body).toBe("{}");
  });

  it("routes to another base URL or a configured backend id", async () => {
    const byUrl = await createGateway({ policies: { operation: policy({ inbound: [setBackendService({ baseUrl: "https://other.example" })], backend: [base()] }) } }).send({ url: "/x" });
    expect(byUrl).toHaveReachedBackend({ url: "https://other.example/x" });
    const byId = await createGateway({
      backends: { reports: { url: "https://reports.example" } },
      policies: { operation: policy({ inbound: [setBackendService({ backendId: "reports" })], backend: [base()] }) },
    }).send({ url: "/y" });
    expect(byId).toHaveReachedBackend({ url: "https://reports.example/y" });
  });

  it("a throwing backend is a BackendConnectionFailure; fail-on-error-status-code turns 5xx into an error", async () => {
    const down = await createGateway({ backend: () => Promise.reject(new Error("refused")), policies: { operation: policy({ backend: [forwardRequest()] }) } }).send();
    expect(down).toBeRejectedWith(500, "BackendConnectionFailure");
    const failing = await createGateway({
      backend: () => ({ status: 503 }),
      policies: { operation: policy({ backend: [forwardRequest({ failOnErrorStatusCode: true })], onError: [setHeader("X-Source", (c) => c.LastError.Source)] }) },
    }).send();
    expect(failing.status).toBe(503);
    expect(failing.header("X-Source")).toBe("forward-request");
  });
});

describe("authentication-certificate", () => {
  const deployment = { certificates: [{ id: "unprotected-api", certificate: certs.unprotectedApi }] };

  it("presents an uploaded certificate to the backend, by thumbprint or by id, not the caller's", async () => {
    for (const reference of [{ thumbprint: certs.unprotectedApi.thumbprint }, { certificateId: "unprotected-api" }]) {
      const result = await createGateway({ deployment, policies: { operation: policy({ inbound: [authenticationCertificate(reference)], backend: [base()] }) } }).send({
        clientCertificate: certs.validClient,
      });
      expect(result).toHaveReachedBackend({ clientCertificateThumbprint: certs.unprotectedApi.thumbprint });
    }
  });

  it("presents no certificate without the policy", async () => {
    const result = await createGateway({ deployment }).send({ clientCertificate: certs.validClient });
    expect(result).toHaveReachedBackend({ clientCertificateThumbprint: null });
  });

  it("fails when the certificate is not uploaded", async () => {
    const result = await createGateway({ policies: { operation: policy({ inbound: [authenticationCertificate({ thumbprint: "00" })], backend: [base()] }) } }).send();
    expect(result).toBeRejectedWith(500, "CertificateNotFound");
  });
});

describe("send-request", () => {
  it("calls the service mock, stores the IResponse, and return-response can start from it", async () => {
    const result = await createGateway({
      services: {
        "https://token.example": (request) => ({ status: 201, headers: { "X-Token": "t-" + request.headers["X-Caller"]![0] }, body: "token-body" }),
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
    expect(result.serviceCalls[0]).toMatchObject({ method: "POST", url: "https://token.example/issue", body: "request-body", headers: { "X-Caller": ["192.0.2.1"] } });
    expect(result.status).toBe(200);
    expect(result.header("X-Token")).toBe("t-192.0.2.1");
    expect(result.body).toBe("token-body");
  });

  it("without a matching service: an error, or null with ignore-error", async () => {
    const failing = await createGateway({ policies: { operation: policy({ inbound: [sendRequest({ responseVariableName: "r", url: "https://nowhere.example" })] }) } }).send();
    expect(failing).toBeRejectedWith(500, "SendRequestFailure");
    const ignored = await createGateway({
      policies: { operation: policy({ inbound: [sendRequest({ responseVariableName: "r", url: "https://nowhere.example", ignoreError: true })] }) },
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
            sendRequest({ responseVariableName: "r", url: "https://protected.example", authenticationCertificate: authenticationCertificate({ thumbprint: certs.unprotectedApi.thumbprint }) }),
          ],
        }),
      },
    }).send();
    expect(result.serviceCalls[0]!.clientCertificate?.thumbprint).toBe(certs.unprotectedApi.thumbprint);
  });
});
