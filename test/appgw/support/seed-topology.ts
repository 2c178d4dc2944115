// Test support: the seed's topology (APIM running a seed policy behind the seed's gateway) over a
// certificate folder, the certificate folders to run every scenario with (generated `certs/`, and
// the public sample's reference certificates when present), and the reason a result gives.
import type { PolicyDocument } from "apim-ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGateway, rejectionReason, type ApimGateway } from "apim-ts/harness";
import {
  committedCertsDir,
  load,
  type CertificateFolder,
} from "../../../src/certificates/index.ts";
import {
  createApplicationGateway,
  seedApplicationGateway,
  type ApplicationGateway,
  type ApplicationGatewayResult,
  type SeedGatewayOptions,
} from "../../../harness/appgw/index.ts";
import validateFromAgw from "../../../policy-src/validate-from-agw.operation.ts";
import validateUsingContext from "../../../policy-src/validate-using-context.operation.ts";
import validateUsingPolicy from "../../../policy-src/validate-using-policy.operation.ts";

/** The public sample's certificates (read in place, never copied). */
export const REFERENCE_DIR = fileURLToPath(
  new URL("../../../../shared/reference/mtls-with-apim/", import.meta.url),
);
export const hasReference = existsSync(join(REFERENCE_DIR, "root-ca.cer"));

/** The folders every scenario runs with; the reference one only when present (a visible skip otherwise). */
export function certificateFolders(): [string, CertificateFolder | undefined][] {
  return [
    ["generated certs/", load(committedCertsDir)],
    ["reference certificates", hasReference ? load(REFERENCE_DIR) : undefined],
  ];
}

export const SKIP_REFERENCE = `skipped: reference data not present (${REFERENCE_DIR})`;

export const POLICIES = {
  "validate-from-agw": validateFromAgw,
  "validate-using-context": validateUsingContext,
  "validate-using-policy": validateUsingPolicy,
} as const;

export interface TopologyOptions extends Partial<
  Omit<SeedGatewayOptions, "apiManagementFqdn" | "trustedClientCertificateData">
> {
  /** Whether the policy validates the chain (the named value `validate-certificate-chain`). Default true. */
  readonly validateChain?: boolean;
  readonly operation?: keyof typeof POLICIES;
  /** A global-scope APIM policy (e.g. the restriction to the gateway's address). */
  readonly global?: PolicyDocument;
}

export interface Topology {
  readonly apim: ApimGateway;
  readonly gateway: ApplicationGateway;
  readonly folder: CertificateFolder;
}

/** APIM (Developer tier: CA store = root + DEV intermediate; Valid Client and Unprotected API uploaded) behind the seed's gateway. */
export function seedTopology(folder: CertificateFolder, options: TopologyOptions = {}): Topology {
  const {
    validateChain = true,
    operation = "validate-from-agw",
    global,
    ...gatewayOptions
  } = options;
  const apim = createGateway({
    policies: { operation: POLICIES[operation], ...(global ? { global } : {}) },
    namedValues: { "validate-certificate-chain": String(validateChain) },
    deployment: {
      certificates: [folder.validClient, folder.unprotectedApi],
      caCertificates: [folder.rootCa, folder.devIntermediateCa],
    },
  });
  const gateway = createApplicationGateway(
    seedApplicationGateway({
      apiManagementFqdn: apim.host,
      trustedClientCertificateData: readFileSync(
        join(folder.dir, "dev-intermediate-ca-with-root-ca.cer"),
        "utf8",
      ),
      ...gatewayOptions,
    }),
    { backends: [apim] },
  );
  return { apim, gateway, folder };
}

/** The ClientCertificate... reason of an APIM rejection, without the prefix ("NotFound"), or null. */
export function reasonOf(
  result:
    ApplicationGatewayResult | { readonly backend: null } | Parameters<typeof rejectionReason>[0],
): string | null {
  const apimResult = "backend" in result ? result.backend : result;
  if (!apimResult) return null;
  // The seed policies put the reason in their trace's "reason" metadata; validate-using-policy
  // fails with APIM's LastError.Reason. Each place is named, nothing else is read.
  const reason =
    rejectionReason(apimResult, { traceMetadata: "reason" }) ?? rejectionReason(apimResult);
  return reason ? reason.slice("ClientCertificate".length) : null;
}
