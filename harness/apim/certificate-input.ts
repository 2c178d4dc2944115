// Certificates as tests hand them to the gateway (the caller's TLS certificate, uploaded
// certificates, CA certificates): DER bytes, PEM text, or a handle from src/certificates with
// `der`/`pem`. Normalised once to DER with the facts the gateway itself needs (thumbprint, dates).
import { createHash, X509Certificate as NodeX509 } from "node:crypto";

/** A certificate: DER bytes, PEM text, or an object with `der` or `pem` (e.g. `certs.validClient`). */
export type CertificateInput =
  Uint8Array | string | { readonly der: Uint8Array } | { readonly pem: string };

/** An uploaded certificate, optionally with the id APIM knows it by (`certificate-id`). */
export type UploadedCertificate =
  CertificateInput | { readonly id: string; readonly certificate: CertificateInput };

export interface CertificateRecord {
  readonly der: Uint8Array;
  /** Upper-case hex SHA-1 of the DER bytes. */
  readonly thumbprint: string;
  readonly id?: string;
  /** Validity, epoch milliseconds (UTC). */
  readonly notBefore: number;
  readonly notAfter: number;
}

function pemToDer(pem: string): Uint8Array {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  const base64 = (match ? match[1]! : pem).replace(/\s+/g, "");
  return new Uint8Array(Buffer.from(base64, "base64"));
}

export function certificateDer(input: CertificateInput): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (typeof input === "string") return pemToDer(input);
  if ("der" in input) return input.der;
  return pemToDer(input.pem);
}

const records = new Map<string, CertificateRecord>();

/** The certificate's record (memoised by content: tests reuse the same certificates). */
export function certificateRecord(input: CertificateInput, id?: string): CertificateRecord {
  const der = certificateDer(input);
  const thumbprint = createHash("sha1").update(der).digest("hex").toUpperCase();
  const key = `${thumbprint}|${id ?? ""}`;
  const found = records.get(key);
  if (found) return found;
  const parsed = new NodeX509(der);
  const record: CertificateRecord = {
    der,
    thumbprint,
    id,
    notBefore: Date.parse(parsed.validFrom),
    notAfter: Date.parse(parsed.validTo),
  };
  records.set(key, record);
  return record;
}

export function uploadedCertificateRecord(input: UploadedCertificate): CertificateRecord {
  if (typeof input === "object" && !(input instanceof Uint8Array) && "certificate" in input) {
    return certificateRecord(input.certificate, input.id);
  }
  return certificateRecord(input as CertificateInput);
}
