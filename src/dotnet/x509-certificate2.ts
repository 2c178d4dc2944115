// X509Certificate2 as APIM exposes it to expressions (System.Security.Cryptography.X509Certificates),
// including APIM's VerifyNoRevocation() extension. A policy variable cannot hold one, so the
// VariableValue type in context/variables.ts leaves it out.
import type { bytes, int } from "./types.ts";
import type { DateTime } from "./date-time.ts";
import { dotnetValue } from "./runtime.ts";
import type { RSA } from "./rsa.ts";

/** System.Security.Cryptography.X509Certificates.X500DistinguishedName. */
export interface X500DistinguishedName {
  /** The name in .NET's format: RDNs in reverse of encoded order, `S=` for state, quoted values. */
  readonly Name: string;
}

/** System.Security.Cryptography.X509Certificates.X509NameType. */
export interface X509NameType {
  readonly __x509NameType: "X509NameType";
}

/** Members of the X509NameType enum. */
export interface X509NameTypeStatic {
  readonly SimpleName: X509NameType;
  readonly EmailName: X509NameType;
  readonly UpnName: X509NameType;
  readonly DnsName: X509NameType;
  readonly UrlName: X509NameType;
}

/** A certificate: the caller's (context.Request.Certificate) or one uploaded to the service. */
export interface X509Certificate2 {
  /** Upper-case hex SHA-1 of the DER bytes, no separators. */
  readonly Thumbprint: string;
  /** Subject in .NET's format, e.g. `CN=Valid Client, O=Contoso`. */
  readonly Subject: string;
  readonly Issuer: string;
  readonly SubjectName: X500DistinguishedName;
  readonly IssuerName: X500DistinguishedName;
  /** Upper-case hex, as encoded (leading zero bytes kept). */
  readonly SerialNumber: string;
  /** Start of validity in the gateway's local time. */
  readonly NotBefore: DateTime;
  /** End of validity in the gateway's local time. */
  readonly NotAfter: DateTime;
  readonly Version: int;
  readonly HasPrivateKey: boolean;
  GetNameInfo(nameType: X509NameType, forIssuer: boolean): string;
  /**
   * RSACertificateExtensions' extension: the subject's RSA public key, or null when the
   * certificate's key is not RSA.
   */
  GetRSAPublicKey(): RSA | null;
  /**
   * RSACertificateExtensions' extension: the RSA private key, or null without one. The harness's
   * certificates have none (HasPrivateKey is false), so it is always null there.
   */
  GetRSAPrivateKey(): RSA | null;
  GetRawCertData(): bytes;
  GetCertHashString(): string;
  GetSerialNumberString(): string;
  /** Chain and revocation check; false when no revocation information is reachable. */
  Verify(): boolean;
  /**
   * APIM's extension: chain to a CA certificate uploaded to the service, signatures, validity of
   * every certificate, CA flags, no revocation check. Always false on v2 tiers and Consumption.
   * The harness refuses a chain through a version-1 or version-2 CA certificate (no
   * basicConstraints): Microsoft does not document how Windows treats one.
   */
  VerifyNoRevocation(): boolean;
  ToString(): string;
}

/** Constructor of X509Certificate2 from DER bytes (what Convert.FromBase64String returns). */
export interface X509Certificate2Constructor {
  /** Throws CryptographicException when the bytes are not a certificate. */
  new (rawData: bytes): X509Certificate2;
}

/** System.Security.Cryptography.X509Certificates.X509Certificate2. */
export const X509Certificate2: X509Certificate2Constructor =
  dotnetValue<X509Certificate2Constructor>("X509Certificate2");
/** System.Security.Cryptography.X509Certificates.X509NameType. */
export const X509NameType: X509NameTypeStatic = dotnetValue<X509NameTypeStatic>("X509NameType");
