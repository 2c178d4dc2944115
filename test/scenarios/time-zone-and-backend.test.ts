// docs/scenarios.md section 3's time-zone modifier (NotAfter is gateway-local time: comparing it with
// DateTime.UtcNow is wrong off UTC, DateTime.Now is right) and section 4 (backend mTLS: APIM
// presents the Unprotected API certificate to the Protected API).
import { describe, expect, it } from "vitest";
import callProtectedApi from "../../policy-src/call-protected-api.operation.ts";
import { CERTIFICATE_SETS, seedGateway } from "./seed-gateway.ts";
import {
  comparesWithNow,
  comparesWithUtcNow,
  expiryOf,
  HOUR,
  sendAtInstant,
} from "./scenario-tables.ts";

for (const set of CERTIFICATE_SETS) {
  describe(`time zone and backend mTLS — ${set.name}`, () => {
    const expiry = () => expiryOf(set.folder);
    const send = (document: typeof comparesWithNow, instantMs: number, timeZone: string) =>
      sendAtInstant(document, set.folder, instantMs, timeZone);

    it("in UTC both comparisons agree", async () => {
      for (const document of [comparesWithUtcNow, comparesWithNow]) {
        expect(await send(document, expiry() + HOUR, "UTC")).toBeRejectedWith(
          401,
          "ClientCertificateExpired",
          { header: "X-Reason" },
        );
        expect(await send(document, expiry() - HOUR, "UTC")).toRespondWith(200);
      }
    });

    it("east of UTC, comparing with UtcNow lets an expired certificate through; Now does not", async () => {
      expect(await send(comparesWithUtcNow, expiry() + HOUR, "+02:00")).toRespondWith(200); // the bug
      expect(await send(comparesWithNow, expiry() + HOUR, "+02:00")).toBeRejectedWith(
        401,
        "ClientCertificateExpired",
        { header: "X-Reason" },
      );
    });

    it("west of UTC, comparing with UtcNow rejects a certificate that is still valid; Now does not", async () => {
      expect(await send(comparesWithUtcNow, expiry() - HOUR, "America/New_York")).toBeRejectedWith(
        401,
        "ClientCertificateExpired",
        { header: "X-Reason" },
      ); // the bug
      expect(await send(comparesWithNow, expiry() - HOUR, "America/New_York")).toRespondWith(200);
    });

    it("backend mTLS: a caller without a certificate gets 200 and the backend sees the Unprotected API certificate", async () => {
      const result = await seedGateway(callProtectedApi, set.folder).send();
      expect(result).toRespondWith(200);
      expect(result).toHaveReachedBackend({
        url: /^https:\/\/protected-api\.example\.net/,
        clientCertificateThumbprint: set.folder.unprotectedApi.thumbprint,
      });
    });
  });
}
