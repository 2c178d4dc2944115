// Test support: chains whose CA certificates are of X.509 version 1 or 2 (no extensions, so no
// basicConstraints), as `openssl x509 -req` without -extfile makes them, beside their version-3
// counterparts. Built with x509-builder.ts (the committed keys, deterministic signatures), valid
// 2026-01-01 to 2036-01-01. Shared by the chain-validation, X509Certificate2, validate-client-certificate
// and Application Gateway tests of such chains.
import * as asn1js from "asn1js";
import {
  buildCertificate,
  CA_KEY_USAGE,
  caConstraints,
  KEYS,
  OID,
  type Extension,
  type Name,
} from "./x509-builder.ts";

/** An instant inside every certificate's validity. */
export const DURING = Date.parse("2026-07-01T00:00:00Z");

const cn = (name: string): Name => [[[OID.CN, name]]];
const ROOT = cn("Tutorial Root CA");
const INTERMEDIATE = cn("Tutorial Intermediate CA");

/** extendedKeyUsage clientAuth (RFC 5280 section 4.2.1.12): the Application Gateway requires it. */
const CLIENT_AUTH: Extension = {
  oid: "2.5.29.37",
  value: new Uint8Array(
    new asn1js.Sequence({
      value: [new asn1js.ObjectIdentifier({ value: "1.3.6.1.5.5.7.3.2" })],
    }).toBER(false),
  ),
};

/** The root, self-signed with the root key: v3 with basicConstraints CA:TRUE, or v1. */
const root = (version: 0 | 2) =>
  buildCertificate({
    subject: ROOT,
    serial: version === 0 ? "01" : "03",
    subjectKey: KEYS.root(),
    version,
    extensions: [caConstraints(), CA_KEY_USAGE],
  });

/** The intermediate, signed by the root: v3 with or without its CA extensions, v2 or v1. */
const intermediate = (version: 0 | 1 | 2, extensions: readonly Extension[] = []) =>
  buildCertificate({
    subject: INTERMEDIATE,
    issuer: ROOT,
    serial: `1${version}${extensions.length}`,
    subjectKey: KEYS.intermediate(),
    signingKey: KEYS.root(),
    version,
    extensions,
  });

/** A client certificate issued by `issuer` (signed with `signingKey`); v3 ones carry clientAuth. */
const client = (name: string, issuer: Name, signingKey: string, version: 0 | 2 = 2) =>
  buildCertificate({
    subject: cn(name),
    issuer,
    serial: "2A",
    subjectKey: KEYS.leaf(),
    signingKey,
    version,
    extensions: [CLIENT_AUTH],
  });

export const PRE_V3 = {
  rootV3: root(2),
  rootV1: root(0),
  intermediateV1: intermediate(0),
  intermediateV2: intermediate(1),
  /** Version 3 and no extension at all: RFC 5280 6.1.4 (k) makes it no CA. */
  intermediateV3WithoutConstraints: intermediate(2),
  intermediateV3: intermediate(2, [caConstraints(), CA_KEY_USAGE]),
  /** v3 client of the root (whichever root version is trusted: same name, same key). */
  clientOfRoot: client("Root Client", ROOT, KEYS.root()),
  /** v3 client of the intermediate (whichever intermediate version: same name, same key). */
  clientOfIntermediate: client("Intermediate Client", INTERMEDIATE, KEYS.intermediate()),
  /** A version-1 client certificate of the v3 root. */
  clientV1OfRoot: client("Version 1 Client", ROOT, KEYS.root(), 0),
} as const;

/** The chains the tests walk: a leaf and the trust store it is checked against. */
export const CASES = {
  "v1 root, v3 client": { leaf: PRE_V3.clientOfRoot, store: [PRE_V3.rootV1] },
  "v3 root, v1 intermediate": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV1],
  },
  "v3 root, v2 intermediate": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV2],
  },
  "v3 root, v3 intermediate without basicConstraints": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV3WithoutConstraints],
  },
  "v3 root, v1 client": { leaf: PRE_V3.clientV1OfRoot, store: [PRE_V3.rootV3] },
  "v3 root, v3 intermediate": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV3],
  },
} as const;
export type Case = keyof typeof CASES;
/** PEM text of certificates, one block each (an Application Gateway chain file). */
export function pemFile(...ders: readonly Uint8Array[]): string {
  return ders
    .map((der) => {
      const base64 = Buffer.from(der).toString("base64");
      return `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{1,64}/g, "$&\n")}-----END CERTIFICATE-----\n`;
    })
    .join("");
}
