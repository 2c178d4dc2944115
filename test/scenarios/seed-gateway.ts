// The seed sample's APIM instance as a test fixture: which certificates are uploaded (Valid Client
// and Unprotected API), the CA store (Root + DEV intermediate), the named values, the tier, the
// clock. Used by every scenario table, for the generated certs/ and for the reference sample's.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PolicyDocument } from "apim-ts";
import { createGateway, type ApimGateway, type Tier } from "apim-ts/harness";
import {
  certs,
  load,
  type CertificateFolder,
  type CertificateHandle,
  type SeedCertificates,
} from "../../src/certificates/index.ts";

/** After every seed "now" (generated: 2026-06-01, reference: 2026-05-14), before 2076. */
export const SCENARIO_INSTANT = "2026-06-15T08:00:00Z";

/** The client certificates of the seed tree, by handle. */
export type ClientName =
  | "validClient"
  | "unprotectedApi"
  | "unregisteredClient"
  | "untrustedClient"
  | "expiredClient"
  | "notYetValidClient";

export interface SeedGatewayOptions {
  readonly tier?: Tier;
  /** C: whether the policy validates the chain (named value validate-certificate-chain). Default true. */
  readonly chainValidation?: boolean;
  readonly instant?: string;
  readonly timeZone?: string;
}

/** A certificate folder the scenario tables run over. */
export interface CertificateSet {
  readonly name: string;
  /** Undefined when the folder is absent (the tables are then skipped, visibly). */
  readonly folder: CertificateFolder<SeedCertificates> | undefined;
  /** The Application Gateway's exact header for a client, when the folder ships it. */
  agwHeader(handle: CertificateHandle): string;
}

const REFERENCE_DIR = fileURLToPath(
  new URL("../../../shared/reference/mtls-with-apim/", import.meta.url),
);

export const GENERATED: CertificateSet = {
  name: "generated certs/",
  folder: certs,
  agwHeader: (handle) => handle.asAgwHeader(),
};

export const REFERENCE: CertificateSet = {
  name: "reference mtls-with-apim",
  folder: existsSync(REFERENCE_DIR) ? load(REFERENCE_DIR) : undefined,
  agwHeader: (handle) => {
    // The sample captured the header the real Application Gateway produced: use it verbatim.
    const captured = `${REFERENCE_DIR}agw-headers/${handle.name}.x-client-certificate.txt`;
    return existsSync(captured) ? readFileSync(captured, "utf8").trim() : handle.asAgwHeader();
  },
};

export const CERTIFICATE_SETS: readonly CertificateSet[] = [GENERATED, REFERENCE];

/** The seed's APIM instance running `document` at operation scope. */
export function seedGateway(
  document: PolicyDocument,
  folder: CertificateFolder<SeedCertificates>,
  options: SeedGatewayOptions = {},
): ApimGateway {
  return createGateway({
    clock: { instant: options.instant ?? SCENARIO_INSTANT, timeZone: options.timeZone },
    deployment: {
      tier: options.tier ?? "Developer",
      certificates: [
        folder.validClient,
        { id: "dev-unprotected-api", certificate: folder.unprotectedApi },
      ],
      caCertificates: [folder.rootCa, folder.devIntermediateCa],
    },
    namedValues: {
      "validate-certificate-chain": String(options.chainValidation ?? true),
      "protected-api-url": "https://protected-api.example.net",
    },
    policies: { operation: document },
  });
}

/**
 * Where the seed policies that answer with return-response put the rejection reason: their
 * trace's metadata entry "reason" (policy-src/lib/reject-invalid-certificate.ts, and the hardened
 * variant's on-error). validate-using-policy fails with APIM's own LastError.Reason instead.
 */
export const SEED_REASON = { traceMetadata: "reason" } as const;

/** The place a seed policy's reason is read from (undefined: LastError.Reason). */
export function seedReasonPlace(policyName: string): typeof SEED_REASON | undefined {
  return policyName === "validate-using-policy" ? undefined : SEED_REASON;
}
