// docs/scenarios.md section 2, every row: a client calls through the seed's Application Gateway (mTLS
// listener in Strict and in Passthrough mode) and APIM runs validate-from-agw, with and without the
// policy's chain check (C), for the generated certs/ and again for the public sample's certificates.
import { describe, expect, it } from "vitest";
import { GATEWAY_SERVER_HEADER, SEED_MTLS_PORT } from "../../harness/appgw/index.ts";
import {
  certificateFolders,
  reasonOf,
  seedTopology,
  type Topology,
} from "./support/seed-topology.ts";
import { SECTION_2_ROWS as ROWS, type Expectation } from "./support/section-2-tables.ts";

export async function expectOutcome(
  topology: Topology,
  result: Awaited<ReturnType<Topology["gateway"]["send"]>>,
  expected: Expectation,
  c: boolean,
): Promise<void> {
  expect(result.status, result.backend?.logText ?? result.body).toBe(expected.status);
  if (expected.status === 400) {
    expect(result.answeredBy).toBe("application-gateway");
    expect(result.header("Server")).toBe(GATEWAY_SERVER_HEADER);
    expect(result.body).toContain(expected.page);
    expect(result.backend).toBeNull();
    return;
  }
  expect(result.answeredBy).toBe("backend");
  // The certificate never reaches APIM's TLS layer.
  expect(result.backendRequest?.clientCertificate).toBeUndefined();
  if (expected.status === 401)
    expect(reasonOf(result)).toBe(
      typeof expected.reason === "function" ? expected.reason(c) : expected.reason,
    );
  else expect(reasonOf(result)).toBeNull();
  void topology;
}

for (const [folderName, folder] of certificateFolders()) {
  describe(`through the gateway to validate-from-agw, ${folderName}`, () => {
    for (const mode of ["Strict", "Passthrough"] as const) {
      for (const c of [true, false]) {
        describe(`mTLS listener ${mode}, C=${c}`, () => {
          for (const row of ROWS) {
            it(row.name, async () => {
              const topology = seedTopology(folder, {
                verifyClientAuthMode: mode,
                verifyClientCertIssuerDN: row.issuerDn ?? true,
                validateChain: c,
              });
              const certificate = row.certificate(folder);
              const result = await topology.gateway.send({
                url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
                clientCertificate: certificate,
                clientCertificateChain: row.chain?.(folder),
              });
              await expectOutcome(
                topology,
                result,
                mode === "Strict" ? row.strict : row.passthrough,
                c,
              );
            });
          }
        });
      }
    }

    describe("the other operations through the gateway", () => {
      for (const operation of ["validate-using-policy", "validate-using-context"] as const) {
        for (const mode of ["Strict", "Passthrough"] as const) {
          it(`${operation}, ${mode}, Valid Client → 401 NotFound (context.Request.Certificate is null behind the gateway)`, async () => {
            const topology = seedTopology(folder, { operation, verifyClientAuthMode: mode });
            const result = await topology.gateway.send({
              url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/${operation}`,
              clientCertificate: folder.validClient,
            });
            expect(result.status).toBe(401);
            expect(reasonOf(result)).toBe("NotFound");
            // The forwarded header is there, but these operations read the TLS certificate.
            expect(result.backend?.backendCalls).toHaveLength(0);
          });
        }
      }
    });

    it("the health probe path through the HTTPS listener answers 200, and the probe marks APIM healthy", async () => {
      const { gateway } = seedTopology(folder);
      const result = await gateway.send({
        url: "https://agw-mtls-sample/status-0123456789abcdef",
      });
      expect(result.status).toBe(200);
      expect(result.listener).toBe("https-listener");
      const probes = await gateway.probe();
      expect(probes).toEqual([
        {
          probe: "apim-gateway-probe",
          backendHost: "apim-ts-sample.azure-api.net",
          url: "https://apim-ts-sample.azure-api.net/status-0123456789abcdef",
          status: 200,
          healthy: true,
        },
      ]);
    });
  });
}
