// System.Security.Cryptography.X509Certificates.X509Certificate2 for the harness, built from the
// bytes an expression passes (DER, or PEM text as .NET also accepts). Parsing failures throw
// CryptographicException as .NET does; an empty array gives an empty instance whose members throw
// (as .NET Framework and Mono do, with .NET Framework's message). Dates are gateway-local DateTimes of the ambient time zone.
// Parses are cached by the bytes' SHA-1 (certificate-parse-cache.ts): policies construct the same
// few certificates on every request, and parsing dominated a simulated request's cost.
import { createHash, X509Certificate, type KeyObject } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { CryptographicException } from "./exceptions.ts";
import {
  currentEnvironment,
  currentEnvironmentOrUndefined,
  UNIX_EPOCH_TICKS,
} from "./environment.ts";
import { DateTimeValue, utcToLocalTicks } from "./date-time.ts";
import { REFUSED_CHAIN_ADVICE, type ChainResult } from "./chain-validation.ts";
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { validateChainSync } from "./chain-validation-worker.ts";
import { formatName, lastAttribute, parseName, type ParsedName } from "./x509-name.ts";
import { X509NameType, type X509NameTypeValue } from "./x509-name-type.ts";
import { ParseCache } from "./certificate-parse-cache.ts";
import { RsaValue } from "./rsa.ts";

const PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
const PEM_END = "-----END CERTIFICATE-----";
const UNABLE_TO_DECODE = "Unable to decode certificate.";
// .NET Framework's X509Certificate/X509Certificate2 members on an empty instance (reference source:
// `throw new CryptographicException(SR.GetString(SR.Cryptography_InvalidHandle),
// "m_safeCertContext")`, "{0} is an invalid handle."); mono says "Certificate instance is empty.".
const EMPTY = "m_safeCertContext is an invalid handle.";

/** System.Security.Cryptography.X509Certificates.X500DistinguishedName. */
export interface X500DistinguishedNameValue {
  readonly Name: string;
  readonly RawData: Uint8Array;
  toString(): string;
}

/** One entry of X509Certificate2.Extensions (Oid.Value, Critical, RawData). */
export interface X509ExtensionValue {
  readonly Oid: { readonly Value: string };
  readonly Critical: boolean;
  readonly RawData: Uint8Array;
}

interface Parsed {
  readonly der: Uint8Array;
  readonly certificate: pkijs.Certificate;
  readonly subject: ParsedName;
  readonly issuer: ParsedName;
  /** Upper-case hex SHA-1 of `der`, computed on first read. */
  thumbprint?: string;
  /** The subject's RSA public key (null: another key type), read on first use. */
  rsaKey?: KeyObject | null;
}

// Shared by every instance over the same bytes (see certificate-parse-cache.ts); failures are not
// cached, so malformed input always throws afresh.
const parsedCertificates = new ParseCache<Parsed>();

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex").toUpperCase();
}

// Mono (and Windows) accept PEM text as well as DER; other encodings are not certificates.
function derFromInput(raw: Uint8Array): Uint8Array {
  if (raw[0] === 0x30) return raw;
  const text = Buffer.from(raw).toString("latin1");
  const begin = text.indexOf(PEM_BEGIN);
  const end = text.indexOf(PEM_END, begin + PEM_BEGIN.length);
  if (begin < 0 || end < 0) throw new CryptographicException(UNABLE_TO_DECODE);
  const body = text.slice(begin + PEM_BEGIN.length, end).replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0)
    throw new CryptographicException(UNABLE_TO_DECODE);
  return new Uint8Array(Buffer.from(body, "base64"));
}

function parse(raw: Uint8Array): Parsed {
  const input = derFromInput(raw);
  const ber = asn1js.fromBER(input);
  if (ber.offset === -1 || !(ber.result instanceof asn1js.Sequence))
    throw new CryptographicException(UNABLE_TO_DECODE);
  try {
    // Trailing bytes (a second certificate, garbage) are ignored, as Mono and Windows do.
    const der = input.slice(0, ber.offset);
    const certificate = new pkijs.Certificate({ schema: ber.result });
    return {
      der,
      certificate,
      subject: parseName(new Uint8Array(certificate.subject.valueBeforeDecode)),
      issuer: parseName(new Uint8Array(certificate.issuer.valueBeforeDecode)),
    };
  } catch {
    throw new CryptographicException(UNABLE_TO_DECODE);
  }
}

function localDateTime(date: Date): DateTimeValue {
  const utcTicks = UNIX_EPOCH_TICKS + BigInt(date.getTime()) * 10_000n;
  const timeZone = currentEnvironmentOrUndefined()?.timeZone ?? "UTC";
  return DateTimeValue.fromTicks(utcToLocalTicks(utcTicks, timeZone), "Local", timeZone);
}

/** X509Certificate2 as APIM's expressions see it. */
export class X509Certificate2Value {
  readonly #parsed: Parsed | undefined;

  /** From DER or PEM bytes; throws CryptographicException for anything else. Empty/null gives an empty instance. */
  constructor(rawData: Uint8Array | null) {
    this.#parsed =
      rawData == null || rawData.length === 0
        ? undefined
        : parsedCertificates.get(rawData, () => parse(rawData));
  }

  #get(): Parsed {
    if (this.#parsed === undefined) throw new CryptographicException(EMPTY);
    return this.#parsed;
  }

  /** Upper-case hex SHA-1 of the DER bytes. */
  get Thumbprint(): string {
    const parsed = this.#get();
    return (parsed.thumbprint ??= createHash("sha1")
      .update(parsed.der)
      .digest("hex")
      .toUpperCase());
  }
  get Subject(): string {
    return formatName(this.#get().subject);
  }
  get Issuer(): string {
    return formatName(this.#get().issuer);
  }
  get SubjectName(): X500DistinguishedNameValue {
    const { certificate, subject } = this.#get();
    return distinguishedName(subject, new Uint8Array(certificate.subject.valueBeforeDecode));
  }
  get IssuerName(): X500DistinguishedNameValue {
    const { certificate, issuer } = this.#get();
    return distinguishedName(issuer, new Uint8Array(certificate.issuer.valueBeforeDecode));
  }
  /** Upper-case hex of the serial number as encoded (leading zero bytes kept). */
  get SerialNumber(): string {
    return hex(this.#get().certificate.serialNumber.valueBlock.valueHexView);
  }
  /** Start of validity in the gateway's local time (Kind Local). */
  get NotBefore(): DateTimeValue {
    return localDateTime(this.#get().certificate.notBefore.value);
  }
  /** End of validity in the gateway's local time (Kind Local). */
  get NotAfter(): DateTimeValue {
    return localDateTime(this.#get().certificate.notAfter.value);
  }
  get Version(): number {
    return this.#get().certificate.version + 1;
  }
  get HasPrivateKey(): boolean {
    this.#get();
    return false;
  }
  /**
   * RSACertificateExtensions.GetRSAPublicKey: the subject's RSA key, or null when the key is not
   * RSA (rsaEncryption in the SubjectPublicKeyInfo).
   */
  GetRSAPublicKey(): RsaValue | null {
    const parsed = this.#get();
    if (parsed.rsaKey === undefined) {
      const key = new X509Certificate(parsed.der).publicKey;
      parsed.rsaKey = key.asymmetricKeyType === "rsa" ? key : null;
    }
    return parsed.rsaKey ? new RsaValue(parsed.rsaKey) : null;
  }
  /** RSACertificateExtensions.GetRSAPrivateKey: null, as no harness certificate has a private key. */
  GetRSAPrivateKey(): RsaValue | null {
    this.#get();
    return null;
  }
  get RawData(): Uint8Array {
    return this.GetRawCertData();
  }
  get Extensions(): readonly X509ExtensionValue[] {
    return (this.#get().certificate.extensions ?? []).map((e) => ({
      Oid: { Value: e.extnID },
      Critical: e.critical,
      RawData: new Uint8Array(e.extnValue.valueBlock.valueHexView),
    }));
  }

  /** .NET's GetNameInfo: SimpleName is the CN (else OU, O, E); DnsName the first SAN DNS name, else the CN. */
  GetNameInfo(nameType: X509NameTypeValue, forIssuer: boolean): string {
    const { subject, issuer, certificate } = this.#get();
    const name = forIssuer ? issuer : subject;
    const altNames = alternativeNames(certificate, forIssuer ? "2.5.29.18" : "2.5.29.17");
    const simple = () =>
      lastAttribute(name, "2.5.4.3") ??
      lastAttribute(name, "2.5.4.11") ??
      lastAttribute(name, "2.5.4.10") ??
      lastAttribute(name, "1.2.840.113549.1.9.1") ??
      name[name.length - 1]?.[0]?.value ??
      "";
    switch (nameType?.value) {
      case X509NameType.SimpleName.value:
        return simple();
      case X509NameType.EmailName.value:
        return (
          altNames.find((n) => n.type === 1)?.value ??
          lastAttribute(name, "1.2.840.113549.1.9.1") ??
          ""
        );
      case X509NameType.UpnName.value:
        return altNames.find((n) => n.type === 0 && n.upn !== undefined)?.upn ?? "";
      case X509NameType.DnsName.value:
        return altNames.find((n) => n.type === 2)?.value ?? lastAttribute(name, "2.5.4.3") ?? "";
      case X509NameType.DnsFromAlternativeName.value:
        return altNames.find((n) => n.type === 2)?.value ?? "";
      case X509NameType.UrlName.value:
        return altNames.find((n) => n.type === 6)?.value ?? "";
      default:
        throw new CryptographicException("Invalid X509NameType.");
    }
  }
  /** A copy of the DER bytes. */
  GetRawCertData(): Uint8Array {
    return this.#get().der.slice();
  }
  GetCertHashString(): string {
    return this.Thumbprint;
  }
  GetSerialNumberString(): string {
    return this.SerialNumber;
  }
  /** Chain and revocation: without reachable revocation information .NET reports false. */
  Verify(): boolean {
    this.#get();
    return currentEnvironment().revocationReachable ? this.VerifyNoRevocation() : false;
  }
  /** APIM's extension: chain to the uploaded CA certificates at the virtual clock's instant, no revocation. */
  VerifyNoRevocation(): boolean {
    const chain = this.validateChain();
    // Verify() and validate-client-certificate (validate-trust) come through here too.
    const advice = REFUSED_CHAIN_ADVICE[chain.code];
    if (advice !== undefined)
      throw new HarnessRefusal(
        `X509Certificate2 chain validation (Verify, VerifyNoRevocation, validate-client-certificate): ${chain.message}. ` +
          "How Windows' chain engine, which APIM's gateway uses, treats such a certificate is " +
          `not documented by Microsoft, so the harness refuses rather than guess. ${advice}`,
      );
    return chain.valid;
  }
  /** The chain validation behind VerifyNoRevocation, with pkijs's reason (harness diagnostics). */
  validateChain(): ChainResult {
    const { der } = this.#get();
    const env = currentEnvironment();
    const atMs = Number((env.utcTicks - UNIX_EPOCH_TICKS) / 10_000n);
    return validateChainSync(der, env.trustedCaCertificates, atMs);
  }
  /**
   * X509Certificate.Equals (.NET Framework's reference source): false for anything but a
   * certificate; an empty instance equals only another empty one; otherwise the Issuer and the
   * SerialNumber decide (reading them from an empty `other` throws, as .NET's does).
   */
  Equals(other: unknown): boolean {
    if (!(other instanceof X509Certificate2Value)) return false;
    if (this.#parsed === undefined) return other.#parsed === undefined;
    return this.Issuer === other.Issuer && this.SerialNumber === other.SerialNumber;
  }

  /**
   * X509Certificate2.ToString() is the verbose listing of X509Certificate.ToString(true), with
   * Windows line breaks (APIM runs on Windows) and dates in the invariant "G" format.
   */
  ToString(verbose?: boolean): string {
    if (this.#parsed === undefined)
      return "System.Security.Cryptography.X509Certificates.X509Certificate2";
    void verbose;
    const nl = "\r\n";
    const section = (title: string, value: string) => `[${title}]${nl}  ${value}${nl}${nl}`;
    return (
      section("Subject", this.Subject) +
      section("Issuer", this.Issuer) +
      section("Serial Number", this.SerialNumber) +
      section("Not Before", this.NotBefore.ToString()) +
      section("Not After", this.NotAfter.ToString()) +
      `[Thumbprint]${nl}  ${this.Thumbprint}${nl}`
    );
  }
  toString(): string {
    return this.ToString();
  }
}

function distinguishedName(name: ParsedName, raw: Uint8Array): X500DistinguishedNameValue {
  const text = formatName(name);
  return Object.freeze({
    Name: text,
    RawData: raw.slice(),
    toString: () => "System.Security.Cryptography.X509Certificates.X500DistinguishedName",
  });
}

interface AltName {
  readonly type: number;
  readonly value: string;
  readonly upn?: string;
}

function alternativeNames(certificate: pkijs.Certificate, oid: string): AltName[] {
  const extension = certificate.extensions?.find((e) => e.extnID === oid);
  const parsed = extension?.parsedValue as pkijs.AltName | undefined;
  if (parsed === undefined || !Array.isArray(parsed.altNames)) return [];
  return parsed.altNames.map((n) => {
    if (typeof n.value === "string") return { type: n.type, value: n.value };
    if (n.type === 0) {
      // otherName: [type-id OID, [0] EXPLICIT value]; UPN is 1.3.6.1.4.1.311.20.2.3 as UTF8String.
      const upn = otherNameUpn(n.value);
      return upn === undefined ? { type: 0, value: "" } : { type: 0, value: upn, upn };
    }
    return { type: n.type, value: "" };
  });
}

function otherNameUpn(value: unknown): string | undefined {
  try {
    const items = (value as asn1js.Sequence).valueBlock.value;
    const oid = (items[0] as asn1js.ObjectIdentifier).valueBlock.toString();
    if (oid !== "1.3.6.1.4.1.311.20.2.3") return undefined;
    const inner = (items[1] as asn1js.Constructed).valueBlock.value[0] as unknown as {
      valueBlock: { value: unknown };
    };
    return typeof inner.valueBlock.value === "string" ? inner.valueBlock.value : undefined;
  } catch {
    return undefined;
  }
}
