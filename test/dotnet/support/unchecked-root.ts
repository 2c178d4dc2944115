// A trust-store root whose own signature WebCrypto cannot check, for the refusal of code 103
// (UNCHECKED_ANCHOR, harness/dotnet/chain-validation.ts), and a client certificate it issues.
import {
  buildCertificate,
  CA_KEY_USAGE,
  caConstraints,
  KEYS,
  OID,
  type Name,
} from "./x509-builder.ts";

const ROOT: Name = [[[OID.CN, "Tutorial Root CA"]]];

/**
 * The tutorial root with its signature algorithm rewritten from sha256WithRSAEncryption
 * (1.2.840.113549.1.1.11) to md2WithRSAEncryption (...1.1.2), which WebCrypto cannot check:
 * pkijs's verify() throws.
 */
export function md2Root(): Uint8Array {
  const root = Buffer.from(
    buildCertificate({
      subject: ROOT,
      serial: "08",
      subjectKey: KEYS.root(),
      extensions: [caConstraints(), CA_KEY_USAGE],
    }),
  );
  const sha256WithRsa = Buffer.from("06092a864886f70d01010b", "hex");
  const md2WithRsa = Buffer.from("06092a864886f70d010102", "hex");
  let at = root.indexOf(sha256WithRsa);
  if (at < 0) throw new Error("the root's DER has no sha256WithRSAEncryption to rewrite");
  for (; at >= 0; at = root.indexOf(sha256WithRsa, at + 1)) md2WithRsa.copy(root, at);
  return new Uint8Array(root);
}

/** A version-3 client certificate issued by that root's name and key (valid at DURING). */
export function clientOfMd2Root(): Uint8Array {
  return buildCertificate({
    subject: [[[OID.CN, "Contoso Client"]]],
    issuer: ROOT,
    serial: "2B",
    subjectKey: KEYS.leaf(),
    signingKey: KEYS.root(),
  });
}
