// <rate-limit-by-key>: a sliding window of `calls` per `renewal-period` seconds per counter key
// (rate-limit-by-key-policy.md). `calls`, `renewal-period`, `counter-key`, `increment-condition`
// and `increment-count` accept expressions; the header and variable names do not. Inbound only.
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface RateLimitByKeyOptions extends CommonOptions {
  /** The most calls allowed per key in the window. */
  readonly calls: Value<int>;
  /** The sliding window in seconds, at most 300. */
  readonly renewalPeriod: Value<int>;
  /** The key: one counter per value, shared by every policy (and scope) using it. */
  readonly counterKey: Value<string>;
  /**
   * Whether this request counts. As an expression, evaluation and counting move to the end of the
   * outbound pipeline (so it may read context.Response).
   */
  readonly incrementCondition?: Value<boolean>;
  /** How much a request counts; APIM's default is 1. As an expression, counting moves to the end. */
  readonly incrementCount?: Value<int>;
  /** Replaces the default `Retry-After` header of the 429. */
  readonly retryAfterHeaderName?: string;
  readonly retryAfterVariableName?: string;
  readonly remainingCallsHeaderName?: string;
  readonly remainingCallsVariableName?: string;
  readonly totalCallsHeaderName?: string;
}

export interface RateLimitByKey extends StatementBase<"rate-limit-by-key">, RateLimitByKeyOptions {}

const NAMES = [
  ["retryAfterHeaderName", "retry-after-header-name"],
  ["retryAfterVariableName", "retry-after-variable-name"],
  ["remainingCallsHeaderName", "remaining-calls-header-name"],
  ["remainingCallsVariableName", "remaining-calls-variable-name"],
  ["totalCallsHeaderName", "total-calls-header-name"],
] as const;

/** `<rate-limit-by-key>`: limits the call rate per key; the caller gets 429 when it is exceeded. */
export function rateLimitByKey(options: RateLimitByKeyOptions): RateLimitByKey {
  return checked(rateLimitByKeyPolicy, { kind: "rate-limit-by-key", ...options });
}

export const rateLimitByKeyPolicy = definePolicy({
  element: "rate-limit-by-key",
  sections: ["inbound"],
  builders: ["rateLimitByKey"],
  reference: "https://learn.microsoft.com/azure/api-management/rate-limit-by-key-policy",
  summary: "Limits the call rate per key (429 with Retry-After when exceeded).",
  // Attribute order of the page's policy statement.
  toXml: (statement: RateLimitByKey): XmlNode =>
    element("rate-limit-by-key", {
      id: statement.id,
      calls: slot(statement.calls),
      "renewal-period": slot(statement.renewalPeriod),
      "increment-condition": slot(statement.incrementCondition),
      "increment-count": slot(statement.incrementCount),
      "counter-key": slot(statement.counterKey),
      ...Object.fromEntries(NAMES.map(([key, attribute]) => [attribute, statement[key]])),
    }),
  // rate-limit-by-key-policy.md, Attributes: `calls`, `renewal-period` ("Maximum allowed value:
  // 300 seconds") and `counter-key` are required; `increment-count` defaults to 1; the header and
  // variable names: "Policy expressions aren't allowed".
  validate: (statement, check): void => {
    if (required(check, statement.calls, "rate-limit-by-key calls"))
      integerIn(check, statement.calls, 1, Number.MAX_SAFE_INTEGER, "rate-limit-by-key calls");
    if (required(check, statement.renewalPeriod, "rate-limit-by-key renewal-period"))
      integerIn(check, statement.renewalPeriod, 1, 300, "rate-limit-by-key renewal-period");
    if (required(check, statement.counterKey, "rate-limit-by-key counter-key"))
      nonEmpty(check, statement.counterKey, "rate-limit-by-key counter-key");
    integerIn(
      check,
      statement.incrementCount,
      0,
      Number.MAX_SAFE_INTEGER,
      "rate-limit-by-key increment-count",
    );
    for (const [key, attribute] of NAMES) {
      if (literalOnly(check, statement[key], `rate-limit-by-key ${attribute}`))
        nonEmpty(check, statement[key], `rate-limit-by-key ${attribute}`);
    }
  },
});
