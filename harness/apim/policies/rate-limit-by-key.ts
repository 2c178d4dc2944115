// <rate-limit-by-key> (rate-limit-by-key-policy.md), on the virtual clock:
// - One counter per counter-key value, shared by every rate-limit-by-key of the instance ("a
//   single counter is used for all scopes at which the policy is configured"); each policy reads it
//   through its own `renewal-period` sliding window (Attributes) and `calls` limit.
// - Over the limit: 429, RateLimitExceeded, the retry header and variable (throttling.ts). A
//   rejected call does not count (chosen, as rate-limit does: the page counts "calls allowed").
// - increment-count (default 1) is how much a request adds. When increment-condition or
//   increment-count is an expression, "evaluation and increment of the rate limit counter are
//   postponed to the end of outbound pipeline ... Limit exceeded condition is not evaluated at the
//   same time in this case and will be evaluated on next incoming call" (Usage notes): the check
//   still happens here, the counting at the end of the request (after on-error too, chosen).
// - remaining-calls-* hold `calls` minus the counter after this policy ran; with a postponed
//   increment, before this request is counted (chosen: the page does not say).
// Chosen where the page is silent: a request is over the limit when the counter has reached `calls`
// (whatever its own increment); a literal increment-condition "false" never counts.
import type { RateLimitByKey } from "../../../src/policies/rate-limit-by-key.ts";
import { isExpressionSlot } from "../../../src/model/expression.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { PolicyFailure } from "../policy-failure.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import {
  liveEntries,
  publishRemaining,
  rejectOverLimit,
  secondsUntilBelow,
  total,
  type WindowEntry,
} from "./throttling.ts";

/** The owner of the instance-wide counters (gateway.state keys state by object). */
const COUNTERS = {};
/** The longest renewal period the page allows: older entries can no longer count anywhere. */
const MAX_PERIOD_MS = 300_000;

function positiveInteger(
  run: PolicyRun<RateLimitByKey>,
  value: RateLimitByKey["calls"],
  name: string,
  min: number,
  max: number,
): number {
  const number = run.integer(value, name);
  if (number < min || number > max) {
    throw new HarnessRefusal(
      `rate-limit-by-key ${name}: ${number} is outside ${min}-${max}; the page does not say what APIM does`,
    );
  }
  return number;
}

function countOf(run: PolicyRun<RateLimitByKey>): number {
  const { statement } = run;
  if (
    statement.incrementCondition !== undefined &&
    !run.boolean(statement.incrementCondition, "increment-condition")
  )
    return 0;
  return statement.incrementCount === undefined
    ? 1
    : positiveInteger(run, statement.incrementCount, "increment-count", 0, Number.MAX_SAFE_INTEGER);
}

export const runRateLimitByKey: PolicyHandler<RateLimitByKey> = (run) => {
  const { statement, execution } = run;
  const counters = run.gateway.state<Map<string, WindowEntry[]>>(COUNTERS, () => new Map());
  const calls = positiveInteger(run, statement.calls, "calls", 1, Number.MAX_SAFE_INTEGER);
  const periodMs = positiveInteger(run, statement.renewalPeriod, "renewal-period", 1, 300) * 1000;
  const key = run.text(statement.counterKey, "counter-key");
  if (key === null)
    throw new HarnessRefusal(
      "rate-limit-by-key counter-key: the expression gave null; the page does not say what APIM does",
    );
  const now = run.gateway.clock.now();
  const entries = liveEntries(counters.get(key) ?? [], now, MAX_PERIOD_MS);
  counters.set(key, entries);
  const inWindow = liveEntries(entries, now, periodMs);
  if (total(inWindow) >= calls)
    rejectOverLimit(run, secondsUntilBelow(inWindow, calls, now, periodMs), statement);

  const postponed =
    isExpressionSlot(statement.incrementCondition) || isExpressionSlot(statement.incrementCount);
  let counted = total(inWindow);
  if (postponed) {
    execution.endOfRequest.push(() => {
      let count: number;
      try {
        count = countOf(run);
      } catch (error) {
        if (error instanceof PolicyFailure) {
          throw new HarnessRefusal(
            `rate-limit-by-key: the postponed increment failed (${error.reason}: ${error.message}); the page does not say what APIM does then`,
          );
        }
        throw error;
      }
      if (count > 0) counters.set(key, [...(counters.get(key) ?? []), { at: now, count }]);
      run.note(`rate-limit-by-key '${key}': end of request, counted ${count}`);
    });
  } else {
    const count = countOf(run);
    if (count > 0) entries.push({ at: now, count });
    counted += count;
  }
  const remaining = Math.max(0, calls - counted);
  publishRemaining(execution, remaining, {
    variableName: statement.remainingCallsVariableName,
    headerName: statement.remainingCallsHeaderName,
    type: "int",
  });
  if (statement.totalCallsHeaderName)
    execution.finalHeaders.set(statement.totalCallsHeaderName, String(calls));
  run.note(
    `rate-limit-by-key '${key}': ${counted}/${calls} in ${periodMs / 1000}s${postponed ? " (counting postponed)" : ""}`,
  );
};
