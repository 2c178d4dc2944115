// scenarios.md section 5: malformed X-Client-Certificate values. The seed policy throws inside an
// expression, so APIM runs on-error with ExpressionValueEvaluationFailure and, since on-error does
// not handle it, the caller gets 500. The hardened variant answers 401 ClientCertificateInvalid.
import { describe, expect } from "vitest";
import { scenarios } from "apim-ts/harness";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";
import validateFromAgwHardened from "../../policy-src/validate-from-agw-hardened.operation.ts";
import { certificatePem } from "../../src/certificates/index.ts";
import { CERTIFICATE_SETS, seedGateway } from "./seed-gateway.ts";
import type { CertificateFolder, SeedCertificates } from "../../src/certificates/index.ts";

interface BadInput {
  readonly name: string;
  readonly header: (folder: CertificateFolder<SeedCertificates>) => string;
  /** What the seed policy does: the exception path, or (for an empty value) NotFound. */
  readonly seed: "500" | "NotFound";
}

const encodedValid = (folder: CertificateFolder<SeedCertificates>) =>
  encodeURIComponent(certificatePem(folder.validClient.der));

const BAD_INPUTS: readonly BadInput[] = [
  // A header value cannot hold line breaks; the raw PEM's '+' then decodes to a space.
  {
    name: "not URL-encoded",
    header: (f) => certificatePem(f.validClient.der).replace(/\n/g, " "),
    seed: "500",
  },
  {
    name: "'+' where %2B was meant",
    header: (f) => encodedValid(f).replace(/%2B/g, "+"),
    seed: "500",
  },
  {
    name: "truncated base64",
    header: (f) => encodedValid(f).slice(0, Math.floor(encodedValid(f).length / 2)),
    seed: "500",
  },
  {
    name: "a PEM of something that is not a certificate",
    header: () =>
      encodeURIComponent(
        "-----BEGIN CERTIFICATE-----\nSGVsbG8sIEFQSU0hIFRoaXMgaXMgbm90IGEgY2VydGlmaWNhdGUu\n-----END CERTIFICATE-----\n",
      ),
    seed: "500",
  },
  {
    name: "two certificates",
    header: (f) =>
      encodeURIComponent(certificatePem(f.validClient.der) + certificatePem(f.unprotectedApi.der)),
    seed: "500",
  },
  { name: "100 KB value", header: () => "A".repeat(100 * 1024), seed: "500" },
  // Whitespace only: the policy's IsNullOrWhiteSpace check treats it as no certificate.
  { name: "empty value", header: () => " ", seed: "NotFound" },
];

for (const set of CERTIFICATE_SETS) {
  describe.skipIf(!set.folder)(
    `bad input — ${set.name}${set.folder ? "" : " (skipped: reference data not present)"}`,
    () => {
      scenarios("seed policy: 500 via on-error", BAD_INPUTS, async (row) => {
        const result = await seedGateway(validateFromAgw, set.folder!).send({
          headers: { "X-Client-Certificate": row.header(set.folder!) },
        });
        if (row.seed === "NotFound") {
          expect(result).toBeRejectedWith(401, "ClientCertificateNotFound");
          return;
        }
        expect(result).toBeRejectedWith(500, "ExpressionValueEvaluationFailure");
        expect(result.lastError).toMatchObject({ Section: "inbound", Scope: "operation" });
        expect(result).not.toHaveReachedBackend();
      });

      scenarios("hardened policy: 401 ClientCertificateInvalid", BAD_INPUTS, async (row) => {
        const result = await seedGateway(validateFromAgwHardened, set.folder!).send({
          headers: { "X-Client-Certificate": row.header(set.folder!) },
        });
        expect(result).toBeRejectedWith(
          401,
          row.seed === "NotFound" ? "ClientCertificateNotFound" : "ClientCertificateInvalid",
        );
        expect(result).not.toHaveReachedBackend();
      });
    },
  );
}
