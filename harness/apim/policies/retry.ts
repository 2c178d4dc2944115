// <retry> (retry-policy.md): runs its children once, then evaluates `condition`; while it is true
// and retries remain (`count`), waits and runs them again. Waits advance the gateway's virtual
// clock (nothing really sleeps), so rate limits and cache expiry see the time pass.
// Wait before retry n (1-based), "Retry wait times":
// - `interval` only: fixed, `interval`.
// - `interval` and `delta`: linear, `interval + (n - 1) * delta`.
// - `interval`, `max-interval` and `delta`: exponential, up to `max-interval`. The page's formula
//   reads `interval + (2^count - 1) * random(delta * 0.8, delta * 1.2)` in one version and
//   `interval + 2^(count - 1) * ...` in another; neither gives its own worked example (interval and
//   delta 10, max-interval 100: "10 seconds, 20 seconds, 40 seconds, 80 seconds, with 100 seconds
//   wait time used for remaining retries") for n = 1, 2, ...; `interval + (2^(n-1) - 1) * delta *
//   jitter` does, so that is what runs. The jitter factor is drawn in [0.8, 1.2] by APIM; the
//   harness uses 1 unless the gateway is configured with `retryJitter`.
// - first-fast-retry: the first retry runs at once ("the first retry attempt is performed
//   immediately"); later retries wait as above for their own n (chosen: the page says nothing more).
// - max-interval without delta describes no documented algorithm: refused.
// Children that end the pipeline (return-response) or fail end the retry: the page's second example
// needs send-request's ignore-error "in order for response-variable-name to be null in the event
// of an error", i.e. a child's error is not retried. Attributes other than `condition` are read
// once, before the first attempt (chosen).
import type { Statement } from "../../../src/model/statement.ts";
import type { Retry } from "../../../src/policies/retry.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { Outcome } from "../policy-failure.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";

type RetryRun = PolicyRun<Retry<Statement>>;

function positive(
  run: RetryRun,
  value: Retry<Statement>["count"] | undefined,
  name: string,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const number = run.integer(value, name);
  if (number < 1 || number > max) {
    throw new HarnessRefusal(
      `retry ${name}: ${number}; the page asks for a positive number${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ""} and does not say what APIM does otherwise`,
    );
  }
  return number;
}

/** The wait before retry `n` (1-based), in seconds. */
export function retryWaitSeconds(
  n: number,
  settings: { interval: number; delta?: number; maxInterval?: number; firstFastRetry: boolean },
  jitter: number,
): number {
  if (n === 1 && settings.firstFastRetry) return 0;
  const { interval, delta, maxInterval } = settings;
  if (delta === undefined) return interval;
  if (maxInterval === undefined) return interval + (n - 1) * delta;
  return Math.min(maxInterval, interval + (2 ** (n - 1) - 1) * delta * jitter);
}

export const runRetry: PolicyHandler<Retry<Statement>> = async (run) => {
  const { statement } = run;
  const count = positive(run, statement.count, "count", 50)!;
  const interval = positive(run, statement.interval, "interval")!;
  const delta = positive(run, statement.delta, "delta");
  const maxInterval = positive(run, statement.maxInterval, "max-interval");
  if (maxInterval !== undefined && delta === undefined) {
    throw new HarnessRefusal(
      "retry: max-interval without delta; the page documents fixed (interval), linear (interval, delta) and exponential (interval, max-interval, delta) waits only",
    );
  }
  const firstFastRetry =
    statement.firstFastRetry === undefined
      ? false
      : run.boolean(statement.firstFastRetry, "first-fast-retry");
  const settings = { interval, delta, maxInterval, firstFastRetry };
  const path = [run.segment];

  let outcome: Outcome = await run.block(statement.statements, path);
  for (let n = 1; outcome === "continue"; n++) {
    const again = run.boolean(statement.condition, "condition");
    if (!again) {
      run.note(`retry: condition false after attempt ${n}`);
      break;
    }
    if (n > count) {
      run.note(`retry: condition still true, ${count} retries used`);
      break;
    }
    const jitter = delta !== undefined && maxInterval !== undefined ? run.gateway.retryJitter() : 1;
    const wait = retryWaitSeconds(n, settings, jitter);
    run.gateway.clock.advance(wait * 1000);
    run.note(`retry ${n}/${count} after ${wait}s`);
    outcome = await run.block(statement.statements, path);
  }
  return outcome;
};
