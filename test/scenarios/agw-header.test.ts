// validate-from-agw with the X-Client-Certificate header set directly (the gateway in front is
// another issue's): every certificate of the seed tree, the spoofing hole when APIM is reachable
// directly, and section 3's tier modifier; for the generated certs/ and the reference sample's
// captured headers.
import { describe, expect, it } from "vitest";
import { scenarios } from "apim-ts/harness";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";
import validateUsingContext from "../../policy-src/validate-using-context.operation.ts";
import { CERTIFICATE_SETS, seedGateway, SEED_REASON } from "./seed-gateway.ts";
import { AGW_HEADER_ROWS as ROWS, sendHeader, V2 } from "./scenario-tables.ts";

for (const set of CERTIFICATE_SETS) {
  describe(`validate-from-agw, header set directly — ${set.name}`, () => {
    for (const chain of [true, false]) {
      for (const tier of ["Developer", ...V2] as const) {
        const rows = ROWS.map((row) => {
          const expected = chain ? row.withChain : row.withoutChain;
          const onV2 =
            tier !== "Developer" && chain && (expected === 200 || expected === "IdentityNotMatched")
              ? "NotTrusted"
              : expected;
          return { ...row, expected: onV2 };
        });
        scenarios(`${tier}, C=${chain}`, rows, async (row) => {
          const result = await sendHeader(validateFromAgw, set, tier, chain, row);
          if (row.expected === 200) {
            expect(result).toRespondWith(200);
            expect(result).toHaveReachedBackend();
          } else {
            expect(result).toBeRejectedWith(401, `ClientCertificate${row.expected}`, SEED_REASON);
            expect(result).toHaveTrace({
              source: "validate-from-agw",
              severity: "error",
              metadata: { reason: `ClientCertificate${row.expected}` },
            });
            expect(result).not.toHaveReachedBackend();
          }
        });
      }
    }

    it("the hole: called directly, bypassing the gateway, a copied header of Valid Client gets 200", async () => {
      const folder = set.folder;
      const spoofed = { "X-Client-Certificate": set.agwHeader(folder.validClient) };
      // No certificate in the TLS handshake at all: only the header, which anyone can send.
      expect(await seedGateway(validateFromAgw, folder).send({ headers: spoofed })).toRespondWith(
        200,
      );
      // The same request against a policy that reads the TLS certificate is refused.
      expect(
        await seedGateway(validateUsingContext, folder).send({ headers: spoofed }),
      ).toBeRejectedWith(401, "ClientCertificateNotFound", SEED_REASON);
    });
  });
}
