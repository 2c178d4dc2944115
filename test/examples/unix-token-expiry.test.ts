// policy-src/examples/unix-token-expiry: the token service's JSON is cached for as long as the
// token has left by its Unix-time `expires_on`, less a minute of skew (cache-store-value's
// duration), on the virtual clock; a token arriving with less than a minute left is used but not
// cached; a cached token is never used within the skew of its expiry; and every recorded
// evaluation is replayed through the emitted C# (mono) with zero divergences.
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import tokenExpiry from "../../policy-src/examples/unix-token-expiry.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const START = "2030-01-01T08:00:00Z";
const START_UNIX = Date.parse(START) / 1000;
const recorder = new ReplayRecorder();

/** A gateway whose token service issues `token-<n>` valid for `lifetime(n)` seconds from now. */
function gateway(lifetime: (n: number) => number) {
  let issued = 0;
  const apim = createGateway({
    clock: { instant: START },
    policies: { operation: tokenExpiry },
    services: {
      "https://login.example.net/oauth2/token": () => {
        issued++;
        const now = Math.floor(apim.clock.now() / 1000);
        const body = {
          access_token: `token-${issued}`,
          expires_on: String(now + lifetime(issued)),
        };
        return { status: 200, body: JSON.stringify(body) };
      },
    },
  });
  return { apim, issued: () => issued };
}

async function send(apim: ReturnType<typeof gateway>["apim"], name: string) {
  const result = await apim.send();
  recorder.add(result, name, "unix-token-expiry");
  return result;
}

describeWithCSharp("example: Unix-time expiry of a cached token", (toolchain) => {
  it("caches the token until a minute before its expires_on, then fetches a new one", async () => {
    const { apim, issued } = gateway(() => 3600);
    const first = await send(apim, "first call");
    expect(first).toHaveReachedBackend({ headers: { Authorization: "Bearer token-1" } });
    expect(apim.cache.value("backend-token-json")).toBe(
      JSON.stringify({ access_token: "token-1", expires_on: String(START_UNIX + 3600) }),
    );
    apim.clock.advance({ seconds: 3539 });
    const cached = await send(apim, "one second before the skew");
    expect(cached).toHaveReachedBackend({ headers: { Authorization: "Bearer token-1" } });
    expect(cached.serviceCalls).toHaveLength(0);
    apim.clock.advance({ seconds: 1 });
    const renewed = await send(apim, "at the skew");
    expect(renewed).toHaveReachedBackend({ headers: { Authorization: "Bearer token-2" } });
    expect(issued()).toBe(2);
  });

  it("uses a token with less than a minute left but does not cache it", async () => {
    const { apim, issued } = gateway((n) => (n === 1 ? 45 : 3600));
    const first = await send(apim, "short-lived token");
    expect(first).toHaveReachedBackend({ headers: { Authorization: "Bearer token-1" } });
    expect(apim.cache.has("backend-token-json")).toBe(false);
    await send(apim, "next call fetches again");
    expect(issued()).toBe(2);
    expect(apim.cache.has("backend-token-json")).toBe(true);
  });

  it("never sends a token within the skew of its expiry (random lifetimes and call times)", async () => {
    const runs = fc.sample(
      fc.tuple(
        fc.integer({ min: 1, max: 7200 }),
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 5 }),
      ),
      { numRuns: 12, seed: 4040 },
    );
    for (const [lifetime, gaps] of runs) {
      const { apim } = gateway(() => lifetime);
      const expiries = new Map<string, number>();
      for (const gap of gaps) {
        apim.clock.advance({ seconds: gap });
        const result = await send(apim, `lifetime ${lifetime}, after ${gap} s`);
        const issuedBody = result.serviceCalls.length ? true : false;
        const token = result.backendCalls[0]!.headers["Authorization"]![0]!.slice(7);
        const now = Math.floor(apim.clock.now() / 1000);
        if (issuedBody) expiries.set(token, now + lifetime);
        else expect(expiries.get(token)! - now, token).toBeGreaterThan(60);
      }
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 60 });
});
