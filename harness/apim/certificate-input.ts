// Certificates as tests hand them to the gateway (the caller's TLS certificate, uploaded
// certificates, CA certificates): DER bytes, PEM text, or a handle from src/certificates with
// `der`/`pem`. Normalised once to DER with the facts the gateway itself needs (thumbprint, dates).
// Malformed input is the test's mistake, not gateway behaviour: it is reported naming the argument
// and what was expected (field report 13), never with OpenSSL's raw text.
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

const EXPECTED =
  "an X.509 certificate as DER bytes, PEM text ('-----BEGIN CERTIFICATE-----'), or an object with `der` or `pem` (e.g. certs.validClient)";

/** Thrown for a certificate argument that is not a certificate (a TypeError: the caller's mistake). */
export class CertificateInputError extends TypeError {
  constructor(argument: string, problem: string) {
    super(`${argument}: expected ${EXPECTED}; ${problem}`);
    this.name = "CertificateInputError";
  }
}

function describeInput(input: unknown): string {
  if (input instanceof Uint8Array)
    return `got ${input.length} bytes that do not parse as a DER certificate`;
  if (typeof input === "string")
    return input.includes("-----BEGIN CERTIFICATE-----")
      ? input.includes("-----END CERTIFICATE-----")
        ? "got PEM text whose content does not parse as a certificate"
        : "got PEM text without its '-----END CERTIFICATE-----' line (truncated?)"
      : `got text that is not PEM: '${input.slice(0, 40)}${input.length > 40 ? "..." : ""}'`;
  return `got ${input === null ? "null" : typeof input}`;
}

/** A certificate argument's record; anything but a certificate fails naming `argument`. */
export function clientCertificateRecord(
  input: CertificateInput,
  argument: string,
  id?: string,
): CertificateRecord {
  const valid =
    input instanceof Uint8Array ||
    typeof input === "string" ||
    (typeof input === "object" && input !== null && ("der" in input || "pem" in input));
  if (!valid) throw new CertificateInputError(argument, describeInput(input));
  if (
    typeof input === "string" &&
    input.includes("-----BEGIN") &&
    !input.includes("-----END CERTIFICATE-----")
  )
    throw new CertificateInputError(argument, describeInput(input));
  try {
    return certificateRecord(input, id);
  } catch (error) {
    if (error instanceof CertificateInputError) throw error;
    const raw =
      input instanceof Uint8Array || typeof input === "string"
        ? input
        : "der" in input
          ? input.der
          : input.pem;
    throw new CertificateInputError(argument, describeInput(raw));
  }
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

/** An uploaded certificate's record; `argument` names it in errors (e.g. `deployment.certificates[0]`). */
export function uploadedCertificateRecord(
  input: UploadedCertificate,
  argument: string,
): CertificateRecord {
  if (
    typeof input === "object" &&
    input !== null &&
    !(input instanceof Uint8Array) &&
    "certificate" in input
  ) {
    return clientCertificateRecord(input.certificate, `${argument}.certificate`, input.id);
  }
  return clientCertificateRecord(input as CertificateInput, argument);
}
