// Test support: X.509 certificates assembled field by field (asn1js) and signed with the committed
// RSA keys of certs/ (RSASSA-PKCS1-v1_5 with SHA-256, RFC 8017 section 8.2: deterministic, so the
// same spec gives the same bytes on every run). The twins' tests need names, extensions and
// validity windows the generator does not make (multi-valued RDNs, quoted values, e-mail, UPN and
// URL alternative names, path-length constraints), and chains to the committed root.
import { createPrivateKey, createPublicKey, sign } from "node:crypto";
import * as asn1js from "asn1js";
import { certs } from "../../../src/certificates/index.ts";

/** An attribute of an RDN: OID, value and its ASN.1 string type. */
export type Attribute = readonly [
  oid: string,
  value: string,
  type?: "utf8" | "printable" | "ia5" | "octet",
];
/** A Name as RDNs in encoded order (root-first, as issuers write them). */
export type Name = readonly (readonly Attribute[])[];

/** A GeneralName of a subject or issuer alternative name (RFC 5280 section 4.2.1.6). */
export type GeneralName =
  | { readonly dns: string }
  | { readonly email: string }
  | { readonly uri: string }
  | { readonly upn: string }
  | { readonly otherName: string; readonly utf8: string }
  | { readonly ip: readonly number[] };

/** An extension's OID, criticality and DER value (the inside of its OCTET STRING). */
export interface Extension {
  readonly oid: string;
  readonly critical?: boolean;
  readonly value: Uint8Array;
}

export interface CertificateSpec {
  readonly subject: Name;
  /** Defaults to the subject (self-issued). */
  readonly issuer?: Name;
  /** Hex of the serial's content octets. */
  readonly serial?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** PKCS#8 PEM whose public key the certificate carries (default: the root's key). */
  readonly subjectKey?: string;
  /** PKCS#8 PEM that signs (default: subjectKey, a self-signed certificate). */
  readonly signingKey?: string;
  readonly extensions?: readonly Extension[];
  /** X.509 version field (0 = v1, 1 = v2, 2 = v3); only v3 carries extensions. */
  readonly version?: 0 | 1 | 2;
}

export const OID = {
  CN: "2.5.4.3",
  C: "2.5.4.6",
  L: "2.5.4.7",
  S: "2.5.4.8",
  O: "2.5.4.10",
  OU: "2.5.4.11",
  E: "1.2.840.113549.1.9.1",
  DC: "0.9.2342.19200300.100.1.25",
  SAN: "2.5.29.17",
  IAN: "2.5.29.18",
  BASIC_CONSTRAINTS: "2.5.29.19",
  KEY_USAGE: "2.5.29.15",
  UPN: "1.3.6.1.4.1.311.20.2.3",
} as const;

const key = (name: "rootCa" | "devIntermediateCa" | "tstIntermediateCa" | "validClient") =>
  certs[name].privateKey!;
/** The committed keys, by role. */
export const KEYS = {
  root: () => key("rootCa"),
  intermediate: () => key("devIntermediateCa"),
  other: () => key("tstIntermediateCa"),
  leaf: () => key("validClient"),
};

function stringValue([, value, type = "utf8"]: Attribute): asn1js.AsnType {
  if (type === "printable") return new asn1js.PrintableString({ value });
  if (type === "ia5") return new asn1js.IA5String({ value });
  if (type === "octet") return new asn1js.OctetString({ valueHex: Buffer.from(value, "hex") });
  return new asn1js.Utf8String({ value });
}

export function nameDer(name: Name): asn1js.Sequence {
  return new asn1js.Sequence({
    value: name.map(
      (rdn) =>
        new asn1js.Set({
          value: rdn.map(
            (attribute) =>
              new asn1js.Sequence({
                value: [
                  new asn1js.ObjectIdentifier({ value: attribute[0] }),
                  stringValue(attribute),
                ],
              }),
          ),
        }),
    ),
  });
}

const tagged = (tagNumber: number, value: asn1js.AsnType[]) =>
  new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber }, value });
const implicit = (tagNumber: number, bytes: Uint8Array) =>
  new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber }, valueHex: bytes });

function generalName(name: GeneralName): asn1js.AsnType {
  if ("dns" in name) return implicit(2, Buffer.from(name.dns, "latin1"));
  if ("email" in name) return implicit(1, Buffer.from(name.email, "latin1"));
  if ("uri" in name) return implicit(6, Buffer.from(name.uri, "latin1"));
  if ("ip" in name) return implicit(7, new Uint8Array(name.ip));
  const [oid, text] = "upn" in name ? [OID.UPN, name.upn] : [name.otherName, name.utf8];
  return tagged(0, [
    new asn1js.ObjectIdentifier({ value: oid }),
    tagged(0, [new asn1js.Utf8String({ value: text })]),
  ]);
}

const der = (value: asn1js.AsnType) => new Uint8Array(value.toBER(false));

/** subjectAltName (or issuerAltName with `oid`) holding these names. */
export function altNames(names: readonly GeneralName[], oid: string = OID.SAN): Extension {
  return { oid, value: der(new asn1js.Sequence({ value: names.map(generalName) })) };
}

/** basicConstraints: a CA with an optional pathLenConstraint, critical. */
export function caConstraints(pathLength?: number): Extension {
  const value: asn1js.AsnType[] = [new asn1js.Boolean({ value: true })];
  if (pathLength !== undefined) value.push(new asn1js.Integer({ value: pathLength }));
  return {
    oid: OID.BASIC_CONSTRAINTS,
    critical: true,
    value: der(new asn1js.Sequence({ value })),
  };
}

/** keyUsage keyCertSign and cRLSign, critical (RFC 5280 section 4.2.1.3). */
export const CA_KEY_USAGE: Extension = {
  oid: OID.KEY_USAGE,
  critical: true,
  value: der(new asn1js.BitString({ valueHex: new Uint8Array([0x06]).buffer, unusedBits: 1 })),
};

function time(date: Date): asn1js.AsnType {
  // RFC 5280 section 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
  return date.getUTCFullYear() < 2050
    ? new asn1js.UTCTime({ valueDate: date })
    : new asn1js.GeneralizedTime({ valueDate: date });
}

const SHA256_WITH_RSA = () =>
  new asn1js.Sequence({
    value: [new asn1js.ObjectIdentifier({ value: "1.2.840.113549.1.1.11" }), new asn1js.Null()],
  });

/** The DER of a certificate built from `spec`. */
export function buildCertificate(spec: CertificateSpec): Uint8Array {
  const subjectKey = spec.subjectKey ?? KEYS.root();
  const signingKey = spec.signingKey ?? subjectKey;
  const spki = createPublicKey(createPrivateKey(subjectKey)).export({
    type: "spki",
    format: "der",
  });
  const fields: asn1js.AsnType[] = [];
  const version = spec.version ?? 2;
  if (version !== 0) fields.push(tagged(0, [new asn1js.Integer({ value: version })]));
  fields.push(
    new asn1js.Integer({ valueHex: Buffer.from(spec.serial ?? "0A1B2C", "hex") }),
    SHA256_WITH_RSA(),
    nameDer(spec.issuer ?? spec.subject),
    new asn1js.Sequence({
      value: [
        time(spec.notBefore ?? new Date("2026-01-01T00:00:00Z")),
        time(spec.notAfter ?? new Date("2036-01-01T00:00:00Z")),
      ],
    }),
    nameDer(spec.subject),
    asn1js.fromBER(spki).result,
  );
  if (version === 2 && spec.extensions && spec.extensions.length > 0)
    fields.push(
      tagged(3, [
        new asn1js.Sequence({
          value: spec.extensions.map(
            (e) =>
              new asn1js.Sequence({
                value: [
                  new asn1js.ObjectIdentifier({ value: e.oid }),
                  ...(e.critical ? [new asn1js.Boolean({ value: true })] : []),
                  new asn1js.OctetString({ valueHex: e.value }),
                ],
              }),
          ),
        }),
      ]),
    );
  const tbs = der(new asn1js.Sequence({ value: fields }));
  const signature = sign("sha256", tbs, signingKey);
  return der(
    new asn1js.Sequence({
      value: [
        asn1js.fromBER(tbs).result,
        SHA256_WITH_RSA(),
        new asn1js.BitString({ valueHex: new Uint8Array(signature).buffer }),
      ],
    }),
  );
}
