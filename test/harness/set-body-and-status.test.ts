// set-body and set-status: the message of the section (request inbound, response outbound, the
// returned response in return-response), literal and expression bodies, default reason phrases.
import { describe, expect, it } from "vitest";
import { base, policy, returnResponse, setBody, setStatus } from "apim-ts";
import { createGateway } from "apim-ts/harness";

describe("set-body", () => {
  it("replaces the request body in inbound", async () => {
    const result = await createGateway({ policies: { operation: policy({ inbound: [setBody("replaced")], backend: [base()] }) } }).send({
      method: "POST",
      body: "original",
    });
    expect(result.backendCalls[0]!.body).toBe("replaced");
  });

  it("replaces the response body in outbound, from an expression over the backend's body", async () => {
    const result = await createGateway({
      policies: { operation: policy({ backend: [base()], outbound: [setBody((c) => "wrapped:" + c.Response.Body!.As(true))] }) },
      backend: () => ({ body: "payload" }),
    }).send();
    expect(result.body).toBe("wrapped:payload");
  });

  it("reading the response body without preserveContent empties what the caller gets", async () => {
    const result = await createGateway({
      policies: { operation: policy({ backend: [base()], outbound: [setStatus((c) => (c.Response.Body!.As().length > 0 ? 299 : 298))] }) },
      backend: () => ({ body: "payload" }),
    }).send();
    expect(result.status).toBe(299);
    expect(result.body).toBe("");
  });
});

describe("set-status", () => {
  it("sets code and reason; the reason defaults to the standard phrase", async () => {
    const explicit = await createGateway({ policies: { operation: policy({ inbound: [returnResponse([setStatus(418, "Teapot")])] }) } }).send();
    expect([explicit.status, explicit.reason]).toEqual([418, "Teapot"]);
    const standard = await createGateway({ policies: { operation: policy({ inbound: [returnResponse([setStatus(404)])] }) } }).send();
    expect([standard.status, standard.reason]).toEqual([404, "Not Found"]);
  });

  it("changes the backend's status in outbound", async () => {
    const result = await createGateway({
      policies: { operation: policy({ backend: [base()], outbound: [setStatus(202, "Accepted Later")] }) },
      backend: () => ({ status: 200 }),
    }).send();
    expect([result.status, result.reason]).toEqual([202, "Accepted Later"]);
  });
});
