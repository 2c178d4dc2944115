// The test API over a certificate folder: typed handles (`certs.validClient.pem`, `.der`,
// `.thumbprint`, `.privateKey`, `.asAgwHeader()`) for the committed `certs/`, and `load(dir)` for
// any folder in the same layout (the generated one, or the public sample's reference folder).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-layout.ts";
import { agwHeaderValue, pem, pemBlocks } from "./pem.ts";
import { seedTree } from "./tree.ts";

/** One certificate of a folder. */
export interface CertificateHandle {
  /** File stem, e.g. `dev-valid-client`. */
  readonly name: string;
  /** PEM text as stored in `<name>.cer`. */
  readonly pem: string;
  readonly der: Uint8Array;
  /** Upper-case hex SHA-1 of the DER, as .NET's Thumbprint. */
  readonly thumbprint: string;
  /** PKCS#8 PEM from `<name>.key`; undefined when the folder has no key file (the reference sample). */
  readonly privateKey: string | undefined;
  /** `<name>.pfx` bytes when present. */
  readonly pfx: Uint8Array | undefined;
  /** Bare base64 of `<name>.without-markers.cer` (APIM's upload format). */
  readonly base64: string;
  /** The exact `X-Client-Certificate` value Application Gateway's `{var_client_certificate}` produces. */
  asAgwHeader(): string;
}

/** Handles of the seed tree's certificates by their property names. */
export interface SeedCertificates {
  readonly rootCa: CertificateHandle;
  readonly devIntermediateCa: CertificateHandle;
  readonly tstIntermediateCa: CertificateHandle;
  readonly validClient: CertificateHandle;
  readonly unregisteredClient: CertificateHandle;
  readonly unprotectedApi: CertificateHandle;
  readonly expiredClient: CertificateHandle;
  readonly notYetValidClient: CertificateHandle;
  readonly untrustedClient: CertificateHandle;
}

/** A loaded folder: handles by property name, plus every handle by file stem and the chain files. */
export type CertificateFolder<T = SeedCertificates> = T & {
  readonly byName: ReadonlyMap<string, CertificateHandle>;
  /** DER lists of the chain files (`dev-intermediate-ca-with-root-ca.cer` → [intermediate, root]). */
  readonly chains: ReadonlyMap<string, readonly Uint8Array[]>;
  readonly dir: string;
};

interface ManifestEntry {
  readonly name: string;
  readonly handle: string;
}

function handleOf(dir: string, name: string): CertificateHandle {
  const pemText = readFileSync(join(dir, `${name}.cer`), "utf8");
  const der = pemBlocks(pemText)[0];
  if (der === undefined) throw new Error(`${name}.cer in ${dir} holds no PEM certificate`);
  const file = (suffix: string) =>
    existsSync(join(dir, name + suffix)) ? join(dir, name + suffix) : undefined;
  const keyFile = file(".key");
  const pfxFile = file(".pfx");
  const base64File = file(".without-markers.cer");
  return Object.freeze({
    name,
    pem: pemText,
    der,
    thumbprint: createHash("sha1").update(der).digest("hex").toUpperCase(),
    privateKey: keyFile === undefined ? undefined : readFileSync(keyFile, "utf8"),
    pfx: pfxFile === undefined ? undefined : new Uint8Array(readFileSync(pfxFile)),
    base64:
      base64File === undefined
        ? Buffer.from(der).toString("base64")
        : readFileSync(base64File, "utf8").replace(/\s+/g, ""),
    asAgwHeader: () => agwHeaderValue(der),
  });
}

/**
 * Loads a folder of certificates. Handle names come from its `manifest.json` when there is one,
 * else from the seed tree's names (the reference sample uses the same stems).
 */
export function load<T = SeedCertificates>(dir: string): CertificateFolder<T> {
  const manifestFile = join(dir, "manifest.json");
  const entries: readonly ManifestEntry[] = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, "utf8")) as { certificates: ManifestEntry[] })
        .certificates
    : seedTree.certificates.filter((spec) => existsSync(join(dir, `${spec.name}.cer`)));
  const handles: Record<string, CertificateHandle> = {};
  const byName = new Map<string, CertificateHandle>();
  for (const entry of entries) {
    const handle = handleOf(dir, entry.name);
    handles[entry.handle] = handle;
    byName.set(entry.name, handle);
  }
  const chains = new Map<string, readonly Uint8Array[]>();
  for (const chain of seedTree.chainFiles) {
    const file = join(dir, chain.file);
    if (existsSync(file)) chains.set(chain.file, pemBlocks(readFileSync(file, "utf8")));
  }
  return Object.freeze({ ...handles, byName, chains, dir }) as CertificateFolder<T>;
}

/** The committed `certs/` folder of this repository. */
export const committedCertsDir: string = join(PACKAGE_ROOT, "certs");

let committed: CertificateFolder | undefined;

/** Handles of the committed `certs/` (loaded on first use). */
export const certs: CertificateFolder = new Proxy({} as CertificateFolder, {
  get: (_target, property) => {
    committed ??= load(committedCertsDir);
    return Reflect.get(committed, property);
  },
  has: (_target, property) => {
    committed ??= load(committedCertsDir);
    return property in committed;
  },
  ownKeys: () => {
    committed ??= load(committedCertsDir);
    return Reflect.ownKeys(committed);
  },
  getOwnPropertyDescriptor: (_target, property) => {
    committed ??= load(committedCertsDir);
    const descriptor = Reflect.getOwnPropertyDescriptor(committed, property);
    return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
  },
});

/** PEM of a DER certificate with 64-character lines (helper for tests that build headers by hand). */
export function certificatePem(der: Uint8Array): string {
  return pem("CERTIFICATE", der, 64);
}
