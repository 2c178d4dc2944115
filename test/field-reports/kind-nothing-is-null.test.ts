// Kind 1 of issue 14 (field report 08): where the service has "nothing" rather than "empty", an
// expression sees null, and reading through it fails the policy as in the service. Each case names
// its source.
import { describe, expect, it } from "vitest";
import {
  base,
  policy,
  returnResponse,
  sendRequest,
  setBody,
  setHeader,
  type Response,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

const seen = (
  result: { backendCalls: readonly { headers: Readonly<Record<string, string[]>> }[] },
  name: string,
) => result.backendCalls[0]!.headers[name];

describe("nothing is null, not empty", () => {
  // RFC 9112 §6.3: a request without Content-Length or Transfer-Encoding has a zero-length body, so
  // an empty body is no body on the wire: context.Request.Body is null (azure-docs#30657).
  it("a POST with an empty body has a null Body, like a GET", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            base(),
            setHeader("X-Body", (c) => (c.Request.Body == null ? "null" : "present")),
          ],
          backend: [base()],
        }),
      },
    });
    expect(seen(await apim.send({ method: "POST", body: "" }), "X-Body")).toEqual(["null"]);
    expect(seen(await apim.send({ method: "POST", body: "x" }), "X-Body")).toEqual(["present"]);
  });

  // azure-docs#30657 applies to every IMessageBody: a backend answer without a body gives
  // context.Response.Body null in outbound, and reading it fails with ExpressionValueEvaluationFailure.
  it("a backend answer without a body: context.Response.Body is null and reading it fails", async () => {
    const probe = createGateway({
      backend: () => ({ status: 204 }),
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [setHeader("X-Body", (c) => (c.Response.Body == null ? "null" : "present"))],
        }),
      },
    });
    expect((await probe.send()).header("X-Body")).toBe("null");
    const reader = createGateway({
      backend: () => ({ status: 204 }),
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [setHeader("X-Length", (c) => `${c.Response.Body!.As(true).length}`)],
        }),
      },
    });
    const result = await reader.send();
    expect(result.status).toBe(500);
    expect(result.lastError).toMatchObject({
      Source: "set-header",
      Section: "outbound",
      Reason: "ExpressionValueEvaluationFailure",
    });
  });

  // The same for the IResponse send-request stores (send-request reference: response-variable-name
  // holds the response; azure-docs#30657 for its Body).
  it("a send-request answer without a body: the stored response's Body is null", async () => {
    const apim = createGateway({
      services: { "https://lookup.example": () => ({ status: 200 }) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "lookup",
              url: "https://lookup.example/x",
              method: "GET",
            }),
            setHeader("X-Body", (c) =>
              c.Variables.GetValueOrDefault<Response>("lookup")!.Body == null ? "null" : "present",
            ),
          ],
          backend: [base()],
        }),
      },
    });
    expect(seen(await apim.send(), "X-Body")).toEqual(["null"]);
  });

  // set-body gives a message without a body one (set-body reference: it sets the message body).
  it("set-body on a GET makes the body readable", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            base(),
            setBody("filled"),
            setHeader("X-Body", (c) => c.Request.Body!.As(true)),
          ],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    expect(seen(result, "X-Body")).toEqual(["filled"]);
    expect(result.backendCalls[0]!.body).toBe("filled");
  });

  // Error handling reference, "LastError": the error "can be accessed by policies in the on-error
  // section"; before any error context.LastError is null and reading through it throws.
  it("context.LastError outside on-error is null; reading its Message fails", async () => {
    const probe = createGateway({
      policies: {
        operation: policy({
          inbound: [
            returnResponse([
              setHeader("X-Error", (c) => (c.LastError == null ? "none" : c.LastError.Reason)),
            ]),
          ],
        }),
      },
    });
    expect((await probe.send()).header("X-Error")).toBe("none");
    const reader = createGateway({
      policies: {
        operation: policy({
          inbound: [returnResponse([setHeader("X-Error", (c) => c.LastError.Message)])],
        }),
      },
    });
    const result = await reader.send();
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
  });

  // Mutual-certificates-for-clients article: the examples test `context.Request.Certificate == null`;
  // without a certificate, reading its Thumbprint throws.
  it("a missing client certificate is null; reading its Thumbprint fails", async () => {
    const apim = createGateway({
      deployment: { negotiateClientCertificate: true },
      policies: {
        operation: policy({
          inbound: [
            returnResponse([setHeader("X-Thumbprint", (c) => c.Request.Certificate!.Thumbprint)]),
          ],
        }),
      },
    });
    const result = await apim.send();
    expect(result.status).toBe(500);
    expect(result.lastError).toMatchObject({
      Source: "set-header",
      Reason: "ExpressionValueEvaluationFailure",
    });
  });
});
