// <rate-limit>: a sliding window of `calls` per `renewal-period` seconds per subscription and per
// policy, on the virtual clock. Over the limit: 429 with the retry interval (seconds until the
// oldest call in the window leaves it) and RateLimitExceeded. Rejected calls do not count.
// The 429 (one retry header, the predefined LastError texts, the caller's body) is the one both
// rate limits answer with: throttling.ts, where its sources are cited.
import type { RateLimit } from "../../../src/policies/rate-limit.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { rejectOverLimit } from "./throttling.ts";

type Windows = Map<string, number[]>;

export const runRateLimit: PolicyHandler<RateLimit> = (run) => {
  const { statement, execution } = run;
  const windows = run.gateway.state<Windows>(statement, () => new Map());
  const now = run.gateway.clock.now();
  const period = statement.renewalPeriod * 1000;
  const key = execution.subscriptionId;
  const calls = (windows.get(key) ?? []).filter((at) => at > now - period);
  windows.set(key, calls);
  if (calls.length >= statement.calls) {
    const retryAfter = Math.max(1, Math.ceil((calls[0]! + period - now) / 1000));
    rejectOverLimit(run, retryAfter, statement);
  }
  calls.push(now);
  const remaining = statement.calls - calls.length;
  if (statement.remainingCallsVariableName) {
    execution.variables.set(statement.remainingCallsVariableName, {
      type: "int",
      value: remaining,
    });
  }
  if (statement.remainingCallsHeaderName)
    execution.finalHeaders.set(statement.remainingCallsHeaderName, String(remaining));
  if (statement.totalCallsHeaderName)
    execution.finalHeaders.set(statement.totalCallsHeaderName, String(statement.calls));
  run.note(`rate-limit: ${calls.length}/${statement.calls} in ${statement.renewalPeriod}s`);
};
