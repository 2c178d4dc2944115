// Kind 2 of issue 14 (field report 09): APIM only sees the caller's certificate when it asks for
// it. Source for every case: "How to secure APIs using client certificate authentication in API
// Management", Important boxes (negotiateClientCertificate per hostnameConfiguration, false by
// default; "Request client certificate" on Consumption).
import { describe, expect, it } from "vitest";
import { base, policy, setHeader, validateClientCertificate } from "apim-ts";
import { certs } from "apim-ts/certificates";
import { createGateway, type DeploymentOptions } from "apim-ts/harness";

function gateway(deployment: DeploymentOptions) {
  return createGateway({
    clock: { instant: "2026-06-15T08:00:00Z" },
    deployment,
    policies: {
      operation: policy({
        inbound: [
          base(),
          setHeader("X-Cert", (c) =>
            c.Request.Certificate == null ? "none" : c.Request.Certificate.Thumbprint,
          ),
        ],
        backend: [base()],
      }),
    },
  });
}

const seen = async (apim: ReturnType<typeof gateway>, url?: string) =>
  (await apim.send({ url, clientCertificate: certs.validClient })).backendCalls[0]!.headers[
    "X-Cert"
  ];

describe("client certificate negotiation per host name", () => {
  it("is off by default: the certificate is not seen, and the result says why", async () => {
    const result = await gateway({}).send({ clientCertificate: certs.validClient });
    expect(result.backendCalls[0]!.headers["X-Cert"]).toEqual(["none"]);
    expect(result.warnings.join("\n")).toMatch(
      /negotiateClientCertificate is off for apim-ts-sample\.azure-api\.net/,
    );
  });

  it("applies per host name: a custom domain may negotiate while the default host does not", async () => {
    const apim = gateway({
      hostNames: { "api.contoso.com": { negotiateClientCertificate: true } },
    });
    expect(await seen(apim, "https://api.contoso.com/")).toEqual([certs.validClient.thumbprint]);
    expect(await seen(apim)).toEqual(["none"]);
  });

  it("the v2 tiers have the same switch (client certificate renegotiation is unavailable there)", async () => {
    expect(await seen(gateway({ tier: "StandardV2" }))).toEqual(["none"]);
    expect(await seen(gateway({ tier: "StandardV2", negotiateClientCertificate: true }))).toEqual([
      certs.validClient.thumbprint,
    ]);
  });

  it("Consumption: 'Request client certificate' (enableClientCertificate) turns it on", async () => {
    expect(await seen(gateway({ tier: "Consumption", enableClientCertificate: true }))).toEqual([
      certs.validClient.thumbprint,
    ]);
  });

  it("validate-client-certificate without negotiation: ClientCertificateNotFound", async () => {
    const apim = createGateway({
      clock: { instant: "2026-06-15T08:00:00Z" },
      deployment: { caCertificates: [certs.rootCa, certs.devIntermediateCa] },
      policies: {
        operation: policy({
          inbound: [
            validateClientCertificate({
              validateRevocation: false,
              identities: [{ thumbprint: certs.validClient.thumbprint }],
            }),
          ],
          backend: [base()],
        }),
      },
    });
    expect(await apim.send({ clientCertificate: certs.validClient })).toBeRejectedWith(
      401,
      "ClientCertificateNotFound",
    );
  });

  it("each tier's switch only: the other one is refused, not ignored", () => {
    expect(() => gateway({ tier: "Developer", enableClientCertificate: true })).toThrow(
      /enableClientCertificate on the Developer tier/,
    );
    expect(() => gateway({ tier: "Consumption", negotiateClientCertificate: true })).toThrow(
      /Consumption tier: its switch is enableClientCertificate/,
    );
  });

  // configure-custom-domain article, Important box: APIM only accepts requests for its host names.
  it("a certificate presented to a host name the gateway does not have is refused", async () => {
    await expect(
      gateway({}).send({ url: "https://elsewhere.example/", clientCertificate: certs.validClient }),
    ).rejects.toThrow(/neither the gateway's default host name/);
  });
});
