// check-header: missing header or a value outside the list fails with failed-check-httpcode and
// the message in a JSON body; ignore-case decides how values compare.
import { describe, expect, it } from "vitest";
import { base, checkHeader, policy } from "apim-ts";
import { createGateway } from "apim-ts/harness";

function gateway(ignoreCase: boolean, values: string[] = ["alpha", "beta"]) {
  return createGateway({
    policies: {
      operation: policy({
        inbound: [
          checkHeader({
            name: "X-Tenant",
            failedCheckHttpCode: 403,
            failedCheckErrorMessage: "Tenant not allowed",
            ignoreCase,
            values,
          }),
        ],
        backend: [base()],
      }),
    },
  });
}

describe("check-header", () => {
  it("passes with an allowed value (header name matched case-insensitively)", async () => {
    expect(await gateway(false).send({ headers: { "x-tenant": "beta" } })).toHaveReachedBackend();
  });

  it("fails with its status and message when the header is missing", async () => {
    const result = await gateway(false).send();
    // Reason: Microsoft, "Error handling in API Management policies", Predefined errors for policies (check-header: HeaderNotFound); 403 is the
    // configured failed-check-httpcode (check-header policy reference). The body shape is the project's
    // choice; LastError.Message is contradicted by field report 10 (fixed on branch field-reports, docs/project-choices.md).
    expect(result).toBeRejectedWith(403, "HeaderNotFound");
    expect(JSON.parse(result.body)).toEqual({ statusCode: 403, message: "Tenant not allowed" });
    // LastError carries APIM's predefined text, not the configured message (error-handling
    // reference, "Predefined errors for policies"; field report 10).
    expect(result.lastError).toMatchObject({
      Source: "check-header",
      Message: "Header X-Tenant was not found in the request. Access denied.",
    });
  });

  it("compares values case-sensitively unless ignore-case", async () => {
    expect(await gateway(false).send({ headers: { "X-Tenant": "ALPHA" } })).toBeRejectedWith(
      403,
      "HeaderValueNotAllowed",
    );
    expect(await gateway(true).send({ headers: { "X-Tenant": "ALPHA" } })).toRespondWith(200);
  });

  it("without values only requires presence", async () => {
    expect(await gateway(false, []).send({ headers: { "X-Tenant": "anything" } })).toRespondWith(
      200,
    );
  });
});
