// Source: Azure/api-management-samples#21 "Client certificate authentication".
// Real APIM (the reporter's observations): an inbound policy that first rejects a certificate whose
// Issuer is not the expected CA ("CN=<ca name>", .NET's X509Certificate2.Issuer format) and then
// rejects one whose Thumbprint is not among context.Deployment.Certificates (the certificates uploaded
// on the "Client certificates" tab):
//   1. before the client certificate is uploaded -> 403 from the SECOND check;
//   2. after uploading it -> the backend answers.
// (The report's step 5, a removed certificate still accepted for a while, is propagation/caching of
// the service configuration: out of scope for a per-request simulation.)
// Expected: unregistered but correctly issued certificate -> 403 "Certificate not registered";
// registered -> 200 from the backend; no certificate -> 403 "Wrong issuer".
// Adapted to apim-ts (expected values unchanged): the host name negotiates the client certificate
// (negotiateClientCertificate, off by default since 2021: field report 09).
import { describe, expect, it } from "vitest";
import { base, choose, policy, returnResponse, setStatus, when } from "apim-ts";
import { certs } from "apim-ts/certificates";
import { createGateway } from "apim-ts/harness";

const EXPECTED_ISSUER = "CN=APIM Sample DEV Intermediate CA";

const document = policy({
  inbound: [
    base(),
    choose(
      when(
        (context) =>
          context.Request.Certificate == null ||
          context.Request.Certificate.Issuer !== EXPECTED_ISSUER,
        [returnResponse([setStatus(403, "Wrong issuer")])],
      ),
      when(
        (context) =>
          !context.Deployment.Certificates.Any(
            (c) => c.Value.Thumbprint === context.Request.Certificate!.Thumbprint,
          ),
        [returnResponse([setStatus(403, "Certificate not registered")])],
      ),
    ),
  ],
  backend: [base()],
});

const gateway = (uploaded: (typeof certs.validClient)[]) =>
  createGateway({
    clock: { instant: "2026-06-15T08:00:00Z" },
    policies: { operation: document },
    deployment: { negotiateClientCertificate: true, certificates: uploaded },
  });

describe("issuer + Deployment.Certificates check (api-management-samples#21)", () => {
  it("a correctly issued certificate that is not uploaded fails the second check", async () => {
    const result = await gateway([]).send({ clientCertificate: certs.validClient });
    expect(result.status).toBe(403);
    expect(result.reason).toBe("Certificate not registered");
    expect(result.backendCalls).toHaveLength(0);
  });

  it("after uploading it the backend answers", async () => {
    const result = await gateway([certs.validClient]).send({
      clientCertificate: certs.validClient,
    });
    expect(result.status).toBe(200);
    expect(result.backendCalls).toHaveLength(1);
  });

  it("no certificate at all fails the first check", async () => {
    const result = await gateway([certs.validClient]).send();
    expect(result.reason).toBe("Wrong issuer");
  });

  it("a certificate from another intermediate fails the issuer check", async () => {
    const result = await gateway([certs.untrustedClient]).send({
      clientCertificate: certs.untrustedClient,
    });
    expect(result.reason).toBe("Wrong issuer");
  });

  it("a thumbprint literal written in lower case never matches (Thumbprint is upper-case hex)", async () => {
    const lower = createGateway({
      deployment: { negotiateClientCertificate: true },
      policies: {
        operation: policy({
          inbound: [
            choose(
              when(
                (context) =>
                  context.Request.Certificate!.Thumbprint ===
                  "b5a6af7e10839feeb610b8b6dbfc0f6f380a40e9",
                [returnResponse([setStatus(200, "matched")])],
              ),
              when(
                (context) =>
                  context.Request.Certificate!.Thumbprint ===
                  "B5A6AF7E10839FEEB610B8B6DBFC0F6F380A40E9",
                [returnResponse([setStatus(200, "matched upper")])],
              ),
            ),
          ],
        }),
      },
    });
    const result = await lower.send({ clientCertificate: certs.validClient });
    expect(result.reason).toBe("matched upper");
    expect(certs.validClient.thumbprint).toMatch(/^[0-9A-F]{40}$/);
  });
});
