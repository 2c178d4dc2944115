// <rate-limit-by-key>: a sliding window of `calls` per `renewal-period` seconds per counter key
// (rate-limit-by-key-policy.md). `calls`, `renewal-period`, `counter-key`, `increment-condition`
// and `increment-count` accept expressions; the header and variable names do not. Inbound only.
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
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

const NAME_OPTIONS = [
  "retryAfterHeaderName",
  "retryAfterVariableName",
  "remainingCallsHeaderName",
  "remainingCallsVariableName",
  "totalCallsHeaderName",
] as const;

function literalInteger(value: unknown): value is number {
  return typeof value === "number";
}

/** `<rate-limit-by-key>`: limits the call rate per key; the caller gets 429 when it is exceeded. */
export function rateLimitByKey(options: RateLimitByKeyOptions): RateLimitByKey {
  const { calls, renewalPeriod, counterKey, incrementCount } = options;
  if (literalInteger(calls) && (!Number.isInteger(calls) || calls < 1)) {
    throw new RangeError(`rateLimitByKey(): calls must be a positive integer, got ${calls}`);
  }
  // The page: "Maximum allowed value: 300 seconds."
  if (
    literalInteger(renewalPeriod) &&
    (!Number.isInteger(renewalPeriod) || renewalPeriod < 1 || renewalPeriod > 300)
  ) {
    throw new RangeError(
      `rateLimitByKey(): renewalPeriod must be 1-300 seconds, got ${renewalPeriod}`,
    );
  }
  if (literalInteger(incrementCount) && (!Number.isInteger(incrementCount) || incrementCount < 0)) {
    throw new RangeError(
      `rateLimitByKey(): incrementCount must be a whole number, got ${incrementCount}`,
    );
  }
  if (
    counterKey === undefined ||
    (!isExpressionSlot(counterKey) && (typeof counterKey !== "string" || counterKey === ""))
  ) {
    throw new Error(
      "rateLimitByKey(): counter-key is required (a non-empty string or an expression)",
    );
  }
  for (const name of NAME_OPTIONS) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== "string" || value.trim() === "") {
      throw new Error(
        `rateLimitByKey(): ${name} accepts no policy expression and must be a non-empty name`,
      );
    }
  }
  return { kind: "rate-limit-by-key", ...options };
}

export function rateLimitByKeyToXml(statement: RateLimitByKey): XmlElement {
  // Attribute order of the page's policy statement.
  return element("rate-limit-by-key", {
    id: statement.id,
    calls: slot(statement.calls),
    "renewal-period": slot(statement.renewalPeriod),
    "increment-condition": slot(statement.incrementCondition),
    "increment-count": slot(statement.incrementCount),
    "counter-key": slot(statement.counterKey),
    "retry-after-header-name": statement.retryAfterHeaderName,
    "retry-after-variable-name": statement.retryAfterVariableName,
    "remaining-calls-header-name": statement.remainingCallsHeaderName,
    "remaining-calls-variable-name": statement.remainingCallsVariableName,
    "total-calls-header-name": statement.totalCallsHeaderName,
  });
}
