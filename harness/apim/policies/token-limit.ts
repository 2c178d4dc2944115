// <llm-token-limit> and <azure-openai-token-limit> (llm-token-limit-policy.md,
// azure-openai-token-limit-policy.md: the same attributes and behaviour), on the virtual clock:
// - Tokens come from the backend's answer (token-usage.ts): "the remaining tokens per counter-key
//   are calculated using the actual token usage from the response of the model" (estimate-prompt-
//   tokens, `false`). So a request is let through while the key's count is below the limit, and
//   its usage counts once the backend answers: "This could result in prompts being sent to the
//   model that exceed the token limit. In such case, this will be detected in the response, and all
//   succeeding requests will be blocked by the policy until the token limit frees up again."
// - tokens-per-minute: "The maximum number of tokens consumed by prompt and completion per
//   minute", i.e. usage.total_tokens, in a one-minute window. The page does not say sliding or
//   fixed; the harness uses the sliding window of rate-limit and rate-limit-by-key (throttling.ts),
//   chosen. Over it: 429 "Too Many Requests" (the pages' first paragraph).
// - token-quota per token-quota-period: "The length of the fixed window after which the
//   token-quota resets ... The start time of a quota period is calculated using the UTC timestamp
//   truncated to the unit (hour, day, etc.)". Hourly, Daily, Monthly and Yearly truncate to the UTC
//   hour, day, month and year; Weekly is refused (the page does not say which day a week starts).
//   Over it: 403 "Forbidden". Checked before the rate (chosen: the page does not order them).
// - One counter per counter-key value and element (each policy that sees the usage adds it, as
//   rate-limit-by-key counts once per policy), "used for all scopes at which the policy is
//   configured" (Attributes).
// - retry-after-header-name (default Retry-After, which it replaces) and retry-after-variable-name
//   hold "the recommended retry interval in seconds after the specified tokens-per-minute or
//   token-quota is exceeded": until the window lets the key under its limit again.
// - remaining-tokens-* and remaining-quota-tokens-* hold, "after each policy execution", the limit
//   minus the tokens counted (a header on the final response, like rate-limit-by-key's).
// - tokens-consumed-variable-name: "initialized to ... zero [estimate-prompt-tokens false] in
//   backend section", "updated with the reported count upon receiving the response";
//   tokens-consumed-header-name: "added to response only after the response is received from
//   backend". A request that never reaches the backend counts nothing and sets neither.
// - Not documented, chosen and reported in the result's warnings: the pages give the status and
//   the retry header of a rejection only. The 429 answers as rate-limit does (RateLimitExceeded,
//   its message and body: throttling.ts); the 403 with QuotaExceeded, the quota policies' reason
//   (api-management-error-handling-policies.md), and a message in the quota's form.
// Refused: estimate-prompt-tokens="true" or omitted, a streamed request (token-usage.ts), an
// answer without a usage section, Weekly, a limit expression outside its range.
import type {
  TokenLimitOptions,
  TokenQuotaPeriod,
} from "../../../src/policies/token-limit-attributes.ts";
import { TOKEN_QUOTA_PERIODS } from "../../../src/policies/token-limit-attributes.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import { timeSpanText, windowCounter, type QuotaCounter } from "./quota-window.ts";
import {
  liveEntries,
  publishRemaining,
  rejectOverLimit,
  secondsUntilBelow,
  total,
  type WindowEntry,
} from "./throttling.ts";
import { refuseStreaming, reportedUsage } from "./token-usage.ts";

type TokenLimitStatement = TokenLimitOptions & {
  readonly kind: "llm-token-limit" | "azure-openai-token-limit";
};

const MINUTE_MS = 60_000;
/** The owners of each element's instance-wide counters (gateway.state keys state by object). */
const RATE_COUNTERS: Record<TokenLimitStatement["kind"], object> = {
  "llm-token-limit": {},
  "azure-openai-token-limit": {},
};
const QUOTA_COUNTERS: Record<TokenLimitStatement["kind"], object> = {
  "llm-token-limit": {},
  "azure-openai-token-limit": {},
};

/** The quota period holding `now`: [start, end) in epoch milliseconds, UTC. */
export function quotaPeriod(period: TokenQuotaPeriod, now: number): readonly [number, number] {
  const at = new Date(now);
  const [y, m, d, h] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours()];
  switch (period) {
    case "Hourly":
      return [Date.UTC(y, m, d, h), Date.UTC(y, m, d, h + 1)];
    case "Daily":
      return [Date.UTC(y, m, d), Date.UTC(y, m, d + 1)];
    case "Monthly":
      return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
    case "Yearly":
      return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    case "Weekly":
      throw new HarnessRefusal(
        'token-quota-period "Weekly": the page says the period starts at the UTC time truncated to the unit, not which day a week starts',
      );
  }
}

function limit(
  run: PolicyRun<TokenLimitStatement>,
  slot: TokenLimitOptions["tokensPerMinute"] | TokenLimitOptions["tokenQuota"],
  name: string,
  max: number,
): number {
  const value = run.integer(slot!, name);
  if (value < 1 || value > max)
    throw new HarnessRefusal(
      `${run.statement.kind} ${name}: ${value} is outside 1-${max}; the page does not say what APIM does`,
    );
  return value;
}

function quotaPeriodOf(run: PolicyRun<TokenLimitStatement>): TokenQuotaPeriod {
  const text = run.text(run.statement.tokenQuotaPeriod!, "token-quota-period");
  if (!(TOKEN_QUOTA_PERIODS as readonly (string | null)[]).includes(text))
    throw new HarnessRefusal(
      `${run.statement.kind} token-quota-period: '${String(text)}' is not one of ${TOKEN_QUOTA_PERIODS.join(", ")}`,
    );
  return text as TokenQuotaPeriod;
}

function rejectOverQuota(
  run: PolicyRun<TokenLimitStatement>,
  retryAfter: number,
  statement: TokenLimitOptions,
): never {
  if (statement.retryAfterVariableName)
    run.execution.variables.set(statement.retryAfterVariableName, {
      type: "int",
      value: retryAfter,
    });
  run.execution.warnings.push(
    `${run.statement.kind}: the page documents the 403 and its retry header only; QuotaExceeded, the message and the body are the harness's choice`,
  );
  const message = `Out of token quota. Quota will be replenished in ${timeSpanText(retryAfter)}.`;
  return run.fail("QuotaExceeded", message, {
    status: 403,
    reason: "Forbidden",
    headers: { [statement.retryAfterHeaderName ?? "Retry-After"]: String(retryAfter) },
    body: JSON.stringify({ statusCode: 403, message }, null, 2),
  });
}

export const runTokenLimit: PolicyHandler<TokenLimitStatement> = (run) => {
  const { statement, execution } = run;
  const kind = statement.kind;
  if (statement.estimatePromptTokens === undefined)
    throw new HarnessRefusal(
      `${kind}: estimate-prompt-tokens is omitted; the page marks it required (yet omits it in an example) and does not say what APIM does without it: write estimatePromptTokens: false`,
    );
  if (statement.estimatePromptTokens)
    throw new HarnessRefusal(
      `${kind}: estimate-prompt-tokens="true" estimates "the number of tokens based on prompt schema in API", and no page defines that estimator: write false, to count the usage the backend reports`,
    );
  refuseStreaming(kind, execution.request);
  const key = run.text(statement.counterKey, "counter-key");
  if (key === null)
    throw new HarnessRefusal(
      `${kind} counter-key: the expression gave null; the page does not say what APIM does`,
    );
  const now = run.gateway.clock.now();
  const perMinute =
    statement.tokensPerMinute === undefined
      ? undefined
      : limit(run, statement.tokensPerMinute, "tokens-per-minute", 2_147_483_647);
  const quota =
    statement.tokenQuota === undefined
      ? undefined
      : {
          tokens: limit(run, statement.tokenQuota, "token-quota", Number.MAX_SAFE_INTEGER),
          period: quotaPeriodOf(run),
        };

  // A key's quota periods of different lengths are different windows: one counter each (chosen).
  const quotaKey = quota ? `${quota.period}\u0000${key}` : key;
  const quotas = run.gateway.state<Map<string, QuotaCounter>>(
    QUOTA_COUNTERS[kind],
    () => new Map(),
  );
  if (quota) {
    const [start, end] = quotaPeriod(quota.period, now);
    const counter = windowCounter(quotas, quotaKey, start);
    if (counter.calls >= quota.tokens)
      rejectOverQuota(run, Math.max(1, Math.ceil((end - now) / 1000)), statement);
    const remaining = quota.tokens - counter.calls;
    publishRemaining(execution, remaining, {
      variableName: statement.remainingQuotaTokensVariableName,
      headerName: statement.remainingQuotaTokensHeaderName,
      type: "long",
    });
  }

  const windows = run.gateway.state<Map<string, WindowEntry[]>>(
    RATE_COUNTERS[kind],
    () => new Map(),
  );
  if (perMinute !== undefined) {
    const inWindow = liveEntries(windows.get(key) ?? [], now, MINUTE_MS);
    windows.set(key, inWindow);
    if (total(inWindow) >= perMinute) {
      execution.warnings.push(
        `${kind}: the page documents the 429 and its retry header only; RateLimitExceeded, the message and the body are rate-limit's, the harness's choice`,
      );
      rejectOverLimit(run, secondsUntilBelow(inWindow, perMinute, now, MINUTE_MS), statement);
    }
    const remaining = perMinute - total(inWindow);
    publishRemaining(execution, remaining, {
      variableName: statement.remainingTokensVariableName,
      headerName: statement.remainingTokensHeaderName,
      type: "int",
    });
  }

  execution.backendListeners.push({
    calling: () => {
      if (statement.tokensConsumedVariableName)
        execution.variables.set(statement.tokensConsumedVariableName, { type: "int", value: 0 });
    },
    answered: (response) => {
      const consumed = reportedUsage(kind, response).totalTokens;
      const at = run.gateway.clock.now();
      if (perMinute !== undefined)
        windows.set(key, [...(windows.get(key) ?? []), { at, count: consumed }]);
      if (quota)
        windowCounter(quotas, quotaKey, quotaPeriod(quota.period, at)[0]).calls += consumed;
      if (statement.tokensConsumedVariableName)
        execution.variables.set(statement.tokensConsumedVariableName, {
          type: "int",
          value: consumed,
        });
      if (statement.tokensConsumedHeaderName)
        response.headers.set(statement.tokensConsumedHeaderName, [String(consumed)]);
      run.note(`${kind} '${key}': the backend reported ${consumed} tokens`);
    },
  });
  run.note(
    `${kind} '${key}':${perMinute === undefined ? "" : ` ${total(windows.get(key) ?? [])}/${perMinute} tokens this minute`}${quota ? ` ${windowCounter(quotas, quotaKey, quotaPeriod(quota.period, now)[0]).calls}/${quota.tokens} tokens this ${quota.period} period` : ""}`,
  );
};
