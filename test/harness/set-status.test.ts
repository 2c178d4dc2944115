// set-status: code and reason (default: the standard phrase) on the response in scope.
import { describe, expect, it } from "vitest";
import { base, policy, returnResponse, setStatus } from "apim-ts";
import { createGateway } from "apim-ts/harness";

describe("set-status", () => {
  it("sets code and reason; the reason defaults to the standard phrase", async () => {
    const explicit = await createGateway({
      policies: { operation: policy({ inbound: [returnResponse([setStatus(418, "Teapot")])] }) },
    }).send();
    expect([explicit.status, explicit.reason]).toEqual([418, "Teapot"]);
    const standard = await createGateway({
      policies: { operation: policy({ inbound: [returnResponse([setStatus(404)])] }) },
    }).send();
    expect([standard.status, standard.reason]).toEqual([404, "Not Found"]);
  });

  it("changes the backend's status in outbound", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({ backend: [base()], outbound: [setStatus(202, "Accepted Later")] }),
      },
      backend: () => ({ status: 200 }),
    }).send();
    expect([result.status, result.reason]).toEqual([202, "Accepted Later"]);
  });
});
