// <rate-limit>: a sliding window of `calls` per `renewal-period` seconds per subscription;
// 429 with Retry-After when exceeded. APIM accepts no expressions in any of its attributes.
import type { int } from "../dotnet/types.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
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
  if (!Number.isInteger(options.calls) || options.calls < 1) {
    throw new RangeError(`rateLimit(): calls must be a positive integer, got ${options.calls}`);
  }
  if (!Number.isInteger(options.renewalPeriod) || options.renewalPeriod < 1 || options.renewalPeriod > 300) {
    throw new RangeError(`rateLimit(): renewalPeriod must be 1-300 seconds, got ${options.renewalPeriod}`);
  }
  return { kind: "rate-limit", ...options };
}

export function rateLimitToXml(statement: RateLimit): XmlElement {
  return element("rate-limit", {
    id: statement.id,
    calls: statement.calls,
    "renewal-period": statement.renewalPeriod,
    "retry-after-header-name": statement.retryAfterHeaderName,
    "retry-after-variable-name": statement.retryAfterVariableName,
    "remaining-calls-header-name": statement.remainingCallsHeaderName,
    "remaining-calls-variable-name": statement.remainingCallsVariableName,
    "total-calls-header-name": statement.totalCallsHeaderName,
  });
}
