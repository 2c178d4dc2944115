// The scenario tables of docs/scenarios.md sections 1, 3 and 5 and how each row is sent, shared by the
// scenario tests (which assert the outcomes) and the C# replay tests in test/replay (which replay
// every evaluation of the same rows through the emitted C#): one description of each scenario.
import type { PolicyDocument } from "apim-ts";
import {
  base,
  choose,
  DateTime,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  when,
} from "apim-ts";
import { X509Certificate } from "node:crypto";
import type { SendResult, Tier } from "apim-ts/harness";
import validateUsingPolicy from "../../policy-src/validate-using-policy.operation.ts";
import validateUsingContext from "../../policy-src/validate-using-context.operation.ts";
import { certificatePem } from "../../src/certificates/index.ts";
import type { CertificateFolder, SeedCertificates } from "../../src/certificates/index.ts";
import { seedGateway, type CertificateSet, type ClientName } from "./seed-gateway.ts";

type Folder = CertificateFolder<SeedCertificates>;

// --- Section 1 (direct mTLS) and section 3's tier modifier ---

export const DIRECT_POLICIES: readonly { name: string; document: PolicyDocument }[] = [
  { name: "validate-using-policy", document: validateUsingPolicy },
  { name: "validate-using-context", document: validateUsingContext },
];

export interface CertificateRow {
  readonly name: string;
  readonly certificate: ClientName | undefined;
  /** 200 or the reason (without the ClientCertificate prefix), with C and without. */
  readonly withChain: string | 200;
  readonly withoutChain: string | 200;
}

// Section 1's table; "C" is whether the policy validates the chain. The header table (validate-from-agw
// with X-Client-Certificate set directly) has the same rows.
export const SECTION_1: readonly CertificateRow[] = [
  { name: "none", certificate: undefined, withChain: "NotFound", withoutChain: "NotFound" },
  { name: "Valid Client", certificate: "validClient", withChain: 200, withoutChain: 200 },
  { name: "Unprotected API", certificate: "unprotectedApi", withChain: 200, withoutChain: 200 },
  {
    name: "Unregistered Client",
    certificate: "unregisteredClient",
    withChain: "IdentityNotMatched",
    withoutChain: "IdentityNotMatched",
  },
  {
    name: "Untrusted Client",
    certificate: "untrustedClient",
    withChain: "NotTrusted",
    withoutChain: "IdentityNotMatched",
  },
  {
    name: "Expired Client",
    certificate: "expiredClient",
    withChain: "Expired",
    withoutChain: "Expired",
  },
  {
    name: "Not Yet Valid Client",
    certificate: "notYetValidClient",
    withChain: "NotYetValid",
    withoutChain: "NotYetValid",
  },
];

/** The header table's rows: section 1's, "none" meaning no header. */
export const AGW_HEADER_ROWS: readonly CertificateRow[] = SECTION_1.map((row) =>
  row.certificate ? row : { ...row, name: "no header" },
);

// Section 3: on v2 tiers and Consumption there is no CA store, so with C every row that was 200 or
// IdentityNotMatched becomes NotTrusted; dates still win over trust.
export function onTier(expected: string | 200, tier: Tier, chain: boolean): string | 200 {
  const classic =
    tier === "Developer" || tier === "Basic" || tier === "Standard" || tier === "Premium";
  if (classic || !chain) return expected;
  return expected === 200 || expected === "IdentityNotMatched" ? "NotTrusted" : expected;
}

export const TIERS: readonly Tier[] = [
  "Developer",
  "Premium",
  "BasicV2",
  "StandardV2",
  "PremiumV2",
  "Consumption",
];

export const V2: readonly Tier[] = ["BasicV2", "StandardV2", "PremiumV2", "Consumption"];

/** A section 1 row: the client presents the certificate in its TLS handshake with APIM. */
export function sendDirect(
  document: PolicyDocument,
  folder: Folder,
  tier: Tier,
  chain: boolean,
  row: CertificateRow,
): Promise<SendResult> {
  return seedGateway(document, folder, { tier, chainValidation: chain }).send({
    clientCertificate: row.certificate && folder[row.certificate],
  });
}

/** A header-table row: validate-from-agw with X-Client-Certificate set directly. */
export function sendHeader(
  document: PolicyDocument,
  set: CertificateSet,
  tier: Tier,
  chain: boolean,
  row: CertificateRow,
): Promise<SendResult> {
  const folder = set.folder;
  const headers: Record<string, string> = row.certificate
    ? { "X-Client-Certificate": set.agwHeader(folder[row.certificate]) }
    : {};
  return seedGateway(document, folder, { tier, chainValidation: chain }).send({ headers });
}

// --- Section 5 (bad input) ---

export interface BadInput {
  readonly name: string;
  readonly header: (folder: Folder) => string;
  /** What the seed policy does: the exception path, or (for an empty value) NotFound. */
  readonly seed: "500" | "NotFound";
}

const encodedValid = (folder: Folder) => encodeURIComponent(certificatePem(folder.validClient.der));

export const BAD_INPUTS: readonly BadInput[] = [
  // A header value cannot hold line breaks; the raw PEM's '+' then decodes to a space.
  {
    name: "not URL-encoded",
    header: (f) => certificatePem(f.validClient.der).replace(/\n/g, " "),
    seed: "500",
  },
  {
    name: "'+' where %2B was meant",
    header: (f) => encodedValid(f).replace(/%2B/g, "+"),
    seed: "500",
  },
  {
    name: "truncated base64",
    header: (f) => encodedValid(f).slice(0, Math.floor(encodedValid(f).length / 2)),
    seed: "500",
  },
  {
    name: "a PEM of something that is not a certificate",
    header: () =>
      encodeURIComponent(
        "-----BEGIN CERTIFICATE-----\nSGVsbG8sIEFQSU0hIFRoaXMgaXMgbm90IGEgY2VydGlmaWNhdGUu\n-----END CERTIFICATE-----\n",
      ),
    seed: "500",
  },
  {
    name: "two certificates",
    header: (f) =>
      encodeURIComponent(certificatePem(f.validClient.der) + certificatePem(f.unprotectedApi.der)),
    seed: "500",
  },
  { name: "100 KB value", header: () => "A".repeat(100 * 1024), seed: "500" },
  // Whitespace only: the policy's IsNullOrWhiteSpace check treats it as no certificate.
  { name: "empty value", header: () => " ", seed: "NotFound" },
];

/** A bad-input row against a policy reading X-Client-Certificate. */
export function sendBadInput(
  document: PolicyDocument,
  folder: Folder,
  row: BadInput,
): Promise<SendResult> {
  return seedGateway(document, folder).send({
    headers: { "X-Client-Certificate": row.header(folder) },
  });
}

// --- Section 3's time-zone modifier ---

/** Compares NotAfter (gateway-local time) with DateTime.UtcNow: wrong off UTC. */
export const comparesWithUtcNow = policy({
  inbound: [
    choose(
      when(
        (c) => c.Request.Certificate != null && c.Request.Certificate.NotAfter < DateTime.UtcNow,
        [
          returnResponse([
            setStatus(401, "Unauthorized"),
            setHeader("X-Reason", "ClientCertificateExpired"),
          ]),
        ],
      ),
    ),
  ],
  backend: [base()],
});

/** Compares NotAfter with DateTime.Now: right in every zone. */
export const comparesWithNow = policy({
  inbound: [
    choose(
      when(
        (c) => c.Request.Certificate != null && c.Request.Certificate.NotAfter < DateTime.Now,
        [
          returnResponse([
            setStatus(401, "Unauthorized"),
            setHeader("X-Reason", "ClientCertificateExpired"),
          ]),
        ],
      ),
    ),
  ],
  backend: [base()],
});

export const HOUR = 3_600_000;

/** The Expired Client's NotAfter (its zero-length validity instant), epoch ms. */
export function expiryOf(folder: Folder): number {
  return Date.parse(new X509Certificate(folder.expiredClient.der).validTo);
}

/** The Expired Client sent at an instant, with the gateway in a time zone. */
export function sendAtInstant(
  document: PolicyDocument,
  folder: Folder,
  instantMs: number,
  timeZone: string,
): Promise<SendResult> {
  return seedGateway(document, folder, {
    instant: new Date(instantMs).toISOString(),
    timeZone,
  }).send({ clientCertificate: folder.expiredClient });
}
