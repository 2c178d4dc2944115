// The seed sample's APIM instance as a test fixture: which certificates are uploaded (Valid Client
// and Unprotected API), the CA store (Root + DEV intermediate), the named values, the tier, the
// clock. Used by every scenario table, for the generated certs/ and for the reference sample's.
import type { PolicyDocument } from "apim-ts";
import {
  createGateway,
  requestClientCertificates,
  type ApimGateway,
  type Tier,
} from "apim-ts/harness";
import {
  certs,
  type CertificateFolder,
  type CertificateHandle,
  type SeedCertificates,
} from "../../src/certificates/index.ts";
import { capturedAgwHeader, interop, INTEROP_NAME } from "../support/interop-certificates.ts";

/** After every seed "now" (generated: 2026-06-01, sample: 2026-05-14, openssl tree: 2026-05-25), before 2076. */
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
  readonly folder: CertificateFolder<SeedCertificates>;
  /** The Application Gateway's exact header for a client, when the folder ships it. */
  agwHeader(handle: CertificateHandle): string;
}

export const GENERATED: CertificateSet = {
  name: "generated certs/",
  folder: certs,
  agwHeader: (handle) => handle.asAgwHeader(),
};

/** The interop tree (the public sample in CI, the committed openssl tree otherwise). */
export const INTEROP: CertificateSet = {
  name: INTEROP_NAME,
  folder: interop as CertificateFolder<SeedCertificates>,
  // The header Application Gateway produced for the sample (for the openssl tree: encoded by jq).
  agwHeader: (handle) => capturedAgwHeader(handle.name).trim(),
};

export const CERTIFICATE_SETS: readonly CertificateSet[] = [GENERATED, INTEROP];

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
      // Direct mTLS: the host name negotiates the caller's certificate (off by default in APIM).
      ...requestClientCertificates(options.tier ?? "Developer"),
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
