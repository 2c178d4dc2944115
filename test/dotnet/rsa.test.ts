// RSA in the harness where the conformance batch cannot compare with mono: an EC certificate's
// GetRSAPublicKey() is null, as Microsoft documents it (RSACertificateExtensions.GetRSAPublicKey,
// Returns: "The public key, or null if the certificate does not have an RSA public key"; mono
// throws NotSupportedException instead), and what the twin refuses: PSS (mono has none) and an
// empty signature (mono fails with IndexOutOfRangeException).
import { sign } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ArgumentException, ArgumentNullException } from "../../harness/dotnet/exceptions.ts";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { installDotnet } from "../../harness/dotnet/install.ts";
import { X509Certificate2Value } from "../../harness/dotnet/x509-certificate2.ts";
import { HashAlgorithmName, RSASignaturePadding } from "../../harness/dotnet/rsa.ts";
import { certs } from "../../src/certificates/index.ts";

/** An EC P-256 certificate made by `openssl req -x509 -newkey ec`. */
const EC_CERTIFICATE = new Uint8Array(
  Buffer.from(
    "MIIBgjCCASegAwIBAgIUc7sUukyphQyY1zwWqrvSR+hSz9IwCgYIKoZIzj0EAwIwFTETMBEGA1UEAwwKRUMgZml4dHVyZTAgFw0yNjEyMDEwOTAwMzRaGA8yMTI2MTEwNzA5MDAzNFowFTETMBEGA1UEAwwKRUMgZml4dHVyZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABGUyX8iQEfO1fDnGKlzXTv0psLlpIxQ5PRLN3YPfgpQ2oHk2/uUJAjCzn51wcUKbpVauRtDiTwU9C/5BJQYpe1GjUzBRMB0GA1UdDgQWBBRFZlrZk56uYge2ZjuLqqbzvCK9PTAfBgNVHSMEGDAWgBRFZlrZk56uYge2ZjuLqqbzvCK9PTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQCmeZIG9y1aC+/Xh5gFPUBOj9GyOIBJ/qCdceW8bOmiVgIhAKLhIKtD31ydJ32ckPs5gAs6lNAlcyZDwR2XNW/OPtFO",
    "base64",
  ),
);

describe("RSA", () => {
  beforeAll(() => installDotnet());
  const data = new TextEncoder().encode("payload");
  const signature = new Uint8Array(sign("sha256", data, certs.validClient.privateKey!));
  const rsa = new X509Certificate2Value(certs.validClient.der).GetRSAPublicKey()!;

  it("verifies a PKCS#1 v1.5 signature and rejects another message's", () => {
    const { SHA256 } = HashAlgorithmName;
    expect(rsa.VerifyData(data, signature, SHA256, RSASignaturePadding.Pkcs1)).toBe(true);
    expect(rsa.VerifyData(data.subarray(1), signature, SHA256, RSASignaturePadding.Pkcs1)).toBe(
      false,
    );
  });

  it("gives no RSA key for an EC certificate", () => {
    expect(new X509Certificate2Value(EC_CERTIFICATE).GetRSAPublicKey()).toBeNull();
  });

  it("refuses PSS and an empty signature", () => {
    const { SHA256 } = HashAlgorithmName;
    expect(() => rsa.VerifyData(data, signature, SHA256, RSASignaturePadding.Pss)).toThrow(
      HarnessRefusal,
    );
    expect(() => rsa.VerifyData(data, signature, SHA256, RSASignaturePadding.Pss)).toThrow(
      /^RSA\.VerifyData with RSASignaturePadding\.Pss: mono, .* has no PSS \(RSACryptoServiceProvider\), so/,
    );
    expect(() =>
      rsa.VerifyData(data, new Uint8Array(0), SHA256, RSASignaturePadding.Pkcs1),
    ).toThrow(HarnessRefusal);
    expect(() =>
      rsa.VerifyData(data, new Uint8Array(0), SHA256, RSASignaturePadding.Pkcs1),
    ).toThrow(/empty signature: mono throws IndexOutOfRangeException; what APIM's .NET Framework/);
  });
});

// RSA.VerifyData(byte[], byte[], HashAlgorithmName, RSASignaturePadding) (.NET's RSA.cs): data,
// then signature, are ArgumentNullException; an empty hash name is ArgumentException
// (Cryptography_HashAlgorithmNameNullOrEmpty); each HashAlgorithmName hashes with its algorithm
// (RFC 8017, section 8.2.2: the DigestInfo names it, so another hash does not verify).
describe("RSA.VerifyData: hashes and arguments", () => {
  beforeAll(() => installDotnet());
  const data = new TextEncoder().encode("payload");
  const key = certs.validClient.privateKey!;
  const rsa = new X509Certificate2Value(certs.validClient.der).GetRSAPublicKey()!;
  const { Pkcs1 } = RSASignaturePadding;

  it("verifies MD5, SHA1, SHA256, SHA384 and SHA512 signatures with their own name only", () => {
    const names = ["MD5", "SHA1", "SHA256", "SHA384", "SHA512"] as const;
    for (const name of names) {
      const signature = new Uint8Array(sign(name.toLowerCase(), data, key));
      for (const other of names)
        expect(rsa.VerifyData(data, signature, HashAlgorithmName[other], Pkcs1)).toBe(
          other === name,
        );
    }
  });

  it("HashAlgorithmName and RSASignaturePadding print their names; the RSA its class", () => {
    // HashAlgorithmName.ToString() returns Name; RSASignaturePadding.ToString() its Mode.
    expect(String(HashAlgorithmName.SHA384)).toBe("SHA384");
    expect(HashAlgorithmName.MD5.Name).toBe("MD5");
    expect(String(RSASignaturePadding.Pkcs1)).toBe("Pkcs1");
    expect(String(RSASignaturePadding.Pss)).toBe("Pss");
    // APIM runs .NET Framework on Windows, where GetRSAPublicKey() gives an RSACng.
    expect(String(rsa)).toBe("System.Security.Cryptography.RSACng");
  });

  it("checks data, then signature, then the hash name", () => {
    const signature = new Uint8Array(sign("sha256", data, key));
    const { SHA256 } = HashAlgorithmName;
    expect(() => rsa.VerifyData(null, null, SHA256, Pkcs1)).toThrow(/Parameter name: data$/);
    expect(() => rsa.VerifyData(null, signature, SHA256, Pkcs1)).toThrow(ArgumentNullException);
    expect(() => rsa.VerifyData(data, null, SHA256, Pkcs1)).toThrow(/Parameter name: signature$/);
    const empty = { Name: "", toString: () => "" };
    expect(() => rsa.VerifyData(data, signature, empty, Pkcs1)).toThrow(ArgumentException);
    expect(() => rsa.VerifyData(data, signature, empty, Pkcs1)).toThrow(
      "The hash algorithm name cannot be null or empty.",
    );
    expect(() => rsa.VerifyData(data, signature, empty, RSASignaturePadding.Pss)).toThrow(
      ArgumentException,
    );
    // default(HashAlgorithmName) has a null Name: the same ArgumentException.
    expect(() => rsa.VerifyData(data, signature, null as never, Pkcs1)).toThrow(ArgumentException);
    expect(() => rsa.VerifyData(data, signature, SHA256, null)).toThrow(ArgumentNullException);
    expect(() => rsa.VerifyData(data, signature, SHA256, null)).toThrow(/Parameter name: padding$/);
  });
});
