// Gateway time zones that are not whole hours, replayed through the emitted C#: "+05:30" runs mono
// at Asia/Kolkata and "+05:45" at Asia/Kathmandu (zones that have kept that offset without DST),
// so DateTime.Now and a certificate's local NotBefore/NotAfter agree with the harness; "-03:30"
// has no such zone (America/St_Johns has DST) and is refused as not replayable, saying why.
import { X509Certificate } from "node:crypto";
import { expect, it } from "vitest";
import { DateTime, policy, setVariable } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { replayEvaluations, ReplayRecorder } from "../../harness/replay/index.ts";

const document = policy({
  inbound: [
    setVariable("now", () => DateTime.Now),
    setVariable("hour", () => DateTime.Now.Hour),
    setVariable("minute", () => DateTime.Now.Minute),
    setVariable("notAfter", (c) => c.Request.Certificate!.NotAfter),
    // The seed's bug class: local NotAfter compared with UtcNow is off by the zone's offset.
    setVariable("expiredByUtc", (c) => c.Request.Certificate!.NotAfter < DateTime.UtcNow),
    setVariable("expiredByNow", (c) => c.Request.Certificate!.NotAfter < DateTime.Now),
  ],
});

async function send(timeZone: string, instant: string | number) {
  const gateway = createGateway({
    policies: { operation: document },
    clock: { instant, timeZone },
    deployment: { negotiateClientCertificate: true },
  });
  return gateway.send({ clientCertificate: certs.validClient });
}

describeWithCSharp("C# replay at gateway time zones that are not whole hours", (toolchain) => {
  it("replays +05:30 (Asia/Kolkata) and +05:45 (Asia/Kathmandu) with zero divergences", async () => {
    const recorder = new ReplayRecorder();
    // Also just after the certificate's expiry: east of UTC, the local NotAfter compared with
    // UtcNow still says "valid" for 5½ hours, compared with Now it says "expired".
    const expiry = Date.parse(new X509Certificate(certs.validClient.der).validTo);
    const instants = [
      "2026-06-01T20:00:00Z",
      "2026-12-31T23:59:59Z",
      expiry + 3_600_000,
      expiry + 6 * 3_600_000,
    ];
    for (const timeZone of ["+05:30", "+05:45"]) {
      for (const instant of instants) {
        const result = await send(timeZone, instant);
        expect(result.evaluations.every((e) => e.inputs.limitations.length === 0)).toBe(true);
        recorder.add(result, `${timeZone} at ${new Date(instant).toISOString()}`, "local-time");
      }
    }
    const kolkata = await send("+05:30", "2026-06-01T20:00:00Z");
    expect(kolkata.variables.hour).toEqual({ type: "int", value: 1 });
    expect(kolkata.variables.minute).toEqual({ type: "int", value: 30 });
    expect(kolkata.evaluations[0]!.inputs.context.timeZone).toBe("Asia/Kolkata");
    const justExpired = await send("+05:30", expiry + 3_600_000);
    expect(justExpired.variables.expiredByUtc).toEqual({ type: "bool", value: false });
    expect(justExpired.variables.expiredByNow).toEqual({ type: "bool", value: true });

    const report = await replayEvaluations(recorder, { toolchain });
    if (process.env.SHOW_REPLAY) console.log(report.text(20));
    expect(report.problems, report.text()).toEqual([]);
    expect(report.divergences, report.text()).toEqual([]);
    expect(report.stats.compared).toBe(report.stats.evaluations);
    expect(report.stats.monoRuns).toBe(2);
  });

  it("refuses -03:30, naming the DST zone it will not approximate with", async () => {
    const recorder = new ReplayRecorder();
    recorder.add(await send("-03:30", "2026-06-01T20:00:00Z"), "-03:30", "local-time");
    const report = await replayEvaluations(recorder, { toolchain });
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(6);
    expect(new Set(report.problems.map((p) => p.kind))).toEqual(new Set(["not-replayable"]));
    expect(report.problems[0]!.message).toMatch(
      /time zone -03:30 cannot be replayed: .*America\/St_Johns observes daylight saving time/,
    );
  });
});
