// Source: MicrosoftDocs/azure-docs#122775 "V2 does not support CA certificates" (the docs team
// confirmed and corrected the article; see also PRs #122943 / #122946 "CA Certificates are not
// available in V2 Tiers").
// Real APIM: the v2 tiers (BasicV2, StandardV2, PremiumV2) have no CA certificate store, so a client
// certificate issued by a private CA cannot be chained to a trusted root there: with
// validate-client-certificate validate-trust="true" the policy fails with ClientCertificateNotTrusted
// (401), while the same policy on a classic tier with the root and intermediate uploaded passes.
// Checks that do not need the chain (dates, identities by thumbprint) still work on v2.
// Expected: StandardV2 + validate-trust=true -> 401 ClientCertificateNotTrusted; StandardV2 +
// validate-trust=false + thumbprint identity -> backend reached; Developer + CA store -> backend reached.
// Adapted to apim-ts (expected values unchanged): the host name negotiates the client certificate
// (negotiateClientCertificate, off by default since 2021: field report 09), and the CA certificates
// given to the v2 tiers now also surface as a warning in the result.
import { describe, expect, it } from "vitest";
import { base, policy, validateClientCertificate } from "apim-ts";
import { certs } from "apim-ts/certificates";
import { createGateway, type Tier } from "apim-ts/harness";

function gateway(tier: Tier, validateTrust: boolean) {
  return createGateway({
    clock: { instant: "2026-06-15T08:00:00Z" },
    deployment: {
      tier,
      negotiateClientCertificate: true,
      certificates: [certs.validClient],
      // Ignored on the v2 tiers: they have no CA store.
      caCertificates: [certs.rootCa, certs.devIntermediateCa],
    },
    policies: {
      operation: policy({
        inbound: [
          base(),
          validateClientCertificate({
            validateRevocation: false,
            validateTrust,
            identities: [{ thumbprint: "B5A6AF7E10839FEEB610B8B6DBFC0F6F380A40E9" }],
          }),
        ],
        backend: [base()],
      }),
    },
  });
}

describe("chain validation on the v2 tiers (azure-docs#122775)", () => {
  it("StandardV2, validate-trust: ClientCertificateNotTrusted", async () => {
    const result = await gateway("StandardV2", true).send({ clientCertificate: certs.validClient });
    expect(result).toBeRejectedWith(401, "ClientCertificateNotTrusted");
    expect(result.warnings.join("\n")).toMatch(
      /caCertificates are not used: the StandardV2 tier has no CA certificate store/,
    );
  });

  it("BasicV2 and PremiumV2 behave the same", async () => {
    for (const tier of ["BasicV2", "PremiumV2"] as const) {
      const result = await gateway(tier, true).send({ clientCertificate: certs.validClient });
      expect(result.lastError?.Reason).toBe("ClientCertificateNotTrusted");
    }
  });

  it("StandardV2 without validate-trust: the thumbprint identity is enough", async () => {
    const result = await gateway("StandardV2", false).send({
      clientCertificate: certs.validClient,
    });
    expect(result).toHaveReachedBackend();
  });

  it("Developer tier with root + intermediate uploaded: trusted", async () => {
    const result = await gateway("Developer", true).send({ clientCertificate: certs.validClient });
    expect(result).toHaveReachedBackend();
  });

  it("expired certificate on v2: dates are still checked first (Expired, not NotTrusted)", async () => {
    const result = await gateway("StandardV2", true).send({
      clientCertificate: certs.expiredClient,
    });
    expect(result.lastError?.Reason).toBe("ClientCertificateExpired");
  });
});
