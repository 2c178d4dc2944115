// policy-src/examples/sequential-correlation-id: a request without a GUID correlation id gets a
// "COMB" GUID whose last 6 bytes are the virtual clock's milliseconds since 0001-01-01 and whose
// first 10 bytes are Guid.NewGuid()'s; the backend and the caller see the same id; a caller's GUID
// is kept (normalised to "D"). The expected timestamp is computed independently here (BigInt from
// the clock's epoch milliseconds plus .NET's 62,135,596,800,000 ms between 0001-01-01 and 1970);
// ids made later compare greater on their last 6 bytes (SQL Server's first sort key); every
// evaluation is replayed through the emitted C# (mono), the NewGuid values fed back, with zero
// divergences.
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import sequentialId from "../../policy-src/examples/sequential-correlation-id.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const EPOCH_MS = 62_135_596_800_000n; // DateTime(1970, 1, 1).Ticks / 10,000
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function gateway(instant: string, guidSeed: number) {
  let seen: string | undefined;
  const apim = createGateway({
    clock: { instant },
    guidSeed,
    policies: { operation: sequentialId },
    backend: (request) => {
      seen = request.headers["X-Correlation-Id"]?.[0];
      return { status: 200 };
    },
  });
  return { apim, seen: () => seen };
}

async function send(instant: string, guidSeed: number, headers: Record<string, string> = {}) {
  const { apim, seen } = gateway(instant, guidSeed);
  const result = await apim.send({ headers });
  recorder.add(result, `${instant} seed ${guidSeed}`, "sequential-correlation-id");
  return { result, id: result.headers["X-Correlation-Id"]![0]!, backend: seen() };
}

describeWithCSharp("example: sequential correlation id", (toolchain) => {
  it("ends the id with the clock's milliseconds and starts it with NewGuid's bytes", async () => {
    const instant = "2031-04-05T06:07:08.901Z";
    const { result, id, backend } = await send(instant, 1);
    expect(id).toMatch(GUID);
    expect(backend).toBe(id);
    const stamp = BigInt(Date.parse(instant)) + EPOCH_MS;
    expect(id.replaceAll("-", "").slice(20)).toBe(stamp.toString(16).padStart(12, "0"));
    // The first 10 bytes are the ones NewGuid returned, in ToByteArray's order.
    const [made] = result.evaluations[0]!.inputs.context.guids!;
    const n = made!.replaceAll("-", "");
    const bytes = [
      n.slice(6, 8),
      n.slice(4, 6),
      n.slice(2, 4),
      n.slice(0, 2),
      n.slice(10, 12),
      n.slice(8, 10),
      n.slice(14, 16),
      n.slice(12, 14),
      n.slice(16, 18),
      n.slice(18, 20),
    ];
    expect(id.replaceAll("-", "").slice(0, 20)).toBe(bytes.join(""));
  });

  it("sorts later ids after earlier ones on their last 6 bytes, whatever the random part", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const instant = new Date(
        Date.UTC(2030, 0, 1) + i * 997 + (i % 3) * 86_400_000 * 40,
      ).toISOString();
      ids.push((await send(instant, 100 + i)).id);
    }
    const tails = ids.map((id) => id.slice(-12));
    const byTime = [...tails].sort();
    const instants = ids.map((_, i) => Date.UTC(2030, 0, 1) + i * 997 + (i % 3) * 86_400_000 * 40);
    const order = instants.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
    expect(order.map(([, i]) => tails[i])).toEqual(byTime);
    expect(new Set(ids.map((id) => id.slice(0, 23))).size).toBe(12);
  });

  it("keeps a caller's GUID, in the D format, and replaces anything else", async () => {
    const given = "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}";
    const kept = await send("2030-06-01T00:00:00Z", 2, { "X-Correlation-Id": given });
    expect(kept.id).toBe("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    expect(kept.backend).toBe(kept.id);
    expect(kept.result.evaluations[0]!.inputs.context.guids).toBeUndefined();
    const replaced = await send("2030-06-01T00:00:00Z", 2, { "X-Correlation-Id": "not-a-guid" });
    expect(replaced.id).toMatch(GUID);
    expect(replaced.id).not.toBe("not-a-guid");
  });

  replayAfterAll(recorder, toolchain, { minimum: 40 });
});
