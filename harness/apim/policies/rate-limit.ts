// <rate-limit>: a sliding window of `calls` per `renewal-period` seconds per subscription and per
// policy, on the virtual clock. Over the limit: 429 with the retry interval (seconds until the
// oldest call in the window leaves it) and RateLimitExceeded. Rejected calls do not count.
// The interval goes in ONE header: Retry-After, or retry-after-header-name, which "replaces default
// 'Retry-After'" (rate-limit reference, policy statement; MicrosoftDocs/azure-docs#96103; field
// report 01). context.LastError.Message is the predefined "Rate limit is exceeded" ("Error handling
// in API Management policies", table "Predefined errors for policies"); the caller's body keeps
// the text with the interval.
import type { RateLimit } from "../../../src/policies/rate-limit.ts";
import type { PolicyHandler } from "../policy-run.ts";

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
    if (statement.retryAfterVariableName)
      execution.variables.set(statement.retryAfterVariableName, { type: "int", value: retryAfter });
    const message = `Rate limit is exceeded. Try again in ${retryAfter} seconds.`;
    const headers: Record<string, string> = {
      [statement.retryAfterHeaderName ?? "Retry-After"]: String(retryAfter),
    };
    run.fail("RateLimitExceeded", "Rate limit is exceeded", {
      status: 429,
      reason: "Too Many Requests",
      headers,
      body: JSON.stringify({ statusCode: 429, message }, null, 2),
    });
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
