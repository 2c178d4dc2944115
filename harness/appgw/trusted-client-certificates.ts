// Trusted client CA chain files: the upload rules the gateway applies (with its own error names,
// from Microsoft's "Troubleshoot mutual authentication errors in Application Gateway"), and the
// issuer DN the gateway expects when `verifyClientCertIssuerDN` is on (Microsoft's "Verify client
// certificate DN": the deepest CA of a chain; across chains, the longest, the first on a tie).
import { certificateFacts, type CertificateFacts } from "./certificate-facts.ts";
import type { ProblemList } from "./configuration-error.ts";

/** Limits from Application Gateway's documentation. */
export const TRUSTED_CLIENT_CERTIFICATE_LIMITS = {
  /** Bytes of one chain file. */
  fileSize: 25 * 1024,
  chainsPerSslProfile: 100,
  chainsPerGateway: 200,
} as const;

/** An uploaded chain file, accepted. */
export interface TrustedClientChain {
  readonly name: string;
  /** The CA certificates of the file, in file order (leaf certificates in the file are ignored, as Azure does). */
  readonly caCertificates: readonly CertificateFacts[];
  /**
   * The file's certificates of X.509 version 1 or 2 that are not self-signed: no CA by the upload
   * rule (they cannot carry BasicConstraints), yet a client certificate may chain through one.
   * Whether the gateway then builds through it is not documented: client authentication refuses
   * such a chain (client-authentication.ts), so they go into the path store rather than away.
   */
  readonly preV3Certificates: readonly CertificateFacts[];
  /** The file's single self-signed root. */
  readonly root: CertificateFacts;
  /** CAs from the root down to the deepest one (the root first). */
  readonly path: readonly CertificateFacts[];
  /** The subject of the deepest CA: what `verifyClientCertIssuerDN` compares the client certificate's issuer with. */
  readonly clientCertIssuerDN: string;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/**
 * Parses and checks one chain file. Problems are added to `problems` under `path` (the entry's
 * `properties.data`); the chain is returned only when the file is acceptable.
 */
export function parseTrustedClientChain(
  name: string,
  data: unknown,
  path: string,
  problems: ProblemList,
): TrustedClientChain | undefined {
  if (typeof data !== "string" || data.trim() === "") {
    problems.add(
      path,
      "ApplicationGatewayTrustedClientCertificateMustSpecifyData",
      "the chain file is empty; give its PEM content (loadTextContent of the ...-with-root-ca.cer file)",
    );
    return undefined;
  }
  if (Buffer.byteLength(data, "utf8") > TRUSTED_CLIENT_CERTIFICATE_LIMITS.fileSize) {
    problems.add(
      path,
      "TrustedClientCertificateFileTooLarge",
      `the chain file is ${Buffer.byteLength(data, "utf8")} bytes; Application Gateway accepts at most 25 KB a file`,
    );
    return undefined;
  }
  const blocks = [...data.matchAll(BLOCK)];
  if (blocks.some((block) => /PRIVATE KEY/.test(block[1]!))) {
    problems.add(
      path,
      "ApplicationGatewayTrustedClientCertificateMustNotHavePrivateKey",
      "the chain file contains a private key; upload only the CA certificates",
    );
    return undefined;
  }
  const certificates: CertificateFacts[] = [];
  for (const [index, block] of blocks.entries()) {
    const base64 = block[2]!.replace(/\s+/g, "");
    if (block[1] !== "CERTIFICATE" || base64 === "") {
      problems.add(
        path,
        "ApplicationGatewayTrustedClientCertificateInvalidData",
        `PEM block ${index + 1} is ${base64 === "" ? "empty" : `a ${block[1]}, not a CERTIFICATE`}`,
      );
      return undefined;
    }
    try {
      certificates.push(certificateFacts(new Uint8Array(Buffer.from(base64, "base64"))));
    } catch (error) {
      problems.add(
        path,
        "ApplicationGatewayTrustedClientCertificateInvalidData",
        `PEM block ${index + 1} is not a certificate (${(error as Error).message})`,
      );
      return undefined;
    }
  }
  if (certificates.length === 0) {
    problems.add(
      path,
      "ApplicationGatewayTrustedClientCertificateInvalidData",
      "no -----BEGIN CERTIFICATE----- block found; the chain file must be PEM",
    );
    return undefined;
  }
  const caCertificates = certificates.filter((facts) => facts.ca);
  if (caCertificates.length === 0) {
    problems.add(
      path,
      "ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate",
      "no certificate in the file has BasicConstraints CA:TRUE (a leaf alone is not a CA chain)",
    );
    return undefined;
  }
  const roots = caCertificates.filter((facts) => facts.selfSigned);
  if (roots.length !== 1) {
    problems.add(
      path,
      "ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate",
      `the file must hold exactly one root CA; it holds ${roots.length}${roots.length > 1 ? ` (${roots.map((r) => r.subject).join("; ")})` : ""}`,
    );
    return undefined;
  }
  const root = roots[0]!;
  const path_ = chainPath(root, caCertificates);
  return {
    name,
    caCertificates,
    preV3Certificates: certificates.filter((facts) => facts.version < 3 && !facts.selfSigned),
    root,
    path: path_,
    clientCertIssuerDN: path_[path_.length - 1]!.subject,
  };
}

/** The longest issuance path from the root through the file's CAs (the first found on a tie). */
function chainPath(root: CertificateFacts, cas: readonly CertificateFacts[]): CertificateFacts[] {
  let best: CertificateFacts[] = [root];
  const walk = (path: CertificateFacts[]) => {
    if (path.length > best.length) best = path;
    const last = path[path.length - 1]!;
    for (const candidate of cas) {
      if (path.includes(candidate) || candidate.issuer !== last.subject) continue;
      if (isIssuedBy(candidate, last)) walk([...path, candidate]);
    }
  };
  walk([root]);
  return best;
}

function isIssuedBy(child: CertificateFacts, issuer: CertificateFacts): boolean {
  try {
    return child.x509.checkIssued(issuer.x509) && child.x509.verify(issuer.x509.publicKey);
  } catch {
    return false;
  }
}

/**
 * The issuer DN an SSL profile expects with `verifyClientCertIssuerDN`: from the chain with the most
 * CAs; among chains of the same length, the first listed in the profile.
 */
export function expectedIssuerDN(chains: readonly TrustedClientChain[]): string | undefined {
  let chosen: TrustedClientChain | undefined;
  for (const chain of chains)
    if (chosen === undefined || chain.path.length > chosen.path.length) chosen = chain;
  return chosen?.clientCertIssuerDN;
}
