// docs/scenarios.md section 5: malformed X-Client-Certificate values. The seed policy throws inside an
// expression, so APIM runs on-error with ExpressionValueEvaluationFailure and, since on-error does
// not handle it, the caller gets 500. The hardened variant answers 401 ClientCertificateInvalid.
import { describe, expect } from "vitest";
import { scenarios } from "apim-ts/harness";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";
import validateFromAgwHardened from "../../policy-src/validate-from-agw-hardened.operation.ts";
import { CERTIFICATE_SETS, SEED_REASON } from "./seed-gateway.ts";
import { BAD_INPUTS, sendBadInput } from "./scenario-tables.ts";

for (const set of CERTIFICATE_SETS) {
  describe(`bad input — ${set.name}`, () => {
    scenarios("seed policy: 500 via on-error", BAD_INPUTS, async (row) => {
      const result = await sendBadInput(validateFromAgw, set.folder, row);
      if (row.seed === "NotFound") {
        expect(result).toBeRejectedWith(401, "ClientCertificateNotFound", SEED_REASON);
        return;
      }
      expect(result).toBeRejectedWith(500, "ExpressionValueEvaluationFailure");
      expect(result.lastError).toMatchObject({ Section: "inbound", Scope: "operation" });
      expect(result).not.toHaveReachedBackend();
    });

    scenarios("hardened policy: 401 ClientCertificateInvalid", BAD_INPUTS, async (row) => {
      const result = await sendBadInput(validateFromAgwHardened, set.folder, row);
      expect(result).toBeRejectedWith(
        401,
        row.seed === "NotFound" ? "ClientCertificateNotFound" : "ClientCertificateInvalid",
        SEED_REASON,
      );
      expect(result).not.toHaveReachedBackend();
    });
  });
}
