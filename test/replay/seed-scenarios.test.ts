// docs/scenarios.md sections 1, 3 and 5 (and 4's backend call) replayed through the emitted C#: the
// scenario tables of test/scenarios run through the simulated gateway, every expression
// evaluation is recorded with its inputs, and the whole lot is replayed in ONE mcs compile and
// one mono run per gateway time zone, with zero divergences, for the generated certs/ and the
// interop tree (the public sample in CI, the committed openssl tree otherwise).
import { afterAll, expect, it } from "vitest";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { replayEvaluations, ReplayRecorder } from "../../harness/replay/index.ts";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";
import validateFromAgwHardened from "../../policy-src/validate-from-agw-hardened.operation.ts";
import callProtectedApi from "../../policy-src/call-protected-api.operation.ts";
import { CERTIFICATE_SETS, seedGateway } from "../scenarios/seed-gateway.ts";
import {
  AGW_HEADER_ROWS,
  BAD_INPUTS,
  comparesWithNow,
  comparesWithUtcNow,
  DIRECT_POLICIES,
  expiryOf,
  HOUR,
  SECTION_1,
  sendAtInstant,
  sendBadInput,
  sendDirect,
  sendHeader,
  TIERS,
  V2,
} from "../scenarios/scenario-tables.ts";

describeWithCSharp("C# replay of docs/scenarios.md sections 1, 3, 4 and 5", (toolchain) => {
  const recorder = new ReplayRecorder();

  for (const set of CERTIFICATE_SETS) {
    it(`records every scenario — ${set.name}`, async () => {
      const folder = set.folder;
      const before = recorder.evaluations;
      for (const chain of [true, false]) {
        for (const tier of TIERS) {
          for (const policy of DIRECT_POLICIES) {
            for (const row of SECTION_1) {
              const result = await sendDirect(policy.document, folder, tier, chain, row);
              recorder.add(
                result,
                `${set.name}: direct mTLS, ${tier}, C=${chain}: ${row.name}`,
                policy.name,
              );
            }
          }
        }
        for (const tier of ["Developer", ...V2] as const) {
          for (const row of AGW_HEADER_ROWS) {
            const result = await sendHeader(validateFromAgw, set, tier, chain, row);
            recorder.add(
              result,
              `${set.name}: header set directly, ${tier}, C=${chain}: ${row.name}`,
              "validate-from-agw",
            );
          }
        }
      }
      for (const [name, document] of [
        ["validate-from-agw", validateFromAgw],
        ["validate-from-agw-hardened", validateFromAgwHardened],
      ] as const) {
        for (const row of BAD_INPUTS) {
          recorder.add(
            await sendBadInput(document, folder, row),
            `${set.name}: bad input: ${row.name}`,
            name,
          );
        }
      }
      const expiry = expiryOf(folder);
      for (const [name, document] of [
        ["compares NotAfter with UtcNow", comparesWithUtcNow],
        ["compares NotAfter with Now", comparesWithNow],
      ] as const) {
        for (const zone of ["UTC", "+02:00", "America/New_York"]) {
          for (const offset of [-HOUR, 0, HOUR]) {
            const result = await sendAtInstant(document, folder, expiry + offset, zone);
            recorder.add(
              result,
              `${set.name}: time zone ${zone}, expiry ${offset >= 0 ? "+" : ""}${offset / HOUR} h`,
              name,
            );
          }
        }
      }
      recorder.add(
        await seedGateway(callProtectedApi, folder).send(),
        `${set.name}: backend mTLS`,
        "call-protected-api",
      );
      expect(recorder.evaluations - before).toBeGreaterThan(500);
    });
  }

  // After every test, not as a last test: none depends on the order of the others (issue 10).
  afterAll(async () => {
    const report = await replayEvaluations(recorder, { toolchain });
    console.log(report.text(0));
    expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
    expect(report.ok).toBe(true);
    expect(report.stats.compared).toBe(report.stats.evaluations);
    expect(report.stats.compiles).toBe(1);
  });
});
