// Test support: certificate trees the seed does not have, generated in memory with ECDSA (fast):
// a deeper chain (Root → Int1 → Int2), two sibling intermediates, a root-issued client, a foreign
// root, and a client certificate without the clientAuth EKU.
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import {
  certificatePem,
  generateTree,
  type CertificateTree,
  type GeneratedCertificate,
} from "../../../src/certificates/index.ts";

const LONG = { notBefore: {}, notAfter: { years: 50 } } as const;

const TREE: CertificateTree = {
  pfxPassword: "unused",
  certificates: [
    { name: "root", handle: "root", subject: "CN=Test Root CA", role: "root", ...LONG },
    {
      name: "int1",
      handle: "int1",
      subject: "CN=Test Int1 CA",
      issuer: "root",
      role: "intermediate",
      pathLength: 1,
      ...LONG,
    },
    {
      name: "int2",
      handle: "int2",
      subject: "CN=Test Int2 CA",
      issuer: "int1",
      role: "intermediate",
      pathLength: 0,
      ...LONG,
    },
    {
      name: "sibling",
      handle: "sibling",
      subject: "CN=Test Sibling CA",
      issuer: "root",
      role: "intermediate",
      pathLength: 0,
      ...LONG,
    },
    {
      name: "client-of-int2",
      handle: "clientOfInt2",
      subject: "CN=Client of Int2",
      issuer: "int2",
      role: "client",
      ...LONG,
    },
    {
      name: "client-of-int1",
      handle: "clientOfInt1",
      subject: "CN=Client of Int1",
      issuer: "int1",
      role: "client",
      ...LONG,
    },
    {
      name: "client-of-root",
      handle: "clientOfRoot",
      subject: "CN=Client of Root",
      issuer: "root",
      role: "client",
      ...LONG,
    },
    {
      name: "client-of-sibling",
      handle: "clientOfSibling",
      subject: "CN=Client of Sibling",
      issuer: "sibling",
      role: "client",
      ...LONG,
    },
    {
      name: "foreign-root",
      handle: "foreignRoot",
      subject: "CN=Test Root CA",
      role: "root",
      ...LONG,
    },
    {
      name: "client-of-foreign-root",
      handle: "clientOfForeignRoot",
      subject: "CN=Client of Foreign Root",
      issuer: "foreign-root",
      role: "client",
      ...LONG,
    },
  ],
  chainFiles: [],
};

export interface CustomTree {
  readonly byName: ReadonlyMap<string, GeneratedCertificate>;
  /** PEM of the named certificates concatenated, in the given order (a chain file). */
  chain(...names: string[]): string;
  der(name: string): Uint8Array;
  /** A certificate issued by `issuer` without the clientAuth EKU (serverAuth only). */
  readonly serverAuthOnlyClient: Uint8Array;
}

export async function customTree(): Promise<CustomTree> {
  const generated = await generateTree({ tree: TREE, key: "ecdsa-p256", pfx: false });
  const byName = new Map(generated.certificates.map((c) => [c.spec.name, c]));
  const int2 = byName.get("int2")!;
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const algorithm = { name: "ECDSA", namedCurve: "P-256" };
  const issuerKey = await webcrypto.subtle.importKey("pkcs8", int2.privateKey, algorithm, false, [
    "sign",
  ]);
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, [
    "sign",
    "verify",
  ])) as webcrypto.CryptoKeyPair;
  const serverAuthOnly = await x509.X509CertificateGenerator.create({
    serialNumber: "0badc0de01",
    subject: "CN=Server Auth Only",
    issuer: int2.subject,
    notBefore: int2.notBefore,
    notAfter: int2.notAfter,
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" } as webcrypto.EcdsaParams,
    publicKey: keys.publicKey,
    signingKey: issuerKey,
    extensions: [new x509.ExtendedKeyUsageExtension(["1.3.6.1.5.5.7.3.1"], false)],
  });
  return {
    byName,
    chain: (...names) => names.map((name) => certificatePem(byName.get(name)!.der)).join(""),
    der: (name) => byName.get(name)!.der,
    serverAuthOnlyClient: new Uint8Array(serverAuthOnly.rawData),
  };
}
