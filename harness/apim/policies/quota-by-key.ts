// <quota-by-key> (quota-by-key-policy.md), on the virtual clock:
// - Fixed windows of `renewal-period` seconds counted from `first-period-start` (default
//   0001-01-01T00:00:00Z); 0 is a lifetime quota. One counter per counter-key value for every
//   scope, and "If multiple policies would increment the same key value, it is incremented only
//   once per request".
// - Over the quota: 403 Forbidden with a Retry-After header holding "the recommended retry
//   interval in seconds" and QuotaExceeded, as quota-window.ts answers for both quota policies.
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
import { checkQuota, quotaCounter, type QuotaCounter } from "./quota-window.ts";

/** The owner of the instance-wide counters (gateway.state keys state by object). */
const COUNTERS = {};
/** The keys a request has counted already (once per request, whatever the number of policies). */
const COUNTED = new WeakMap<object, Set<string>>();

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
  const counters = run.gateway.state<Map<string, QuotaCounter>>(COUNTERS, () => new Map());
  const now = run.gateway.clock.now();
  const periodMs = statement.renewalPeriod * 1000;
  const start = Date.parse(statement.firstPeriodStart ?? "0001-01-01T00:00:00Z");
  const counter = quotaCounter(counters, key, start, periodMs, now);
  checkQuota(run, "quota-by-key", counter, calls, periodMs, now);
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
