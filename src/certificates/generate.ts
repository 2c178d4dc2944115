// Generates a certificate tree with @peculiar/x509 and WebCrypto. Everything but the key pairs is
// a function of (tree, key algorithm, now): serial numbers are derived from a hash, dates from
// `now`, and RSA PKCS#1 v1.5 signatures are deterministic. Key generation is random, which is why
// the generated `certs/` is committed and only regenerated on purpose.
import "reflect-metadata";
import { createHash, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { base64Lines, pem } from "./pem.ts";
import {
  applyOffset,
  checkTree,
  seedTree,
  SEED_NOW,
  type CertificateSpec,
  type CertificateTree,
} from "./tree.ts";
import { createPkcs12 } from "./pkcs12.ts";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** Key algorithm of every certificate in the tree. */
export type KeyAlgorithm = "rsa-2048" | "ecdsa-p256";

/** One generated certificate. */
export interface GeneratedCertificate {
  readonly spec: CertificateSpec;
  readonly der: Uint8Array;
  /** PKCS#8 DER of the private key. */
  readonly privateKey: Uint8Array;
  readonly thumbprint: string;
  readonly serialNumber: string;
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** File names written for it, by kind. */
  readonly files: Readonly<Record<string, string>>;
}

/** Everything `writeTree` puts on disk. */
export interface GeneratedTree {
  readonly now: Date;
  readonly key: KeyAlgorithm;
  readonly certificates: readonly GeneratedCertificate[];
  /** File name → content. */
  readonly files: ReadonlyMap<string, string | Uint8Array>;
}

/** Options of generateTree. */
export interface GenerateOptions {
  readonly tree?: CertificateTree;
  readonly key?: KeyAlgorithm;
  /** The instant validity windows are relative to (default: SEED_NOW). */
  readonly now?: Date | string;
  /** Write .pfx files for specs that ask for them (clients by default). Default true. */
  readonly pfx?: boolean;
}

const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

function algorithms(key: KeyAlgorithm): {
  generate: webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams;
  signing: webcrypto.Algorithm | webcrypto.EcdsaParams;
} {
  if (key === "ecdsa-p256")
    return {
      generate: { name: "ECDSA", namedCurve: "P-256" },
      signing: { name: "ECDSA", hash: "SHA-256" } as webcrypto.EcdsaParams,
    };
  return {
    generate: {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    signing: { name: "RSASSA-PKCS1-v1_5" },
  };
}

// 16 bytes like the sample's serials, positive and without a leading zero byte.
function serialFor(spec: CertificateSpec, now: Date, key: KeyAlgorithm): string {
  const hash = createHash("sha256").update(`${spec.name}|${now.toISOString()}|${key}`).digest();
  hash[0] = (hash[0]! & 0x7f) | 0x10;
  return hash.subarray(0, 16).toString("hex").toUpperCase();
}

function extensionsFor(spec: CertificateSpec, key: KeyAlgorithm): x509.Extension[] {
  const { KeyUsageFlags } = x509;
  if (spec.role === "client") {
    const usages =
      key === "rsa-2048"
        ? KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment
        : KeyUsageFlags.digitalSignature;
    const extensions: x509.Extension[] = [
      new x509.KeyUsagesExtension(usages, true),
      new x509.ExtendedKeyUsageExtension([CLIENT_AUTH], false),
    ];
    const dnsNames = spec.dnsNames ?? [];
    if (dnsNames.length > 0)
      extensions.push(
        new x509.SubjectAlternativeNameExtension(
          dnsNames.map((value) => ({ type: "dns" as const, value })),
          false,
        ),
      );
    return extensions;
  }
  return [
    new x509.BasicConstraintsExtension(true, spec.pathLength, true),
    new x509.KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
  ];
}

/** Generates every certificate, key, chain file and the manifest in memory. */
export async function generateTree(options: GenerateOptions = {}): Promise<GeneratedTree> {
  const tree = options.tree ?? seedTree;
  const key = options.key ?? "rsa-2048";
  const now = new Date(options.now ?? SEED_NOW);
  if (Number.isNaN(now.getTime())) throw new Error(`invalid 'now': ${String(options.now)}`);
  const problems = checkTree(tree);
  if (problems.length > 0) throw new Error(`invalid certificate tree:\n  ${problems.join("\n  ")}`);
  const { generate, signing } = algorithms(key);
  const made = new Map<
    string,
    { cert: x509.X509Certificate; keys: webcrypto.CryptoKeyPair; generated: GeneratedCertificate }
  >();
  const files = new Map<string, string | Uint8Array>();

  for (const spec of tree.certificates) {
    const keys = (await webcrypto.subtle.generateKey(generate, true, [
      "sign",
      "verify",
    ])) as webcrypto.CryptoKeyPair;
    const issuer = spec.issuer === undefined ? undefined : made.get(spec.issuer)!;
    const extensions = extensionsFor(spec, key);
    extensions.push(await x509.SubjectKeyIdentifierExtension.create(keys.publicKey));
    if (issuer !== undefined)
      extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey));
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: serialFor(spec, now, key),
      subject: spec.subject,
      issuer: issuer?.cert.subject ?? spec.subject,
      notBefore: applyOffset(now, spec.notBefore),
      notAfter: applyOffset(now, spec.notAfter),
      signingAlgorithm: signing,
      publicKey: keys.publicKey,
      signingKey: issuer?.keys.privateKey ?? keys.privateKey,
      extensions,
    });
    const der = new Uint8Array(cert.rawData);
    const privateKey = new Uint8Array(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
    const names: Record<string, string> = {
      pem: `${spec.name}.cer`,
      base64: `${spec.name}.without-markers.cer`,
      privateKey: `${spec.name}.key`,
    };
    files.set(names.pem!, pem("CERTIFICATE", der, 76));
    files.set(names.base64!, `${base64Lines(der, 76)}\n`);
    files.set(names.privateKey!, pem("PRIVATE KEY", privateKey, 64));
    if ((options.pfx ?? true) && (spec.pfx ?? spec.role === "client")) {
      names.pfx = `${spec.name}.pfx`;
      const chain: Uint8Array[] = [];
      for (
        let up = issuer;
        up !== undefined;
        up = up.generated.spec.issuer === undefined ? undefined : made.get(up.generated.spec.issuer)
      )
        chain.push(up.generated.der);
      files.set(
        names.pfx,
        await createPkcs12({ certificate: der, privateKey, chain, password: tree.pfxPassword }),
      );
    }
    const generated: GeneratedCertificate = {
      spec,
      der,
      privateKey,
      thumbprint: createHash("sha1").update(der).digest("hex").toUpperCase(),
      serialNumber: cert.serialNumber.toUpperCase(),
      subject: cert.subject,
      issuer: cert.issuer,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      files: names,
    };
    made.set(spec.name, { cert, keys, generated });
  }

  for (const chain of tree.chainFiles) {
    files.set(
      chain.file,
      chain.members
        .map((member) => pem("CERTIFICATE", made.get(member)!.generated.der, 76))
        .join(""),
    );
  }
  const certificates = [...made.values()].map((m) => m.generated);
  files.set(
    "manifest.json",
    `${JSON.stringify(manifestOf(now, key, tree, certificates), null, 2)}\n`,
  );
  return { now, key, certificates, files };
}

/** The manifest.json document: what a reader needs without parsing certificates. */
export interface Manifest {
  readonly generator: string;
  readonly now: string;
  readonly key: KeyAlgorithm;
  readonly pfxPassword: string;
  readonly certificates: readonly {
    readonly name: string;
    readonly handle: string;
    readonly role: CertificateSpec["role"];
    readonly subject: string;
    readonly issuer: string;
    readonly issuerName: string | null;
    readonly notBefore: string;
    readonly notAfter: string;
    readonly thumbprint: string;
    readonly serialNumber: string;
    readonly files: Readonly<Record<string, string>>;
  }[];
  readonly chainFiles: CertificateTree["chainFiles"];
}

function manifestOf(
  now: Date,
  key: KeyAlgorithm,
  tree: CertificateTree,
  certificates: readonly GeneratedCertificate[],
): Manifest {
  return {
    generator: "apim-ts certs",
    now: now.toISOString(),
    key,
    pfxPassword: tree.pfxPassword,
    certificates: certificates.map((c) => ({
      name: c.spec.name,
      handle: c.spec.handle,
      role: c.spec.role,
      subject: c.subject,
      issuer: c.issuer,
      issuerName: c.spec.issuer ?? null,
      notBefore: c.notBefore.toISOString(),
      notAfter: c.notAfter.toISOString(),
      thumbprint: c.thumbprint,
      serialNumber: c.serialNumber,
      files: c.files,
    })),
    chainFiles: tree.chainFiles,
  };
}
