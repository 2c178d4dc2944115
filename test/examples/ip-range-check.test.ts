// policy-src/examples/ip-range-check: callers inside the named value's CIDR block reach the
// backend, callers outside get 403, for random networks, prefixes (0 to 32) and addresses; the
// expected membership is computed independently here (BigInt arithmetic on the address bits, the
// CIDR rule of RFC 4632 section 3.1); every evaluation is replayed through the emitted C# (mono)
// with zero divergences, which proves the bit operations mean the same in both languages.
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import ipRangeCheck from "../../policy-src/examples/ip-range-check.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();

const toNumber = (address: string): bigint =>
  address.split(".").reduce((value, part) => (value << 8n) | BigInt(part), 0n);

/** RFC 4632: the address is in the block when its first `prefix` bits equal the network's. */
function inBlock(address: string, network: string, prefix: number): boolean {
  const shift = BigInt(32 - prefix);
  return toNumber(address) >> shift === toNumber(network) >> shift;
}

async function send(network: string, ipAddress: string) {
  const apim = createGateway({
    policies: { operation: ipRangeCheck },
    namedValues: { "allowed-network": network },
  });
  const result = await apim.send({ url: "/", ipAddress });
  recorder.add(result, `${ipAddress} in ${network}`, "ip-range-check");
  return result;
}

describeWithCSharp("example: IP range check with bit operations", (toolchain) => {
  it("admits 10.20.x.y for 10.20.0.0/16 and refuses its neighbours", async () => {
    expect((await send("10.20.0.0/16", "10.20.255.1")).status).toBe(200);
    expect((await send("10.20.0.0/16", "10.21.0.1")).status).toBe(403);
    expect((await send("10.20.0.0/16", "10.19.255.255")).status).toBe(403);
  });

  it("handles addresses above 127.255.255.255 and the /0 and /32 edges", async () => {
    expect((await send("192.168.1.0/24", "192.168.1.200")).status).toBe(200);
    expect((await send("192.168.1.0/24", "192.168.2.1")).status).toBe(403);
    expect((await send("0.0.0.0/0", "255.255.255.255")).status).toBe(200);
    expect((await send("203.0.113.7/32", "203.0.113.7")).status).toBe(200);
    expect((await send("203.0.113.7/32", "203.0.113.8")).status).toBe(403);
  });

  it("refuses callers whose address is not dotted IPv4", async () => {
    expect((await send("10.0.0.0/8", "2001:db8::1")).status).toBe(403);
  });

  it("agrees with the CIDR rule for random networks, prefixes and addresses", async () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const address = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join("."));
    const cases = fc.sample(fc.tuple(address, fc.integer({ min: 0, max: 32 }), address), {
      numRuns: 40,
      seed: 1801,
    });
    for (const [network, prefix, caller] of cases) {
      // Half the callers are taken inside the block: the network's prefix bits, the caller's rest.
      const inside = (toNumber(network) >> BigInt(32 - prefix)) << BigInt(32 - prefix);
      const rest = toNumber(caller) & ((1n << BigInt(32 - prefix)) - 1n);
      const near = [24n, 16n, 8n, 0n].map((s) => String(((inside | rest) >> s) & 255n)).join(".");
      for (const ip of [caller, near]) {
        const result = await send(`${network}/${prefix}`, ip);
        expect(result.status, `${ip} in ${network}/${prefix}`).toBe(
          inBlock(ip, network, prefix) ? 200 : 403,
        );
      }
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 80 });
});
