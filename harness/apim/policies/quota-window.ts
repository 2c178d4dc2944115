// The call quota that quota and quota-by-key share: fixed windows of renewal-period seconds from a
// start instant (0: a lifetime quota), one counter per key and window, and the answer over the
// quota: 403 Forbidden, Retry-After with the seconds until the window renews, LastError.Reason
// QuotaExceeded and the predefined message "Out of call volume quota. Quota will be replenished in
// xx:xx:xx." (api-management-error-handling-policies.md, "Predefined errors for policies"; the
// interval written as .NET's TimeSpan prints, [d.]hh:mm:ss, chosen). A used-up lifetime quota is
// refused: the pages do not say what APIM answers when there is no interval to renew in.
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyRun } from "../policy-run.ts";

export interface QuotaCounter {
  windowStart: number;
  /** What the window has counted: calls (quota, quota-by-key) or tokens (the token limits). */
  calls: number;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A duration as .NET's TimeSpan.ToString() prints it: [d.]hh:mm:ss. */
export function timeSpanText(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const rest = seconds % 86_400;
  const text = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
  return days > 0 ? `${days}.${text}` : text;
}

/**
 * The counter of `key` in the window that holds `now` (milliseconds), a new one when the window
 * renewed. `periodMs` 0 is one window for ever.
 */
export function quotaCounter(
  counters: Map<string, QuotaCounter>,
  key: string,
  start: number,
  periodMs: number,
  now: number,
): QuotaCounter {
  const windowStart =
    periodMs === 0 ? -Infinity : start + Math.floor((now - start) / periodMs) * periodMs;
  return windowCounter(counters, key, windowStart);
}

/** The counter of `key` for the window that starts at `windowStart`, a new one when it moved on. */
export function windowCounter(
  counters: Map<string, QuotaCounter>,
  key: string,
  windowStart: number,
): QuotaCounter {
  let counter = counters.get(key);
  if (!counter || counter.windowStart !== windowStart) {
    counter = { windowStart, calls: 0 };
    counters.set(key, counter);
  }
  return counter;
}

/** Fails the request with QuotaExceeded when `counter` has used its `calls` (see the header). */
export function checkQuota(
  run: PolicyRun<{ readonly kind: string }>,
  label: string,
  counter: QuotaCounter,
  calls: number,
  periodMs: number,
  now: number,
): void {
  if (counter.calls < calls) return;
  if (periodMs === 0) {
    throw new HarnessRefusal(
      `${label}: a lifetime quota (renewal-period 0) is used up; the page does not say what APIM answers then`,
    );
  }
  const retryAfter = Math.max(1, Math.ceil((counter.windowStart + periodMs - now) / 1000));
  const message = `Out of call volume quota. Quota will be replenished in ${timeSpanText(retryAfter)}.`;
  run.fail("QuotaExceeded", message, {
    status: 403,
    reason: "Forbidden",
    headers: { "Retry-After": String(retryAfter) },
    body: JSON.stringify({ statusCode: 403, message }, null, 2),
  });
}
