// retry on the virtual clock (retry-policy.md): children run once, then again while `condition` is
// true, at most `count` retries; fixed, linear and exponential waits ("Retry wait times") advance
// the gateway clock; first-fast-retry; the page's two examples (forward-request with exponential
// retry; send-request with ignore-error and first-fast-retry); a child's error is not retried.
import { describe, expect, it } from "vitest";
import {
  forwardRequest,
  policy,
  retry,
  sendRequest,
  setVariable,
  type RetryOptions,
} from "apim-ts";
import { createGateway, type GatewayOptions } from "apim-ts/harness";
import { retryWaitSeconds } from "../../harness/apim/policies/retry.ts";

const START = Date.parse("2030-01-01T00:00:00Z");

/** A backend answering the given statuses in turn (then the last one). */
function backendAnswering(...statuses: number[]) {
  let call = 0;
  return () => ({ status: statuses[Math.min(call++, statuses.length - 1)] });
}

function forwardWithRetry(options: Partial<RetryOptions>, extra: GatewayOptions) {
  return createGateway({
    clock: { instant: START },
    policies: {
      operation: policy({
        backend: [
          retry(
            {
              condition: (context) => context.Response.StatusCode === 500,
              count: 10,
              interval: 10,
              ...options,
            },
            [forwardRequest({ bufferRequestBody: true })],
          ),
        ],
      }),
    },
    ...extra,
  });
}

const waited = (apim: { clock: { now(): number } }) => (apim.clock.now() - START) / 1000;

describe("retry", () => {
  it("example 1: forward-request retried with exponential waits 10, 20, 40 s until the backend answers 200", async () => {
    const apim = forwardWithRetry(
      { maxInterval: 100, delta: 10, firstFastRetry: false },
      { backend: backendAnswering(500, 500, 500, 200) },
    );
    const result = await apim.send();
    expect(result).toRespondWith(200);
    expect(result.backendCalls).toHaveLength(4);
    expect(waited(apim)).toBe(70);
  });

  it("the page's exponential series: 10, 20, 40, 80, then max-interval 100 for the rest", () => {
    const settings = { interval: 10, delta: 10, maxInterval: 100, firstFastRetry: false };
    expect([1, 2, 3, 4, 5, 6].map((n) => retryWaitSeconds(n, settings, 1))).toEqual([
      10, 20, 40, 80, 100, 100,
    ]);
    expect([1, 2, 3].map((n) => retryWaitSeconds(n, settings, 1.2))).toEqual([10, 22, 46]);
    expect([1, 2, 3].map((n) => retryWaitSeconds(n, settings, 0.8))).toEqual([10, 18, 34]);
  });

  it("count bounds the retries: count + 1 attempts when the condition stays true; the last response stands", async () => {
    const apim = forwardWithRetry({ count: 3, interval: 2 }, { backend: backendAnswering(500) });
    const result = await apim.send();
    expect(result.status).toBe(500);
    expect(result.backendCalls).toHaveLength(4);
    expect(waited(apim)).toBe(6);
  });

  it("linear waits: interval + (n - 1) * delta", async () => {
    const apim = forwardWithRetry(
      { count: 3, interval: 1, delta: 2 },
      { backend: backendAnswering(500) },
    );
    await apim.send();
    expect(waited(apim)).toBe(1 + 3 + 5);
  });

  it("exponential waits use the configured jitter factor in [0.8, 1.2]", async () => {
    const apim = forwardWithRetry(
      { count: 3, interval: 10, delta: 10, maxInterval: 100 },
      { backend: backendAnswering(500), retryJitter: () => 1.2 },
    );
    await apim.send();
    expect(waited(apim)).toBe(10 + 22 + 46);
    await expect(
      forwardWithRetry(
        { count: 1, interval: 1, delta: 1, maxInterval: 5 },
        { backend: backendAnswering(500), retryJitter: () => 2 },
      ).send(),
    ).rejects.toThrow(/\[0\.8, 1\.2\]/);
  });

  it("no retry when the condition is false after the first attempt", async () => {
    const apim = forwardWithRetry({}, { backend: backendAnswering(200) });
    expect((await apim.send()).backendCalls).toHaveLength(1);
    expect(waited(apim)).toBe(0);
  });

  it("example 2: send-request with ignore-error, first-fast-retry: the first retry at once, then interval", async () => {
    let calls = 0;
    const apim = createGateway({
      clock: { instant: START },
      services: {
        "https://api.contoso.com": () => {
          calls++;
          if (calls < 3) throw new Error("connection dropped");
          return { status: 200, body: "product 5" };
        },
      },
      policies: {
        operation: policy({
          inbound: [
            retry(
              {
                condition: (context) =>
                  context.Variables.GetValueOrDefault<import("apim-ts").Response>("response") ==
                    null ||
                  context.Variables.GetValueOrDefault<import("apim-ts").Response>("response")!
                    .StatusCode >= 500,
                count: 3,
                interval: 1,
                firstFastRetry: true,
              },
              [
                sendRequest({
                  mode: "new",
                  responseVariableName: "response",
                  timeout: 3,
                  ignoreError: true,
                  url: "https://api.contoso.com/products/5",
                  method: "GET",
                }),
              ],
            ),
          ],
        }),
      },
    });
    const result = await apim.send();
    expect(result.serviceCalls).toHaveLength(3);
    expect(waited(apim)).toBe(0 + 1);
    expect(result.variables.response?.type).toBe("IResponse");
  });

  it("a child's error is not retried: on-error runs after the first attempt, LastError.Path names retry[1]", async () => {
    const apim = forwardWithRetry(
      { count: 5, interval: 1 },
      {
        backend: () => {
          throw new Error("refused");
        },
      },
    );
    const result = await apim.send();
    expect(result).toBeRejectedWith(500, "BackendConnectionFailure");
    expect(result.backendCalls).toHaveLength(1);
    expect(result.lastError).toMatchObject({
      Source: "forward-request",
      Section: "backend",
      Path: "retry[1]",
    });
    expect(waited(apim)).toBe(0);
  });

  it("the condition may be a literal; attributes may be expressions", async () => {
    const apim = createGateway({
      clock: { instant: START },
      policies: {
        operation: policy({
          inbound: [
            retry(
              {
                condition: true,
                count: (context) => context.Request.Headers.Count,
                interval: (context) => context.Request.Url.Port - 440,
              },
              [setVariable("ran", "yes")],
            ),
          ],
        }),
      },
    });
    const result = await apim.send({ headers: { A: "1", B: "2" } });
    expect(result.variables.ran).toEqual({ type: "string", value: "yes" });
    expect(waited(apim)).toBe(2 * 3);
  });

  it("refuses max-interval without delta, and a count expression outside 1-50", async () => {
    await expect(
      forwardWithRetry({ maxInterval: 100 }, { backend: backendAnswering(500) }).send(),
    ).rejects.toThrow(/max-interval without delta/);
    await expect(
      forwardWithRetry(
        { count: (context) => context.Request.Url.Port },
        { backend: backendAnswering(500) },
      ).send(),
    ).rejects.toThrow(/count: 443/);
  });

  // Attributes: count "A positive number between 1 and 50"; interval, max-interval, delta "A
  // positive number in seconds". What APIM does outside those the page does not say: refused.
  it("accepts count 1 and 50 and interval 1; refuses count 0 and 51 and interval 0, saying why", async () => {
    const attempts = async (options: Partial<RetryOptions>) =>
      (await forwardWithRetry(options, { backend: backendAnswering(500) }).send()).backendCalls
        .length;
    expect(await attempts({ count: 1, interval: 1 })).toBe(2);
    expect(await attempts({ count: (c) => c.Request.Url.Port - 393, interval: 1 })).toBe(51);
    await expect(attempts({ count: (c) => c.Request.Url.Port - 392, interval: 1 })).rejects.toThrow(
      "retry count: 51; the page asks for a positive number up to 50 and does not say what APIM does otherwise",
    );
    await expect(attempts({ count: (c) => c.Request.Url.Port - 443 })).rejects.toThrow(
      "retry count: 0; the page asks for a positive number up to 50",
    );
    await expect(attempts({ interval: (c) => c.Request.Url.Port - 443 })).rejects.toThrow(
      "retry interval: 0; the page asks for a positive number and does not say what APIM does otherwise",
    );
    await expect(attempts({ maxInterval: 100 })).rejects.toThrow(
      "retry: max-interval without delta; the page documents fixed (interval), linear (interval, delta) and exponential (interval, max-interval, delta) waits only",
    );
  });

  it("draws the jitter factor for exponential waits only (Retry wait times: random(...) only in the exponential formula)", async () => {
    let draws = 0;
    const jitter = () => (draws++, 1);
    await forwardWithRetry(
      { count: 2, interval: 1 },
      { backend: backendAnswering(500), retryJitter: jitter },
    ).send();
    await forwardWithRetry(
      { count: 2, interval: 1, delta: 1 },
      { backend: backendAnswering(500), retryJitter: jitter },
    ).send();
    expect(draws).toBe(0);
    await forwardWithRetry(
      { count: 2, interval: 1, delta: 1, maxInterval: 10 },
      { backend: backendAnswering(500), retryJitter: jitter },
    ).send();
    expect(draws).toBe(2);
  });

  it("the log tells each retry's wait and why the retries stopped", async () => {
    const exhausted = await forwardWithRetry(
      { count: 2, interval: 3 },
      { backend: backendAnswering(500) },
    ).send();
    expect(exhausted.logText).toContain("retry 1/2 after 3s");
    expect(exhausted.logText).toContain("retry 2/2 after 3s");
    expect(exhausted.logText).toContain("retry: condition still true, 2 retries used");
    const recovered = await forwardWithRetry(
      { count: 2, interval: 3 },
      { backend: backendAnswering(500, 200) },
    ).send();
    expect(recovered.logText).toContain("retry: condition false after attempt 2");
  });

  // Attributes: first-fast-retry "the first retry attempt is performed immediately"; Retry wait
  // times: linear, `interval + (count - 1)*delta` for the later ones.
  it("first-fast-retry with linear waits: 0, then interval + (n - 1) * delta", async () => {
    const apim = forwardWithRetry(
      { count: 3, interval: 1, delta: 2, firstFastRetry: true },
      { backend: backendAnswering(500) },
    );
    await apim.send();
    expect(waited(apim)).toBe(0 + 3 + 5);
  });
});
