// docs/scenarios.md section 1 (client calls APIM directly with mTLS) and section 3 (tier and time
// modifiers), for validate-using-policy and validate-using-context, with the generated certs/ and
// again with the reference sample's certificates (skipped, visibly, when absent).
import { describe, expect, it } from "vitest";
import { scenarios } from "apim-ts/harness";
import { CERTIFICATE_SETS, seedGateway, seedReasonPlace } from "./seed-gateway.ts";
import {
  DIRECT_POLICIES as POLICIES,
  onTier,
  SECTION_1,
  sendDirect,
  TIERS,
} from "./scenario-tables.ts";

for (const set of CERTIFICATE_SETS) {
  describe(`direct mTLS — ${set.name}`, () => {
    for (const policy of POLICIES) {
      for (const chain of [true, false]) {
        for (const tier of TIERS) {
          const rows = SECTION_1.map((row) => ({
            ...row,
            expected: onTier(chain ? row.withChain : row.withoutChain, tier, chain),
          }));
          scenarios(`${policy.name}, ${tier}, C=${chain}`, rows, async (row) => {
            const result = await sendDirect(policy.document, set.folder, tier, chain, row);
            if (row.expected === 200) {
              expect(result).toRespondWith(200);
              expect(result).toHaveReachedBackend();
            } else {
              expect(result).toBeRejectedWith(
                401,
                `ClientCertificate${row.expected}`,
                seedReasonPlace(policy.name),
              );
              expect(result).not.toHaveReachedBackend();
            }
          });
        }
      }
    }

    it("the Expired Client's zero-length validity: valid at its exact instant, expired just after", async () => {
      const expired = set.folder.expiredClient;
      const { X509Certificate } = await import("node:crypto");
      const instant = new Date(Date.parse(new X509Certificate(expired.der).validTo)).toISOString();
      const later = new Date(Date.parse(instant) + 1000).toISOString();
      for (const policy of POLICIES) {
        // Not registered, so a certificate that passes the dates fails on identity.
        const atInstant = await seedGateway(policy.document, set.folder, { instant }).send({
          clientCertificate: expired,
        });
        expect(atInstant, policy.name).toBeRejectedWith(
          401,
          "ClientCertificateIdentityNotMatched",
          seedReasonPlace(policy.name),
        );
        const after = await seedGateway(policy.document, set.folder, { instant: later }).send({
          clientCertificate: expired,
        });
        expect(after, policy.name).toBeRejectedWith(
          401,
          "ClientCertificateExpired",
          seedReasonPlace(policy.name),
        );
      }
    });
  });
}
