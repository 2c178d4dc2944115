// What llm-token-limit and azure-openai-token-limit share: one attribute model, its XML and its
// rules. Both reference pages (llm-token-limit-policy.md, azure-openai-token-limit-policy.md) give
// the same "Policy statement" and "Attributes" table (the Azure OpenAI page since
// MicrosoftDocs/azure-docs commit 56d3428, "Remaining quota tokens in token-limit policies"):
// - counter-key: required, "Policy expressions are allowed".
// - tokens-per-minute, token-quota + token-quota-period: "Either a rate limit (tokens-per-minute),
//   a quota (token-quota over a token-quota-period), or both must be specified"; the period "must
//   be one of the following: Hourly, Daily, Weekly, Monthly, Yearly". The three take policy
//   expressions: MicrosoftDocs/azure-docs commit ba2d12b ("[APIM] Policy expression support in
//   token limit policies", ms.date 04/01/2026) dropped the pages' "Policy expressions aren't
//   allowed", and the policy toolkit's TokenLimitConfig marks all three [ExpressionAllowed].
// - estimate-prompt-tokens: a boolean, "Required: Yes" (a literal: TokenLimitConfig's plain
//   `bool`); yet the llm page's own "Token quota" example omits it, so the builder accepts it
//   omitted (the example must be writable) and the harness refuses to guess what APIM does then.
// - every header and variable name: "Policy expressions aren't allowed".
// Usage: "Policy sections: inbound"; "This policy can be used multiple times per policy definition".
import type { int, long } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import type { PolicyCheck } from "./define-policy.ts";
import { integerIn, literalOnly, nonEmpty, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions } from "./statement-base.ts";

/** token-quota-period's values (Attributes: "The value must be one of the following"). */
export const TOKEN_QUOTA_PERIODS = ["Hourly", "Daily", "Weekly", "Monthly", "Yearly"] as const;
export type TokenQuotaPeriod = (typeof TOKEN_QUOTA_PERIODS)[number];

/** The largest tokens-per-minute: an `int` (TokenLimitConfig.TokensPerMinute is `int?`). */
const INT_MAX = 2_147_483_647;

export interface TokenLimitOptions extends CommonOptions {
  /** The key: one counter per value, "used for all scopes at which the policy is configured". */
  readonly counterKey: Value<string>;
  /** The most tokens (prompt and completion) per minute; a rate limit (429 when exceeded). */
  readonly tokensPerMinute?: Value<int>;
  /** The most tokens per token-quota-period; a quota (403 when exceeded). */
  readonly tokenQuota?: Value<long>;
  /** The quota's fixed window, starting at the UTC time truncated to the unit. */
  readonly tokenQuotaPeriod?: Value<TokenQuotaPeriod>;
  /**
   * `false`: count the usage the backend reports. The page marks it required; `true` (estimate from
   * the prompt) is refused by the harness: the pages do not define the estimator.
   */
  readonly estimatePromptTokens?: boolean;
  /** Replaces the default `Retry-After` header of the 429 or 403. */
  readonly retryAfterHeaderName?: string;
  readonly retryAfterVariableName?: string;
  readonly remainingQuotaTokensHeaderName?: string;
  readonly remainingQuotaTokensVariableName?: string;
  readonly remainingTokensHeaderName?: string;
  readonly remainingTokensVariableName?: string;
  /** A response header with the tokens the backend reported, added once it answered. */
  readonly tokensConsumedHeaderName?: string;
  /** 0 in the backend section, then the tokens the backend reported. */
  readonly tokensConsumedVariableName?: string;
}

/** The header and variable names, in the policy statement's order. */
export const TOKEN_LIMIT_NAMES = [
  ["retryAfterHeaderName", "retry-after-header-name"],
  ["retryAfterVariableName", "retry-after-variable-name"],
  ["remainingQuotaTokensHeaderName", "remaining-quota-tokens-header-name"],
  ["remainingQuotaTokensVariableName", "remaining-quota-tokens-variable-name"],
  ["remainingTokensHeaderName", "remaining-tokens-header-name"],
  ["remainingTokensVariableName", "remaining-tokens-variable-name"],
  ["tokensConsumedHeaderName", "tokens-consumed-header-name"],
  ["tokensConsumedVariableName", "tokens-consumed-variable-name"],
] as const;

/** The element with the policy statement's attribute order. */
export function tokenLimitXml(
  name: string,
  statement: TokenLimitOptions & { readonly id?: string },
): XmlNode {
  return element(name, {
    id: statement.id,
    "counter-key": slot(statement.counterKey),
    "tokens-per-minute": slot(statement.tokensPerMinute),
    "token-quota": slot(statement.tokenQuota),
    "token-quota-period": slot(statement.tokenQuotaPeriod),
    "estimate-prompt-tokens": statement.estimatePromptTokens,
    ...Object.fromEntries(TOKEN_LIMIT_NAMES.map(([key, attribute]) => [attribute, statement[key]])),
  });
}

/** The Attributes table's rules, for either element. */
export function checkTokenLimit(
  name: string,
  statement: TokenLimitOptions,
  check: PolicyCheck,
): void {
  if (required(check, statement.counterKey, `${name} counter-key`))
    nonEmpty(check, statement.counterKey, `${name} counter-key`);
  integerIn(check, statement.tokensPerMinute, 1, INT_MAX, `${name} tokens-per-minute`);
  integerIn(check, statement.tokenQuota, 1, Number.MAX_SAFE_INTEGER, `${name} token-quota`);
  oneOf(check, statement.tokenQuotaPeriod, TOKEN_QUOTA_PERIODS, `${name} token-quota-period`);
  const quota = statement.tokenQuota !== undefined;
  const period = statement.tokenQuotaPeriod !== undefined;
  if (quota !== period)
    check.error(
      `${name}: token-quota and token-quota-period go together; write both (a quota) or neither`,
    );
  if (statement.tokensPerMinute === undefined && !quota && !period)
    check.error(
      `${name} needs tokens-per-minute, a token-quota with its token-quota-period, or both`,
    );
  const estimate: unknown = statement.estimatePromptTokens;
  if (
    literalOnly(check, estimate, `${name} estimate-prompt-tokens`) &&
    estimate !== undefined &&
    typeof estimate !== "boolean"
  )
    check.error(`${name} estimate-prompt-tokens must be true or false, got ${String(estimate)}`);
  for (const [key, attribute] of TOKEN_LIMIT_NAMES) {
    if (literalOnly(check, statement[key], `${name} ${attribute}`))
      nonEmpty(check, statement[key], `${name} ${attribute}`);
  }
}
