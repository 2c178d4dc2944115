// RSA signature verification for the harness: the RSA a certificate's GetRSAPublicKey() gives
// (RSACertificateExtensions), VerifyData with HashAlgorithmName and RSASignaturePadding.Pkcs1,
// by node:crypto (RSASSA-PKCS1-v1_5 is RFC 8017 section 8.2; the result is the same bit);
// test/conformance/cases/rsa.ts compares random messages and signatures with mono. PSS is
// refused: mono's RSA (RSACryptoServiceProvider) has none, so no real .NET checks the twin; so
// is an empty signature, on which mono fails with IndexOutOfRangeException.
import { verify, constants, type KeyObject } from "node:crypto";
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { ArgumentException, ArgumentNullException } from "./exceptions.ts";

/** A HashAlgorithmName value. */
export interface HashAlgorithmNameValue {
  readonly Name: string;
  toString(): string;
}

const hashName = (name: string): HashAlgorithmNameValue =>
  Object.freeze({ Name: name, toString: () => name });

/** HashAlgorithmName's statics. */
export const HashAlgorithmName = Object.freeze({
  MD5: hashName("MD5"),
  SHA1: hashName("SHA1"),
  SHA256: hashName("SHA256"),
  SHA384: hashName("SHA384"),
  SHA512: hashName("SHA512"),
});

/** An RSASignaturePadding value. */
export interface RSASignaturePaddingValue {
  readonly __rsaSignaturePadding: "RSASignaturePadding";
  readonly mode: "Pkcs1" | "Pss";
  toString(): string;
}

const padding = (mode: "Pkcs1" | "Pss"): RSASignaturePaddingValue =>
  Object.freeze({ __rsaSignaturePadding: "RSASignaturePadding", mode, toString: () => mode });

/** RSASignaturePadding's statics. */
export const RSASignaturePadding = Object.freeze({ Pkcs1: padding("Pkcs1"), Pss: padding("Pss") });

/** node:crypto's digest names for HashAlgorithmName's. */
const DIGESTS: Readonly<Record<string, string>> = {
  MD5: "md5",
  SHA1: "sha1",
  SHA256: "sha256",
  SHA384: "sha384",
  SHA512: "sha512",
};

/** System.Security.Cryptography.RSA over a public key. */
export class RsaValue {
  constructor(private readonly key: KeyObject) {}

  VerifyData(
    data: Uint8Array | null,
    signature: Uint8Array | null,
    hashAlgorithm: HashAlgorithmNameValue,
    signaturePadding: RSASignaturePaddingValue | null,
  ): boolean {
    if (data == null) throw new ArgumentNullException("data");
    if (signature == null) throw new ArgumentNullException("signature");
    const digest = DIGESTS[hashAlgorithm?.Name];
    if (!digest) throw new ArgumentException("The hash algorithm name cannot be null or empty.");
    // RSA.VerifyData checks the padding after the hash name: `if (padding == null) throw new
    // ArgumentNullException(nameof(padding))`.
    if (signaturePadding == null) throw new ArgumentNullException("padding");
    if (signaturePadding.mode !== "Pkcs1")
      throw new HarnessRefusal(
        "RSA.VerifyData with RSASignaturePadding.Pss: mono, the C# cross-check's .NET, has no PSS " +
          "(RSACryptoServiceProvider), so the harness cannot check its PSS against a real .NET",
      );
    if (signature.length === 0)
      throw new HarnessRefusal(
        "RSA.VerifyData with an empty signature: mono throws IndexOutOfRangeException; what " +
          "APIM's .NET Framework (RSACng) does is not confirmed here",
      );
    return verify(digest, data, { key: this.key, padding: constants.RSA_PKCS1_PADDING }, signature);
  }

  toString(): string {
    return "System.Security.Cryptography.RSACng";
  }
}
