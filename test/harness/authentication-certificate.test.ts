// authentication-certificate: the certificate APIM presents to the backend (by thumbprint or id),
// never the caller's; a missing certificate is an error.
import { describe, expect, it } from "vitest";
import { authenticationCertificate, base, policy } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

describe("authentication-certificate", () => {
  const deployment = {
    certificates: [{ id: "unprotected-api", certificate: certs.unprotectedApi }],
  };

  it("presents an uploaded certificate to the backend, by thumbprint or by id, not the caller's", async () => {
    for (const reference of [
      { thumbprint: certs.unprotectedApi.thumbprint },
      { certificateId: "unprotected-api" },
    ]) {
      const result = await createGateway({
        deployment,
        policies: {
          operation: policy({ inbound: [authenticationCertificate(reference)], backend: [base()] }),
        },
      }).send({
        clientCertificate: certs.validClient,
      });
      expect(result).toHaveReachedBackend({
        clientCertificateThumbprint: certs.unprotectedApi.thumbprint,
      });
    }
  });

  it("presents no certificate without the policy", async () => {
    const result = await createGateway({ deployment }).send({
      clientCertificate: certs.validClient,
    });
    expect(result).toHaveReachedBackend({ clientCertificateThumbprint: null });
  });

  it("fails when the certificate is not uploaded", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [authenticationCertificate({ thumbprint: "00" })],
          backend: [base()],
        }),
      },
    }).send();
    // Project's choice (docs/project-choices.md, Reasons and Statuses): no documented reason or status.
    expect(result).toBeRejectedWith(500, "CertificateNotFound");
  });
});
