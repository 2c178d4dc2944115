// RSA signature verification as APIM's allow-list permits it (api-management-policy-expressions.md,
// ".NET Framework types allowed in policy expressions": System.Security.Cryptography.RSA,
// HashAlgorithmName, RSASignaturePadding and X509Certificates.RSACertificateExtensions, all
// members): `cert.GetRSAPublicKey().VerifyData(data, signature, HashAlgorithmName.SHA256,
// RSASignaturePadding.Pkcs1)`, as policies check a webhook's signature against a certificate.
// GetRSAPublicKey / GetRSAPrivateKey are declared on X509Certificate2 (x509-certificate2.ts).
// SignData is not declared: it needs a private key, and no certificate an expression reaches in
// the harness carries one (HasPrivateKey is false; the page does not say whether
// context.Deployment.Certificates keep theirs).
import type { bytes } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.Security.Cryptography.HashAlgorithmName. */
export interface HashAlgorithmName {
  /** "MD5", "SHA1", "SHA256", "SHA384" or "SHA512". */
  readonly Name: string;
}

/** HashAlgorithmName's statics. */
export interface HashAlgorithmNameStatic {
  readonly MD5: HashAlgorithmName;
  readonly SHA1: HashAlgorithmName;
  readonly SHA256: HashAlgorithmName;
  readonly SHA384: HashAlgorithmName;
  readonly SHA512: HashAlgorithmName;
}

/** System.Security.Cryptography.RSASignaturePadding. */
export interface RSASignaturePadding {
  readonly __rsaSignaturePadding: "RSASignaturePadding";
}

/** RSASignaturePadding's statics. */
export interface RSASignaturePaddingStatic {
  /** RSASSA-PKCS1-v1_5 (RFC 8017, section 8.2). */
  readonly Pkcs1: RSASignaturePadding;
  /**
   * RSASSA-PSS (RFC 8017, section 8.1). The harness refuses a verification with it: the C#
   * cross-check's mono has no PSS, so the harness has no real .NET to compare with.
   */
  readonly Pss: RSASignaturePadding;
}

/** System.Security.Cryptography.RSA: a certificate's RSA key. */
export interface RSA {
  /**
   * Whether `signature` is the key's signature of `data` hashed with `hashAlgorithm`. A signature
   * of the wrong length or made by another key is false, not an error. ArgumentNullException
   * for a null data or signature.
   */
  VerifyData(
    data: bytes | null,
    signature: bytes | null,
    hashAlgorithm: HashAlgorithmName,
    padding: RSASignaturePadding,
  ): boolean;
}

/** System.Security.Cryptography.HashAlgorithmName. */
export const HashAlgorithmName: HashAlgorithmNameStatic =
  dotnetValue<HashAlgorithmNameStatic>("HashAlgorithmName");
/** System.Security.Cryptography.RSASignaturePadding. */
export const RSASignaturePadding: RSASignaturePaddingStatic =
  dotnetValue<RSASignaturePaddingStatic>("RSASignaturePadding");
