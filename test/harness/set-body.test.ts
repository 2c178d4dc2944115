// set-body: replaces the body of the message in scope (request inbound, response outbound),
// from a literal or an expression; reading a body without preserveContent consumes it.
import { describe, expect, it } from "vitest";
import { base, policy, setBody, setStatus } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

describe("set-body", () => {
  it("replaces the request body in inbound", async () => {
    const result = await createGateway({
      policies: { operation: policy({ inbound: [setBody("replaced")], backend: [base()] }) },
    }).send({
      method: "POST",
      body: "original",
    });
    expect(result.backendCalls[0]!.body).toBe("replaced");
  });

  it("replaces the response body in outbound, from an expression over the backend's body", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [setBody((c) => "wrapped:" + c.Response.Body!.As(true))],
        }),
      },
      backend: () => ({ body: "payload" }),
    }).send();
    expect(result.body).toBe("wrapped:payload");
  });

  it("reading the response body without preserveContent empties what the caller gets", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [setStatus((c) => (c.Response.Body!.As().length > 0 ? 299 : 298))],
        }),
      },
      backend: () => ({ body: "payload" }),
    }).send();
    expect(result.status).toBe(299);
    expect(result.body).toBe("");
  });

  it("logs the length of the new body, for text and for a Liquid template", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            setBody("replaced"),
            setBody("{{context.Request.Method}}", { template: "liquid" }),
          ],
          backend: [base()],
        }),
      },
    }).send({ method: "POST", body: "original" });
    expect(result.backendCalls[0]!.body).toBe("POST");
    expect(result.logText).toContain("set-body (8 characters)");
    expect(result.logText).toContain("set-body liquid (4 characters)");
  });

  it("refuses an expression giving null (the page does not say what APIM does)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [setBody(nullHeaderText)],
          backend: [base()],
        }),
      },
    });
    await expect(apim.send({ method: "POST", body: "original" })).rejects.toThrow(
      "set-body: the expression gave null; the reference page does not say what APIM does",
    );
  });
});

// The evaluation records name the slot (result.evaluations).
it("names the slot it evaluated: body", async () => {
  const result = await createGateway({
    policies: {
      operation: policy({ inbound: [setBody((c) => c.Request.Method)], backend: [base()] }),
    },
  }).send({ method: "POST", body: "x" });
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual(["set-body body"]);
  expect(result.backendCalls[0]!.body).toBe("POST");
});
