// <quota-by-key> (quota-by-key-policy.md), on the virtual clock:
// - Fixed windows of `renewal-period` seconds counted from `first-period-start` (default
//   0001-01-01T00:00:00Z); 0 is a lifetime quota. One counter per counter-key value for every
//   scope, and "If multiple policies would increment the same key value, it is incremented only
//   once per request".
// - Over the quota: 403 Forbidden with a Retry-After header holding "the recommended retry
//   interval in seconds" (the seconds until the window renews); LastError.Reason QuotaExceeded and
//   the predefined message "Out of call volume quota. Quota will be replenished in xx:xx:xx."
//   (api-management-error-handling-policies.md, "Predefined errors for policies"; the interval is
//   written as .NET's TimeSpan prints, [d.]hh:mm:ss, chosen).
// - Counting happens at the end of the request, after increment-condition is evaluated there
//   (chosen: the page's example conditions on context.Response.StatusCode, which only the end of
//   the request knows, as rate-limit-by-key's page says of its own increment-condition). The check
//   happens here, on the counter before this request.
// Refused, the page being silent: `bandwidth` (which bytes count is not documented), and a
// lifetime quota that is used up (no interval to renew in).
import type { QuotaByKey } from "../../../src/policies/quota-by-key.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { PolicyFailure } from "../policy-failure.ts";
import type { PolicyHandler } from "../policy-run.ts";

interface Counter {
  windowStart: number;
  calls: number;
}

/** The owner of the instance-wide counters (gateway.state keys state by object). */
const COUNTERS = {};
/** The keys a request has counted already (once per request, whatever the number of policies). */
const COUNTED = new WeakMap<object, Set<string>>();

const pad = (value: number) => String(value).padStart(2, "0");

/** A duration as .NET's TimeSpan.ToString() prints it: [d.]hh:mm:ss. */
export function timeSpanText(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const rest = seconds % 86_400;
  const text = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
  return days > 0 ? `${days}.${text}` : text;
}

export const runQuotaByKey: PolicyHandler<QuotaByKey> = (run) => {
  const { statement, execution } = run;
  if (statement.bandwidth !== undefined) {
    throw new HarnessRefusal(
      "quota-by-key bandwidth: Microsoft's page does not say which bytes count towards it; the harness simulates call quotas only",
    );
  }
  const calls = statement.calls!;
  const key = run.text(statement.counterKey, "counter-key");
  if (key === null)
    throw new HarnessRefusal(
      "quota-by-key counter-key: the expression gave null; the page does not say what APIM does",
    );
  const counters = run.gateway.state<Map<string, Counter>>(COUNTERS, () => new Map());
  const now = run.gateway.clock.now();
  const periodMs = statement.renewalPeriod * 1000;
  const start = Date.parse(statement.firstPeriodStart ?? "0001-01-01T00:00:00Z");
  const windowStart =
    periodMs === 0 ? -Infinity : start + Math.floor((now - start) / periodMs) * periodMs;
  let counter = counters.get(key);
  if (!counter || counter.windowStart !== windowStart) {
    counter = { windowStart, calls: 0 };
    counters.set(key, counter);
  }
  if (counter.calls >= calls) {
    if (periodMs === 0) {
      throw new HarnessRefusal(
        "quota-by-key: a lifetime quota (renewal-period 0) is used up; the page does not say what APIM answers then",
      );
    }
    const retryAfter = Math.max(1, Math.ceil((windowStart + periodMs - now) / 1000));
    const message = `Out of call volume quota. Quota will be replenished in ${timeSpanText(retryAfter)}.`;
    run.fail("QuotaExceeded", message, {
      status: 403,
      reason: "Forbidden",
      headers: { "Retry-After": String(retryAfter) },
      body: JSON.stringify({ statusCode: 403, message }, null, 2),
    });
  }
  const counted = COUNTED.get(execution) ?? new Set<string>();
  COUNTED.set(execution, counted);
  const current = counter;
  execution.endOfRequest.push(() => {
    if (counted.has(key)) return;
    let counts = true;
    if (statement.incrementCondition !== undefined) {
      try {
        counts = run.boolean(statement.incrementCondition, "increment-condition");
      } catch (error) {
        if (error instanceof PolicyFailure) {
          throw new HarnessRefusal(
            `quota-by-key: the increment-condition failed at the end of the request (${error.reason}: ${error.message}); the page does not say what APIM does then`,
          );
        }
        throw error;
      }
    }
    if (!counts) return;
    counted.add(key);
    current.calls++;
    run.note(`quota-by-key '${key}': counted, ${current.calls}/${calls}`);
  });
  run.note(`quota-by-key '${key}': ${counter.calls}/${calls} used in this period`);
};
