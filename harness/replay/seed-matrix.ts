// The seed's scenario matrix, this repository's own proof of its example policies
// (test/replay/seed-matrix.test.ts runs every policy of policy-src through it and replays it in
// C#; `apim-ts verify` replays a project's own tests instead): the seed sample's APIM instance (Valid Client and Unprotected API uploaded, Root + DEV
// intermediate as CA store, the `validate-certificate-chain` named value) on a classic and a v2
// tier, with C on and off, and every seed certificate presented both ways APIM can see one (the
// TLS handshake and the Application Gateway's X-Client-Certificate header), malformed headers
// (docs/scenarios.md section 5), and the Expired Client's validity boundary in three time zones.
// Outcomes are not asserted here (the project's tests do that): this produces evaluations.
// The test suites keep their own tables (test/scenarios, test/appgw) and replay those.
import { X509Certificate } from "node:crypto";
import type { PolicyDocument } from "../../src/model/document.ts";
import { certificatePem } from "../../src/certificates/handles.ts";
import type { CertificateFolder } from "../../src/certificates/handles.ts";
import { createGateway } from "../apim/gateway.ts";
import {
  requestClientCertificates,
  type GatewayRequest,
  type Tier,
} from "../apim/gateway-options.ts";
import type { HasEvaluations } from "./collect.ts";

/** After every seed certificate's "now" (generated 2026-06-01, reference 2026-05-14), before 2076. */
export const SEED_INSTANT = "2026-06-15T08:00:00Z";

/** Named values the seed's policies use; `validate-certificate-chain` is set per scenario. */
export const SEED_NAMED_VALUES: Readonly<Record<string, string>> = {
  "protected-api-url": "https://protected-api.example.net",
};

export interface SeedScenario {
  readonly name: string;
  readonly tier: Tier;
  readonly chain: boolean;
  readonly instant: string;
  readonly timeZone: string;
  readonly request: GatewayRequest;
}

const CLIENTS = [
  "validClient",
  "unprotectedApi",
  "unregisteredClient",
  "untrustedClient",
  "expiredClient",
  "notYetValidClient",
] as const;

const HOUR = 3_600_000;

/** The malformed header values of docs/scenarios.md section 5. */
function malformedHeaders(folder: CertificateFolder): [string, string][] {
  const encoded = encodeURIComponent(certificatePem(folder.validClient.der));
  return [
    ["not URL-encoded", certificatePem(folder.validClient.der).replace(/\n/g, " ")],
    ["'+' where %2B was meant", encoded.replace(/%2B/g, "+")],
    ["truncated base64", encoded.slice(0, Math.floor(encoded.length / 2))],
    [
      "not a certificate",
      encodeURIComponent("-----BEGIN CERTIFICATE-----\nSGVsbG8=\n-----END CERTIFICATE-----\n"),
    ],
    [
      "two certificates",
      encodeURIComponent(
        certificatePem(folder.validClient.der) + certificatePem(folder.unprotectedApi.der),
      ),
    ],
    ["100 KB value", "A".repeat(100 * 1024)],
    ["whitespace only", " "],
  ];
}

/** Every scenario of the matrix for one certificate folder. */
export function seedScenarios(folder: CertificateFolder, instant = SEED_INSTANT): SeedScenario[] {
  const scenarios: SeedScenario[] = [];
  const base = { instant, timeZone: "UTC" };
  for (const tier of ["Developer", "StandardV2"] as const) {
    for (const chain of [true, false]) {
      const at = { ...base, tier, chain };
      scenarios.push({ ...at, name: `${tier}, C=${chain}: no certificate`, request: {} });
      for (const client of CLIENTS) {
        const handle = folder[client];
        scenarios.push({
          ...at,
          name: `${tier}, C=${chain}: ${handle.name} in the TLS handshake`,
          request: { clientCertificate: handle },
        });
        scenarios.push({
          ...at,
          name: `${tier}, C=${chain}: ${handle.name} in X-Client-Certificate`,
          request: { headers: { "X-Client-Certificate": handle.asAgwHeader() } },
        });
      }
    }
  }
  for (const [name, value] of malformedHeaders(folder)) {
    scenarios.push({
      ...base,
      tier: "Developer",
      chain: true,
      name: `bad input: ${name}`,
      request: { headers: { "X-Client-Certificate": value } },
    });
  }
  const expiry = Date.parse(new X509Certificate(folder.expiredClient.der).validTo);
  for (const timeZone of ["UTC", "+02:00", "America/New_York"]) {
    for (const offset of [-HOUR, 0, HOUR]) {
      const when = new Date(expiry + offset).toISOString();
      for (const request of [
        { clientCertificate: folder.expiredClient },
        { headers: { "X-Client-Certificate": folder.expiredClient.asAgwHeader() } },
      ]) {
        scenarios.push({
          name: `${timeZone}, expiry ${offset / HOUR >= 0 ? "+" : ""}${offset / HOUR} h, ${"headers" in request ? "header" : "handshake"}`,
          tier: "Developer",
          chain: true,
          instant: when,
          timeZone,
          request,
        });
      }
    }
  }
  return scenarios;
}

/** Runs a policy document (operation scope) through one scenario on the seed's APIM instance. */
export function runSeedScenario(
  document: PolicyDocument,
  folder: CertificateFolder,
  scenario: SeedScenario,
): Promise<HasEvaluations> {
  const gateway = createGateway({
    clock: { instant: scenario.instant, timeZone: scenario.timeZone },
    deployment: {
      tier: scenario.tier,
      // Scenarios present the certificate in the TLS handshake: the host name negotiates it.
      ...requestClientCertificates(scenario.tier),
      certificates: [
        folder.validClient,
        { id: "dev-unprotected-api", certificate: folder.unprotectedApi },
      ],
      caCertificates: [folder.rootCa, folder.devIntermediateCa],
    },
    namedValues: { ...SEED_NAMED_VALUES, "validate-certificate-chain": String(scenario.chain) },
    policies: { operation: document },
  });
  return gateway.send(scenario.request);
}
