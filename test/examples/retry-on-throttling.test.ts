// policy-src/examples/retry-on-throttling: retry on 429 across two backends, with exponential waits
// on the virtual clock (retry-policy.md, "Retry wait times"), replayed through the emitted C#
// (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, type MockResponse } from "apim-ts/harness";
import retryOnThrottling from "../../policy-src/examples/retry-on-throttling.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const START = Date.parse("2030-01-01T08:00:00Z");

/** Backends answering in turn from their scripts (then their last answer). */
function gateway(primary: number[], secondary: number[]) {
  const scripts: Record<string, number[]> = {
    "https://primary.example": primary,
    "https://secondary.example": secondary,
  };
  const calls: Record<string, number> = {};
  return createGateway({
    clock: { instant: START },
    api: { serviceUrl: "https://primary.example" },
    backends: { "secondary-backend": { url: "https://secondary.example" } },
    policies: { operation: retryOnThrottling },
    backend: (request): MockResponse => {
      const base = Object.keys(scripts).find((url) => request.url.startsWith(url))!;
      const index = (calls[base] = (calls[base] ?? 0) + 1) - 1;
      const script = scripts[base]!;
      return { status: script[Math.min(index, script.length - 1)] };
    },
  });
}

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "retry-on-throttling");
  return result;
};
const elapsed = (apim: { clock: { now(): number } }) => (apim.clock.now() - START) / 1000;

describeWithCSharp("example: retry on 429 across a backend pool", (toolchain) => {
  it("a throttled primary: the retry goes to the secondary after 1 s", async () => {
    const apim = gateway([429], [200]);
    const result = record(await apim.send({ method: "POST", body: "{}" }), "primary throttles");
    expect(result).toRespondWith(200);
    expect(result.backendCalls.map((call) => call.url)).toEqual([
      "https://primary.example",
      "https://secondary.example",
    ]);
    expect(result.backendCalls[1]!.body).toBe("{}");
    expect(elapsed(apim)).toBe(1);
  });

  it("503 retries the same backend with exponential waits, at most three retries", async () => {
    const apim = gateway([503], [200]);
    const result = record(await apim.send(), "primary unavailable");
    expect(result.status).toBe(503);
    expect(result.backendCalls).toHaveLength(4);
    expect(
      result.backendCalls.every((call) => call.url.startsWith("https://primary.example")),
    ).toBe(true);
    expect(elapsed(apim)).toBe(1 + 2 + 4);
  });

  it("both backends throttled: the last 429 reaches the caller after 1 + 2 + 4 s", async () => {
    const apim = gateway([429], [429]);
    const result = record(await apim.send(), "both throttle");
    expect(result.status).toBe(429);
    expect(result.backendCalls.map((call) => call.url)).toEqual([
      "https://primary.example",
      "https://secondary.example",
      "https://secondary.example",
      "https://secondary.example",
    ]);
    expect(elapsed(apim)).toBe(7);
  });

  it("a healthy primary is called once, with no wait", async () => {
    const apim = gateway([200], [200]);
    const result = record(await apim.send(), "primary healthy");
    expect(result).toHaveReachedBackend({ url: "https://primary.example" });
    expect(result.backendCalls).toHaveLength(1);
    expect(elapsed(apim)).toBe(0);
  });

  replayAfterAll(recorder, toolchain, { minimum: 11 });
});
