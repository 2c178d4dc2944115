// docs/scenarios.md section 2 replayed through the emitted C#: every row of the certificate table
// through the seed's Application Gateway (mTLS listener Strict and Passthrough, C on and off), the
// other operations behind the gateway, and the header-spoofing paths (HTTPS listener with and
// without the strip rule, both mTLS modes, directly to APIM, and the fix), as test/appgw drives
// them; APIM's expression evaluations are recorded and replayed in ONE mcs compile and ONE mono run.
import { afterAll, expect, it } from "vitest";
import { SEED_MTLS_PORT, type ApplicationGateway } from "../../harness/appgw/index.ts";
import { checkHeaderSpoofing } from "../../harness/appgw/security-check.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { replayEvaluations, ReplayRecorder } from "../../harness/replay/index.ts";
import {
  certificateFolders,
  seedTopology,
  type TopologyOptions,
} from "../appgw/support/seed-topology.ts";
import { onlyFromTheGateway, SECTION_2_ROWS } from "../appgw/support/section-2-tables.ts";

/** The gateway, with every APIM result it produced recorded. */
function recording(
  gateway: ApplicationGateway,
  recorder: ReplayRecorder,
  scenario: string,
  policy: string,
): ApplicationGateway {
  return {
    model: gateway.model,
    name: gateway.name,
    send: async (request: Parameters<ApplicationGateway["send"]>[0]) => {
      const result = await gateway.send(request);
      recorder.add(result.backend, `${scenario}: ${request?.url ?? "/"}`, policy);
      return result;
    },
  } as ApplicationGateway;
}

describeWithCSharp(
  "C# replay of docs/scenarios.md section 2 (through the Application Gateway)",
  (toolchain) => {
    const recorder = new ReplayRecorder();

    for (const [folderName, folder] of certificateFolders()) {
      it(`records every scenario — ${folderName}`, async () => {
        const before = recorder.evaluations;
        for (const mode of ["Strict", "Passthrough"] as const) {
          for (const c of [true, false]) {
            for (const row of SECTION_2_ROWS) {
              const { gateway } = seedTopology(folder, {
                verifyClientAuthMode: mode,
                verifyClientCertIssuerDN: row.issuerDn ?? true,
                validateChain: c,
              });
              const result = await gateway.send({
                url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
                clientCertificate: row.certificate(folder),
                clientCertificateChain: row.chain?.(folder),
              });
              recorder.add(
                result.backend,
                `${folderName}: ${mode}, C=${c}: ${row.name}`,
                "validate-from-agw",
              );
            }
          }
          for (const operation of ["validate-using-policy", "validate-using-context"] as const) {
            const { gateway } = seedTopology(folder, { operation, verifyClientAuthMode: mode });
            const result = await gateway.send({
              url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/${operation}`,
              clientCertificate: folder.validClient,
            });
            recorder.add(
              result.backend,
              `${folderName}: ${operation} behind the gateway, ${mode}`,
              operation,
            );
          }
        }
        // The spoofing paths, as the security check walks them for each configuration of test/appgw.
        const configurations: [string, TopologyOptions][] = [
          ["seed configuration", {}],
          ["APIM restricted to the gateway", { global: onlyFromTheGateway }],
          ["HTTPS listener without the strip rule", { stripClientCertificateHeaderOnHttps: false }],
          ["Passthrough", { verifyClientAuthMode: "Passthrough" }],
        ];
        for (const [name, options] of configurations) {
          const { apim, gateway } = seedTopology(folder, options);
          const scenario = `${folderName}: header spoofing, ${name}`;
          await checkHeaderSpoofing(recording(gateway, recorder, scenario, "validate-from-agw"), {
            forgedValue: folder.validClient.asAgwHeader(),
            path: "/validate-from-agw",
            apim: {
              host: apim.host,
              send: async (request) => {
                const result = await apim.send(request);
                recorder.add(result, `${scenario}: directly to APIM`, "validate-from-agw");
                return result;
              },
            },
          });
        }
        expect(recorder.evaluations - before).toBeGreaterThan(100);
      });
    }

    // After every test, not as a last test: none depends on the order of the others (issue 10).
    afterAll(async () => {
      const report = await replayEvaluations(recorder, { toolchain });
      console.log(report.text(0));
      expect(report.ok, report.text()).toBe(true);
      expect(report.stats.compared).toBe(report.stats.evaluations);
      expect(report.stats.compiles).toBe(1);
      expect(report.stats.monoRuns).toBe(1);
    });
  },
);
