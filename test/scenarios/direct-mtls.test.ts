// scenarios.md section 1 (client calls APIM directly with mTLS) and section 3 (tier and time
// modifiers), for validate-using-policy and validate-using-context, with the generated certs/ and
// again with the reference sample's certificates (skipped, visibly, when absent).
import { describe, expect, it } from "vitest";
import { scenarios, type Tier } from "apim-ts/harness";
import validateUsingPolicy from "../../policy-src/validate-using-policy.operation.ts";
import validateUsingContext from "../../policy-src/validate-using-context.operation.ts";
import { CERTIFICATE_SETS, seedGateway, type ClientName } from "./seed-gateway.ts";

const POLICIES = [
  { name: "validate-using-policy", document: validateUsingPolicy },
  { name: "validate-using-context", document: validateUsingContext },
];

interface Row {
  readonly name: string;
  readonly certificate: ClientName | undefined;
  /** 200 or the reason (without the ClientCertificate prefix), with C and without. */
  readonly withChain: string | 200;
  readonly withoutChain: string | 200;
}

// Section 1's table; "C" is whether the policy validates the chain.
const SECTION_1: readonly Row[] = [
  { name: "none", certificate: undefined, withChain: "NotFound", withoutChain: "NotFound" },
  { name: "Valid Client", certificate: "validClient", withChain: 200, withoutChain: 200 },
  { name: "Unprotected API", certificate: "unprotectedApi", withChain: 200, withoutChain: 200 },
  {
    name: "Unregistered Client",
    certificate: "unregisteredClient",
    withChain: "IdentityNotMatched",
    withoutChain: "IdentityNotMatched",
  },
  {
    name: "Untrusted Client",
    certificate: "untrustedClient",
    withChain: "NotTrusted",
    withoutChain: "IdentityNotMatched",
  },
  {
    name: "Expired Client",
    certificate: "expiredClient",
    withChain: "Expired",
    withoutChain: "Expired",
  },
  {
    name: "Not Yet Valid Client",
    certificate: "notYetValidClient",
    withChain: "NotYetValid",
    withoutChain: "NotYetValid",
  },
];

// Section 3: on v2 tiers and Consumption there is no CA store, so with C every row that was 200 or
// IdentityNotMatched becomes NotTrusted; dates still win over trust.
function onTier(expected: string | 200, tier: Tier, chain: boolean): string | 200 {
  const classic =
    tier === "Developer" || tier === "Basic" || tier === "Standard" || tier === "Premium";
  if (classic || !chain) return expected;
  return expected === 200 || expected === "IdentityNotMatched" ? "NotTrusted" : expected;
}

const TIERS: readonly Tier[] = [
  "Developer",
  "Premium",
  "BasicV2",
  "StandardV2",
  "PremiumV2",
  "Consumption",
];

for (const set of CERTIFICATE_SETS) {
  describe.skipIf(!set.folder)(
    `direct mTLS — ${set.name}${set.folder ? "" : " (skipped: reference data not present)"}`,
    () => {
      for (const policy of POLICIES) {
        for (const chain of [true, false]) {
          for (const tier of TIERS) {
            const rows = SECTION_1.map((row) => ({
              ...row,
              expected: onTier(chain ? row.withChain : row.withoutChain, tier, chain),
            }));
            scenarios(`${policy.name}, ${tier}, C=${chain}`, rows, async (row) => {
              const gateway = seedGateway(policy.document, set.folder!, {
                tier,
                chainValidation: chain,
              });
              const result = await gateway.send({
                clientCertificate: row.certificate && set.folder![row.certificate],
              });
              if (row.expected === 200) {
                expect(result).toRespondWith(200);
                expect(result).toHaveReachedBackend();
              } else {
                expect(result).toBeRejectedWith(401, `ClientCertificate${row.expected}`);
                expect(result).not.toHaveReachedBackend();
              }
            });
          }
        }
      }

      it("the Expired Client's zero-length validity: valid at its exact instant, expired just after", async () => {
        const expired = set.folder!.expiredClient;
        const { X509Certificate } = await import("node:crypto");
        const instant = new Date(
          Date.parse(new X509Certificate(expired.der).validTo),
        ).toISOString();
        const later = new Date(Date.parse(instant) + 1000).toISOString();
        for (const policy of POLICIES) {
          // Not registered, so a certificate that passes the dates fails on identity.
          const atInstant = await seedGateway(policy.document, set.folder!, { instant }).send({
            clientCertificate: expired,
          });
          expect(atInstant, policy.name).toBeRejectedWith(
            401,
            "ClientCertificateIdentityNotMatched",
          );
          const after = await seedGateway(policy.document, set.folder!, { instant: later }).send({
            clientCertificate: expired,
          });
          expect(after, policy.name).toBeRejectedWith(401, "ClientCertificateExpired");
        }
      });
    },
  );
}
