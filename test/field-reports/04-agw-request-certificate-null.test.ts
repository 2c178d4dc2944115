// Source: Stack Overflow question 57372611 "Client certificate is not being passed on by Azure
// Application Gateway" (mirrored at https://stackguides.com/questions/57372611/...), and the note
// added to the APIM client-certificate article by MicrosoftDocs/azure-docs PR #113636.
// Real APIM: behind an Application Gateway the gateway terminates TLS and opens its own connection to
// APIM, so the caller's certificate never reaches APIM's TLS layer: context.Request.Certificate is
// null (the asker's trace shows `context.Request.Certificate == null` evaluated to true) and the
// policy's first branch answers 403, although the client did present a valid certificate.
// Expected: through the gateway's mTLS listener with a valid client certificate -> APIM answers 403
// "No client certificate"; calling APIM directly with the same certificate -> backend reached.
// Adapted to apim-ts (expected values unchanged): APIM's host name negotiates client certificates
// (negotiateClientCertificate, off by default since 2021: field report 09), so the direct call
// shows the certificate and the gateway path shows that only the Application Gateway hides it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { base, choose, policy, returnResponse, setStatus, when } from "apim-ts";
import { certs, committedCertsDir } from "apim-ts/certificates";
import { createGateway } from "apim-ts/harness";
import { createApplicationGateway, seedApplicationGateway, SEED_MTLS_PORT } from "apim-ts/appgw";

const certificateCheck = policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => context.Request.Certificate == null,
        [returnResponse([setStatus(403, "No client certificate")])],
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

function topology() {
  const apim = createGateway({
    clock: { instant: "2026-06-15T08:00:00Z" },
    policies: { operation: certificateCheck },
    deployment: {
      negotiateClientCertificate: true,
      certificates: [certs.validClient],
      caCertificates: [certs.rootCa, certs.devIntermediateCa],
    },
  });
  const agw = createApplicationGateway(
    seedApplicationGateway({
      apiManagementFqdn: apim.host,
      trustedClientCertificateData: readFileSync(
        join(committedCertsDir, "dev-intermediate-ca-with-root-ca.cer"),
        "utf8",
      ),
    }),
    { backends: [apim] },
  );
  return { apim, agw };
}

describe("context.Request.Certificate behind Application Gateway (SO 57372611)", () => {
  it("is null in APIM even though the client presented a valid certificate to the gateway", async () => {
    const { agw } = topology();
    const result = await agw.send({
      url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/orders`,
      clientCertificate: certs.validClient,
    });
    expect(result.answeredBy).toBe("backend");
    expect(result.status).toBe(403);
    expect(result.reason).toBe("No client certificate");
  });

  it("the same policy lets the certificate through when the client calls APIM directly", async () => {
    const { apim } = topology();
    const result = await apim.send({ url: "/orders", clientCertificate: certs.validClient });
    expect(result.status).toBe(200);
    expect(result.backendCalls).toHaveLength(1);
  });

  it("bad input: a client certificate given to APIM as garbage text is reported clearly", async () => {
    const { apim } = topology();
    await expect(
      apim.send({ url: "/orders", clientCertificate: "not a certificate" }),
    ).rejects.toThrow();
  });
});
