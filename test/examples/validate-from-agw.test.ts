// test/examples/validate-from-agw.test.ts
import { describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import { certs } from "apim-ts/certificates";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";

const apim = createGateway({
  policies: { operation: validateFromAgw },
  deployment: {
    tier: "Developer",
    certificates: [certs.validClient],
    caCertificates: [certs.rootCa, certs.devIntermediateCa],
  },
  namedValues: { "validate-certificate-chain": "true" },
  clock: { instant: "2026-06-15T08:00:00Z" },
});

const callWith = (certificate: { asAgwHeader(): string }) =>
  apim.send({ url: "/validate-from-agw", headers: { "X-Client-Certificate": certificate.asAgwHeader() } });

describe("validate-from-agw", () => {
  it("lets the registered client through", async () => {
    expect(await callWith(certs.validClient)).toHaveReachedBackend();
  });

  it("rejects an expired certificate before anything else", async () => {
    const response = await callWith(certs.expiredClient);
    expect(response).toBeRejectedWith(401, "ClientCertificateExpired", { variable: "clientCertificateValidationResult" });
    expect(response).toHaveTrace({ source: "validate-from-agw", severity: "error" });
  });

  it("rejects a certificate from another intermediate when the chain is checked", async () => {
    expect(await callWith(certs.untrustedClient)).toBeRejectedWith(401, "ClientCertificateNotTrusted", { variable: "clientCertificateValidationResult" });
  });
});
