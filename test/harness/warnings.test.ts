// The build's warnings for the traps a newcomer falls into, exposed as `gateway.warnings`: an
// operation or API backend section that neither forwards nor holds <base/> (APIM2007) and a
// section without <base/> below the global scope (APIM2008). They never stop a request.
import { describe, expect, it } from "vitest";
import { base, forwardRequest, policy, setHeader } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const codes = (gateway: { warnings: readonly { code: string; message: string }[] }) =>
  gateway.warnings.map((w) => `${w.code} ${w.message}`);

describe("newcomer warnings", () => {
  // forward-request-policy.md: without forward-request the request is not forwarded to the
  // backend; only the global scope holds it by default, so an operation policy whose backend
  // section is empty (policy() writes an omitted section empty) never reaches the backend.
  it("an operation policy with only an inbound section never reaches the backend", async () => {
    const apim = createGateway({
      policies: { operation: policy({ inbound: [base(), setHeader("X-A", "1")] }) },
    });
    expect(codes(apim)).toEqual([
      "APIM2007 the operation policy's backend section neither forwards the request nor holds <base/>, so requests never reach the backend",
      "APIM2008 the operation policy's outbound section has no <base/>, so the API, product, workspace and global scopes' outbound policies do not run for it",
      "APIM2008 the operation policy's on-error section has no <base/>, so the API, product, workspace and global scopes' on-error policies do not run for it",
    ]);
    expect(await apim.send()).not.toHaveReachedBackend();
  });

  it("no warning when every section holds <base/>", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [base()],
          backend: [base()],
          outbound: [base()],
          onError: [base()],
        }),
      },
    });
    expect(apim.warnings).toEqual([]);
    expect(await apim.send()).toHaveReachedBackend();
  });

  // api-management-howto-policies.md: the global scope has no parent, so it needs no <base/>.
  it("the global scope needs no <base/>; a product's backend is not an API's", () => {
    const apim = createGateway({
      policies: {
        global: policy({ backend: [forwardRequest()] }),
        product: policy({ inbound: [base()], backend: [], outbound: [base()], onError: [base()] }),
        api: policy({
          inbound: [base()],
          backend: [forwardRequest()],
          outbound: [base()],
          onError: [base()],
        }),
      },
    });
    expect(apim.warnings.map((w) => w.code)).toEqual(["APIM2008", "APIM2008"]);
    expect(apim.warnings.map((w) => w.message.split(" section")[0])).toEqual([
      "the product policy's backend",
      "the api policy's backend",
    ]);
  });
});
