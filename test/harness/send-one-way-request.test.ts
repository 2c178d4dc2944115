// send-one-way-request (send-one-way-request-policy.md): the request is built like send-request's,
// reaches the service mock for its URL, and the policy goes on without its response; the result's
// oneWayRequests record it (with the timeout and whether a mock received it).
import { describe, expect, it } from "vitest";
import {
  authenticationCertificate,
  base,
  choose,
  csharp,
  policy,
  sendOneWayRequest,
  setBody,
  setHeader,
  when,
  type InboundStatement,
} from "apim-ts";
import { createGateway, type OutgoingRequest } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

const HOOK = "https://hooks.example.net/alert";

function gatewayWith(inbound: InboundStatement[], seen: OutgoingRequest[] = []) {
  return createGateway({
    services: {
      [HOOK]: (request) => {
        seen.push(request);
        return { status: 500, body: "ignored" };
      },
    },
    policies: { operation: policy({ inbound, backend: [base()] }) },
  });
}

describe("send-one-way-request", () => {
  it("mode new: set-url, set-method, set-header and set-body reach the service; its 500 is ignored", async () => {
    const seen: OutgoingRequest[] = [];
    const result = await gatewayWith(
      [
        sendOneWayRequest({
          mode: "new",
          timeout: 20,
          url: HOOK,
          method: "POST",
          headers: [setHeader("X-Source", "apim")],
          body: setBody((context) => `${context.Request.Method} ${context.Request.Url.Path}`),
        }),
      ],
      seen,
    ).send({ url: "/orders" });
    expect(result.status).toBe(200);
    expect(result.backendCalls).toHaveLength(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: HOOK, body: "GET /orders" });
    expect(seen[0]!.headers["X-Source"]).toEqual(["apim"]);
    expect(result.oneWayRequests).toHaveLength(1);
    expect(result.oneWayRequests[0]).toMatchObject({ timeoutSeconds: 20, delivered: true });
    expect(result.oneWayRequests[0]!.location.section).toBe("inbound");
    // Not a send-request call: nothing lands in serviceCalls or a variable.
    expect(result.serviceCalls).toEqual([]);
  });

  it("timeout defaults to 60 seconds and accepts an expression; mode accepts an expression", async () => {
    const result = await gatewayWith([
      sendOneWayRequest({ url: HOOK, method: "GET" }),
      sendOneWayRequest({
        mode: (context) => (context.Request.Method === "GET" ? "new" : "copy"),
        timeout: (context) => context.Request.Url.Port,
        url: HOOK,
        method: "GET",
      }),
    ]).send();
    expect(result.oneWayRequests.map((call) => call.timeoutSeconds)).toEqual([60, 443]);
  });

  it("mode copy copies the current request's method, URL, headers and body", async () => {
    const seen: OutgoingRequest[] = [];
    await gatewayWith([sendOneWayRequest({ mode: "copy", url: HOOK })], seen).send({
      method: "PUT",
      url: "/items/1",
      headers: { "X-Trace": "t1" },
      body: "payload",
    });
    expect(seen[0]).toMatchObject({ method: "PUT", url: HOOK, body: "payload" });
    expect(seen[0]!.headers["X-Trace"]).toEqual(["t1"]);
  });

  it("in outbound, mode copy does not initialize the request body (Attributes: mode)", async () => {
    const seen: OutgoingRequest[] = [];
    await createGateway({
      services: { [HOOK]: (request) => (seen.push(request), {}) },
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [sendOneWayRequest({ mode: "copy", url: HOOK })],
        }),
      },
    }).send({ method: "POST", body: "payload" });
    expect(seen[0]!.body).toBe("");
    expect(seen[0]!.method).toBe("POST");
  });

  it("the page's example: a Slack alert when the response status is 500 or more", async () => {
    const seen: OutgoingRequest[] = [];
    const gateway = (status: number) =>
      createGateway({
        backend: () => ({ status }),
        services: { "https://hooks.slack.com/": (request) => (seen.push(request), {}) },
        policies: {
          operation: policy({
            backend: [base()],
            outbound: [
              choose(
                when(
                  (context) => context.Response.StatusCode >= 500,
                  [
                    sendOneWayRequest({
                      mode: "new",
                      timeout: 20,
                      url: "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                      method: "POST",
                      body: setBody(
                        (context) =>
                          `${context.Request.Method} ${context.Request.Url.Path} ${context.Response.StatusCode}`,
                      ),
                    }),
                  ],
                ),
              ),
            ],
          }),
        },
      });
    await gateway(200).send();
    expect(seen).toHaveLength(0);
    const failed = await gateway(503).send({ url: "/x" });
    expect(failed.status).toBe(503);
    expect(seen.map((request) => request.body)).toEqual(["GET /x 503"]);
  });

  it("a URL without a service mock is recorded as not delivered and the request goes on", async () => {
    const result = await gatewayWith([
      sendOneWayRequest({ url: "https://nowhere.example/", method: "POST" }),
    ]).send();
    expect(result.status).toBe(200);
    expect(result.oneWayRequests[0]).toMatchObject({ delivered: false });
    expect(result.logText).toMatch(/not delivered/);
  });

  it("a service mock that throws or rejects does not affect the request (fire and forget)", async () => {
    const result = await createGateway({
      services: {
        "https://a.example/": () => {
          throw new Error("down");
        },
        "https://b.example/": () => Promise.reject(new Error("down")),
      },
      policies: {
        operation: policy({
          inbound: [
            sendOneWayRequest({ url: "https://a.example/", method: "POST" }),
            sendOneWayRequest({ url: "https://b.example/", method: "POST" }),
          ],
          backend: [base()],
        }),
      },
    }).send();
    expect(result.status).toBe(200);
    expect(result.lastError).toBeNull();
    expect(result.oneWayRequests).toHaveLength(2);
  });

  it("presents authentication-certificate to the service (Elements)", async () => {
    const seen: OutgoingRequest[] = [];
    const result = await createGateway({
      deployment: { certificates: [certs.unprotectedApi] },
      services: { [HOOK]: (request) => (seen.push(request), {}) },
      policies: {
        operation: policy({
          inbound: [
            sendOneWayRequest({
              url: HOOK,
              method: "POST",
              authenticationCertificate: authenticationCertificate({
                thumbprint: certs.unprotectedApi.thumbprint,
              }),
            }),
          ],
          backend: [base()],
        }),
      },
    }).send();
    expect(seen[0]!.clientCertificate?.thumbprint).toBe(certs.unprotectedApi.thumbprint);
    expect(result.oneWayRequests[0]!.request.clientCertificate?.thumbprint).toBe(
      certs.unprotectedApi.thumbprint,
    );
  });

  it("refuses a mode expression that gives neither new nor copy", async () => {
    const gateway = gatewayWith([
      sendOneWayRequest({
        mode: csharp('@("move")', () => "move" as "new"),
        url: HOOK,
        method: "POST",
      }),
    ]);
    await expect(gateway.send()).rejects.toThrow(/neither 'new' nor 'copy'/);
  });

  // Attributes: timeout "The timeout interval in seconds before the call to the URL fails" (default
  // 60); Elements: set-url and set-method "No if mode=copy; otherwise yes". What APIM does with a
  // timeout below 1 second the page does not say: refused.
  it("refuses a timeout below 1 second and mode new without set-method; 1 second is fine", async () => {
    const zero = gatewayWith([
      sendOneWayRequest({ url: HOOK, method: "POST", timeout: (c) => c.Request.Url.Port - 443 }),
    ]);
    const one = gatewayWith([
      sendOneWayRequest({ url: HOOK, method: "POST", timeout: (c) => c.Request.Url.Port - 442 }),
    ]);
    await expect(zero.send()).rejects.toThrow(
      "send-one-way-request timeout: 0 is not a positive number of seconds; the page does not say what APIM does",
    );
    expect((await one.send()).oneWayRequests[0]!.timeoutSeconds).toBe(1);
    await expect(
      gatewayWith([
        sendOneWayRequest({
          mode: (c) => (c.Request.Method === "GET" ? "new" : "copy"),
          url: HOOK,
        }),
      ]).send(),
    ).rejects.toThrow(
      "send-one-way-request: mode 'new' needs set-url and set-method (the page's Elements table)",
    );
    await expect(
      gatewayWith([
        sendOneWayRequest({
          url: (c) => c.Request.Headers.GetValueOrDefault("X-Hook", ""),
          method: "POST",
        }),
      ]).send(),
    ).rejects.toThrow(
      "send-one-way-request set-url: the URL is empty; the page does not say what APIM does",
    );
  });

  it("records where it ran, and the log says the call was not waited for", async () => {
    const result = await gatewayWith([
      choose(
        when((c) => c.Request.Method === "GET", [sendOneWayRequest({ url: HOOK, method: "PUT" })]),
      ),
    ]).send();
    expect(result.oneWayRequests[0]!.location).toEqual({
      scope: "operation",
      section: "inbound",
      path: ["choose[1]", "when[1]"],
    });
    expect(result.logText).toContain(`send-one-way-request PUT ${HOOK} (not waited for)`);
    const undelivered = await gatewayWith([
      sendOneWayRequest({ url: "https://nowhere.example/", method: "POST" }),
    ]).send();
    expect(undelivered.logText).toContain(
      "send-one-way-request POST https://nowhere.example/: no service mock for the URL; recorded, not delivered",
    );
  });
});
