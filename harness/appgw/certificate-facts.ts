// The facts the gateway reads from a certificate (names, CA flag, self-signed, EKU, validity,
// fingerprint, serial), parsed once with Node's X509Certificate and memoised by content: the same
// few certificates go through every test.
import { createHash, X509Certificate as NodeX509 } from "node:crypto";
import * as pkijs from "pkijs";
import { certificateDer, type CertificateInput } from "../apim/certificate-input.ts";

/** The clientAuth extended key usage. */
export const CLIENT_AUTH_EKU = "1.3.6.1.5.5.7.3.2";
const ANY_EKU = "2.5.29.37.0";

/** What the gateway knows about one certificate. */
export interface CertificateFacts {
  readonly der: Uint8Array;
  /** Node's parsed certificate. */
  readonly x509: NodeX509;
  /** Subject/issuer as Node prints them (one RDN a line, encoded order): compared for name chaining. */
  readonly subject: string;
  readonly issuer: string;
  /** The X.509 version, 1 to 3 (Node's X509Certificate does not expose it; pkijs reads it). */
  readonly version: number;
  /** BasicConstraints CA:TRUE. */
  readonly ca: boolean;
  /** Subject equals issuer and the certificate verifies with its own key. */
  readonly selfSigned: boolean;
  /** Extended key usages, or undefined when the certificate has no EKU extension. */
  readonly extendedKeyUsages: readonly string[] | undefined;
  /** Validity, epoch milliseconds. */
  readonly notBefore: number;
  readonly notAfter: number;
  /** Lower-case hex SHA-1 of the DER, no separators. */
  readonly sha1: string;
}

const memo = new Map<string, CertificateFacts>();

/** Facts of a certificate given as DER, PEM or a handle. Throws when the bytes are not a certificate. */
export function certificateFacts(input: CertificateInput): CertificateFacts {
  const der = certificateDer(input);
  const sha1 = createHash("sha1").update(der).digest("hex");
  const known = memo.get(sha1);
  if (known !== undefined) return known;
  const x509 = new NodeX509(der);
  let selfSigned = false;
  if (x509.subject === x509.issuer) {
    try {
      selfSigned = x509.verify(x509.publicKey);
    } catch {
      selfSigned = false;
    }
  }
  const facts: CertificateFacts = {
    der,
    x509,
    subject: x509.subject,
    issuer: x509.issuer,
    version: pkijs.Certificate.fromBER(der).version + 1,
    ca: x509.ca,
    selfSigned,
    extendedKeyUsages: x509.keyUsage,
    notBefore: Date.parse(x509.validFrom),
    notAfter: Date.parse(x509.validTo),
    sha1,
  };
  memo.set(sha1, facts);
  return facts;
}

/** Whether the certificate may be used for TLS client authentication (its EKU lists clientAuth or any). */
export function allowsClientAuth(facts: CertificateFacts): boolean {
  return (
    facts.extendedKeyUsages !== undefined &&
    facts.extendedKeyUsages.some((oid) => oid === CLIENT_AUTH_EKU || oid === ANY_EKU)
  );
}

/**
 * A distinguished name the way the gateway's server variables print it (nginx's `$ssl_client_s_dn`,
 * RFC 2253: most specific RDN first, comma-separated), from Node's one-RDN-a-line form.
 */
export function rfc2253(nodeName: string): string {
  return nodeName
    .split("\n")
    .filter((line) => line !== "")
    .reverse()
    .join(",");
}
