// <rate-limit>: a sliding window of `calls` per `renewal-period` seconds per subscription;
// 429 with Retry-After when exceeded. APIM accepts no expressions in any of its attributes.
import type { int } from "../dotnet/types.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, required } from "./rules.ts";
import type { CommonOptions, StatementBase } from "./statement-base.ts";

export interface RateLimitOptions extends CommonOptions {
  readonly calls: int;
  /** Seconds, at most 300. */
  readonly renewalPeriod: int;
  readonly retryAfterHeaderName?: string;
  readonly retryAfterVariableName?: string;
  readonly remainingCallsHeaderName?: string;
  readonly remainingCallsVariableName?: string;
  readonly totalCallsHeaderName?: string;
}

export interface RateLimit extends StatementBase<"rate-limit">, RateLimitOptions {}

/** `<rate-limit calls renewal-period>`: limits the call rate per subscription. */
export function rateLimit(options: RateLimitOptions): RateLimit {
  return checked(rateLimitPolicy, { kind: "rate-limit", ...options });
}

const NAMES = [
  ["retryAfterHeaderName", "retry-after-header-name"],
  ["retryAfterVariableName", "retry-after-variable-name"],
  ["remainingCallsHeaderName", "remaining-calls-header-name"],
  ["remainingCallsVariableName", "remaining-calls-variable-name"],
  ["totalCallsHeaderName", "total-calls-header-name"],
] as const;

export const rateLimitPolicy = definePolicy({
  element: "rate-limit",
  sections: ["inbound"],
  // rate-limit-policy.md, Usage: "Policy scopes: product, API, operation".
  scopes: ["product", "api", "operation"],
  builders: ["rateLimit"],
  reference: "https://learn.microsoft.com/azure/api-management/rate-limit-policy",
  summary: "Limits the call rate per subscription (429 with Retry-After when exceeded).",
  toXml: (statement: RateLimit): XmlNode =>
    element("rate-limit", {
      id: statement.id,
      calls: statement.calls,
      "renewal-period": statement.renewalPeriod,
      ...Object.fromEntries(NAMES.map(([key, attribute]) => [attribute, statement[key]])),
    }),
  // rate-limit-policy.md, Attributes: "Policy expressions aren't allowed" in any attribute;
  // `calls` is the maximum number of calls; `renewal-period`'s "maximum allowed value: 300 seconds".
  validate: (statement, check): void => {
    if (
      literalOnly(check, statement.calls, "rate-limit calls") &&
      required(check, statement.calls, "rate-limit calls")
    )
      integerIn(check, statement.calls, 1, Number.MAX_SAFE_INTEGER, "rate-limit calls");
    if (
      literalOnly(check, statement.renewalPeriod, "rate-limit renewal-period") &&
      required(check, statement.renewalPeriod, "rate-limit renewal-period")
    )
      integerIn(check, statement.renewalPeriod, 1, 300, "rate-limit renewal-period");
    for (const [key, attribute] of NAMES) {
      if (literalOnly(check, statement[key], `rate-limit ${attribute}`))
        nonEmpty(check, statement[key], `rate-limit ${attribute}`);
    }
  },
});
