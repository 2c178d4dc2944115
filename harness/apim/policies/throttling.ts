// What rate-limit and rate-limit-by-key share: the weighted sliding window on the virtual clock and
// the 429 they answer with. The 429 carries the retry interval in ONE header: `Retry-After`, or the
// custom `retry-after-header-name`, which REPLACES it (both policy statements annotate the attribute
// "custom header name, replaces default 'Retry-After'"; field report 01, azure-docs#96103). The
// reason is RateLimitExceeded and context.LastError.Message the predefined "Rate limit is exceeded"
// (api-management-error-handling-policies.md, "Predefined errors for policies"); the caller's JSON
// body is APIM's observed 429 text, with the interval: "Rate limit is exceeded. Try again in N
// seconds.".
import type { Execution } from "../execution.ts";
import type { PolicyRun } from "../policy-run.ts";

/** One counted request: when, and how much it counted (increment-count). */
export interface WindowEntry {
  readonly at: number;
  readonly count: number;
}

/** The entries of a window still inside `periodMs` of `now`, oldest first. */
export function liveEntries(
  entries: readonly WindowEntry[],
  now: number,
  periodMs: number,
): WindowEntry[] {
  return entries.filter((entry) => entry.at > now - periodMs);
}

export function total(entries: readonly WindowEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.count, 0);
}

/** Seconds until enough counted requests leave the window for the total to drop below `calls` (at least 1). */
export function secondsUntilBelow(
  entries: readonly WindowEntry[],
  calls: number,
  now: number,
  periodMs: number,
): number {
  let sum = total(entries);
  for (const entry of entries) {
    sum -= entry.count;
    if (sum < calls) return Math.max(1, Math.ceil((entry.at + periodMs - now) / 1000));
  }
  return Math.max(1, Math.ceil(periodMs / 1000));
}

/**
 * Publishes what is left of a limit after this request: as a variable of the given type and as a
 * header (both optional, named by the policy's *-variable-name and *-header-name attributes).
 */
export function publishRemaining(
  execution: Execution,
  remaining: number,
  names: {
    readonly variableName?: string;
    readonly headerName?: string;
    readonly type: "int" | "long";
  },
): void {
  if (names.variableName)
    execution.variables.set(names.variableName, { type: names.type, value: remaining });
  if (names.headerName) execution.finalHeaders.set(names.headerName, String(remaining));
}

export interface RetryAfterNames {
  readonly retryAfterHeaderName?: string;
  readonly retryAfterVariableName?: string;
}

/** Raises the 429 of a rate limit: retry-after variable, one retry header, APIM's message and body. */
export function rejectOverLimit(
  run: PolicyRun<{ readonly kind: string; readonly id?: string }>,
  retryAfter: number,
  names: RetryAfterNames,
): never {
  if (names.retryAfterVariableName) {
    run.execution.variables.set(names.retryAfterVariableName, { type: "int", value: retryAfter });
  }
  const message = `Rate limit is exceeded. Try again in ${retryAfter} seconds.`;
  return run.fail("RateLimitExceeded", "Rate limit is exceeded", {
    status: 429,
    reason: "Too Many Requests",
    headers: { [names.retryAfterHeaderName ?? "Retry-After"]: String(retryAfter) },
    body: JSON.stringify({ statusCode: 429, message }, null, 2),
  });
}
