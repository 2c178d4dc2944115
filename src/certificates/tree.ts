// The certificate tree as data: which certificates exist, who issues them, their validity
// relative to a fixed `now`, their role (root, intermediate, client) and the chain files to write.
// The seed's tree mirrors the public mtls-with-apim sample; users declare their own the same way.

/** An offset from the tree's `now` (calendar arithmetic in UTC). */
export interface ValidityOffset {
  readonly years?: number;
  readonly months?: number;
  readonly days?: number;
  readonly seconds?: number;
}

/** One certificate of a tree. */
export interface CertificateSpec {
  /** File stem (`dev-valid-client` gives `dev-valid-client.cer`, `.key`, ...). */
  readonly name: string;
  /** Property name of its handle in the test API (`validClient`). */
  readonly handle: string;
  /** Subject as `CN=...` (RFC 4514 order, as @peculiar/x509 takes it). */
  readonly subject: string;
  /** `name` of the issuing certificate; omitted for a self-signed root. */
  readonly issuer?: string;
  /** Root and intermediate get CA extensions; client gets clientAuth and a SAN. */
  readonly role: "root" | "intermediate" | "client";
  readonly notBefore: ValidityOffset;
  readonly notAfter: ValidityOffset;
  /** pathLenConstraint of a CA (intermediates of the seed tree: 1, like the sample). */
  readonly pathLength?: number;
  /** SAN DNS names of a client (the sample uses the CN, spaces included). */
  readonly dnsNames?: readonly string[];
  /** Write a PKCS#12 (.pfx) with key, leaf and chain (clients by default). */
  readonly pfx?: boolean;
}

/** A chain file: certificates concatenated as PEM in the given order (intermediate first, then root). */
export interface ChainFileSpec {
  readonly file: string;
  readonly members: readonly string[];
}

/** A whole tree. */
export interface CertificateTree {
  readonly certificates: readonly CertificateSpec[];
  readonly chainFiles: readonly ChainFileSpec[];
  /** Password of the .pfx files. */
  readonly pfxPassword: string;
}

/** The instant the committed `certs/` was generated for (fixed, so regeneration is reproducible in shape). */
export const SEED_NOW = "2026-06-01T00:00:00Z";

const LONG_LIVED = { notBefore: {}, notAfter: { years: 50 } } as const;

/** The seed's tree: Root; DEV Intermediate with five clients; TST Intermediate with one. */
export const seedTree: CertificateTree = {
  pfxPassword: "P@ssw0rd",
  certificates: [
    {
      name: "root-ca",
      handle: "rootCa",
      subject: "CN=APIM Sample Root CA",
      role: "root",
      ...LONG_LIVED,
    },
    {
      name: "dev-intermediate-ca",
      handle: "devIntermediateCa",
      subject: "CN=APIM Sample DEV Intermediate CA",
      issuer: "root-ca",
      role: "intermediate",
      pathLength: 1,
      ...LONG_LIVED,
    },
    {
      name: "tst-intermediate-ca",
      handle: "tstIntermediateCa",
      subject: "CN=APIM Sample TST Intermediate CA",
      issuer: "root-ca",
      role: "intermediate",
      pathLength: 1,
      ...LONG_LIVED,
    },
    {
      name: "dev-valid-client",
      handle: "validClient",
      subject: "CN=Valid Client",
      issuer: "dev-intermediate-ca",
      role: "client",
      dnsNames: ["Valid Client"],
      ...LONG_LIVED,
    },
    {
      name: "dev-unregistered-client",
      handle: "unregisteredClient",
      subject: "CN=Unregistered Client",
      issuer: "dev-intermediate-ca",
      role: "client",
      dnsNames: ["Unregistered Client"],
      ...LONG_LIVED,
    },
    {
      name: "dev-unprotected-api",
      handle: "unprotectedApi",
      subject: "CN=Unprotected API",
      issuer: "dev-intermediate-ca",
      role: "client",
      dnsNames: ["Unprotected API"],
      ...LONG_LIVED,
    },
    // Zero-length validity at `now`: expired at any later instant, as in the sample.
    {
      name: "dev-expired-client",
      handle: "expiredClient",
      subject: "CN=Expired Client",
      issuer: "dev-intermediate-ca",
      role: "client",
      dnsNames: ["Expired"],
      notBefore: {},
      notAfter: {},
    },
    // Valid only in the last month of the 50 years, like the sample (2076).
    {
      name: "dev-notyetvalid-client",
      handle: "notYetValidClient",
      subject: "CN=Not Yet Valid Client",
      issuer: "dev-intermediate-ca",
      role: "client",
      dnsNames: ["Not Yet Valid Client"],
      notBefore: { years: 50, months: -1 },
      notAfter: { years: 50 },
    },
    {
      name: "tst-untrusted-client",
      handle: "untrustedClient",
      subject: "CN=Untrusted Client",
      issuer: "tst-intermediate-ca",
      role: "client",
      dnsNames: ["Untrusted Client"],
      ...LONG_LIVED,
    },
  ],
  chainFiles: [
    { file: "dev-intermediate-ca-with-root-ca.cer", members: ["dev-intermediate-ca", "root-ca"] },
    { file: "tst-intermediate-ca-with-root-ca.cer", members: ["tst-intermediate-ca", "root-ca"] },
  ],
};

/** `now` moved by `offset`, calendar-wise in UTC. */
export function applyOffset(now: Date, offset: ValidityOffset): Date {
  const date = new Date(now.getTime());
  date.setUTCFullYear(
    date.getUTCFullYear() + (offset.years ?? 0),
    date.getUTCMonth() + (offset.months ?? 0),
    date.getUTCDate() + (offset.days ?? 0),
  );
  date.setUTCSeconds(date.getUTCSeconds() + (offset.seconds ?? 0));
  return date;
}

/** Checks that issuers exist and come before the certificates they issue. Returns problems (empty when fine). */
export function checkTree(tree: CertificateTree): string[] {
  const problems: string[] = [];
  const seen = new Map<string, CertificateSpec>();
  for (const spec of tree.certificates) {
    if (seen.has(spec.name)) problems.push(`duplicate certificate name '${spec.name}'`);
    if (spec.role === "root" && spec.issuer !== undefined)
      problems.push(`root '${spec.name}' must not have an issuer`);
    if (spec.role !== "root") {
      const issuer = spec.issuer === undefined ? undefined : seen.get(spec.issuer);
      if (issuer === undefined)
        problems.push(
          `'${spec.name}': issuer '${spec.issuer ?? "(none)"}' must be declared before it`,
        );
      else if (issuer.role === "client")
        problems.push(`'${spec.name}': issuer '${issuer.name}' is not a CA`);
    }
    seen.set(spec.name, spec);
  }
  for (const chain of tree.chainFiles)
    for (const member of chain.members)
      if (!seen.has(member))
        problems.push(`chain file '${chain.file}': unknown member '${member}'`);
  return problems;
}
