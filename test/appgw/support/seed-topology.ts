// Test support: the seed's topology (APIM running a seed policy behind the seed's gateway) over a
// certificate folder, the certificate folders to run every scenario with (generated `certs/`, and
// the interop tree: the public sample's certificates in CI, a committed openssl tree otherwise),
// and the reason a result gives.
import type { PolicyDocument } from "apim-ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
import { interop, INTEROP_NAME } from "../../support/interop-certificates.ts";
import validateFromAgw from "../../../policy-src/validate-from-agw.operation.ts";
import validateUsingContext from "../../../policy-src/validate-using-context.operation.ts";
import validateUsingPolicy from "../../../policy-src/validate-using-policy.operation.ts";

/** The folders every scenario runs with: both, always. */
export function certificateFolders(): [string, CertificateFolder][] {
  return [
    ["generated certs/", load(committedCertsDir)],
    [INTEROP_NAME, interop],
  ];
}

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
