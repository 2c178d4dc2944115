// <quota-by-key calls bandwidth renewal-period increment-condition counter-key first-period-start>:
// a renewable or lifetime call volume and/or bandwidth quota per key (quota-by-key-policy.md):
// `calls`, `bandwidth`, `renewal-period` and `first-period-start` take no expressions;
// `counter-key` and `increment-condition` do. Inbound only.
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface QuotaByKeyOptions extends CommonOptions {
  /** The most calls per key in a period (calls, bandwidth or both). */
  readonly calls?: int;
  /** The most kilobytes per key in a period (calls, bandwidth or both). */
  readonly bandwidth?: int;
  /** Seconds of the fixed window, at least 300; 0 is a lifetime quota. */
  readonly renewalPeriod: int;
  /** The key: one counter per value for every scope. */
  readonly counterKey: Value<string>;
  /** Whether the request counts towards the quota. */
  readonly incrementCondition?: Value<boolean>;
  /** `yyyy-MM-ddTHH:mm:ssZ`: periods start from here; APIM's default is 0001-01-01T00:00:00Z. */
  readonly firstPeriodStart?: string;
}

export interface QuotaByKey extends StatementBase<"quota-by-key">, QuotaByKeyOptions {}

/** The page's format of first-period-start. */
export const FIRST_PERIOD_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** `<quota-by-key>`: the caller gets 403 with Retry-After once the key's quota for the period is used. */
export function quotaByKey(options: QuotaByKeyOptions): QuotaByKey {
  return checked(quotaByKeyPolicy, { kind: "quota-by-key", ...options });
}

export const quotaByKeyPolicy = definePolicy({
  element: "quota-by-key",
  sections: ["inbound"],
  builders: ["quotaByKey"],
  reference: "https://learn.microsoft.com/azure/api-management/quota-by-key-policy",
  summary:
    "Enforces a renewable or lifetime call (and bandwidth) quota per key (403 when used up).",
  toXml: (statement: QuotaByKey): XmlNode =>
    element("quota-by-key", {
      id: statement.id,
      calls: statement.calls,
      bandwidth: statement.bandwidth,
      "renewal-period": statement.renewalPeriod,
      "increment-condition": slot(statement.incrementCondition),
      "counter-key": slot(statement.counterKey),
      "first-period-start": statement.firstPeriodStart,
    }),
  // quota-by-key-policy.md, Attributes: "Either calls, bandwidth, or both together must be
  // specified"; calls, bandwidth, renewal-period and first-period-start: "Policy expressions
  // aren't allowed"; renewal-period "Minimum period: 300 seconds", 0 for infinite;
  // first-period-start in the format yyyy-MM-ddTHH:mm:ssZ; counter-key is required.
  validate: (statement, check): void => {
    const MAX = Number.MAX_SAFE_INTEGER;
    if (literalOnly(check, statement.calls, "quota-by-key calls"))
      integerIn(check, statement.calls, 1, MAX, "quota-by-key calls");
    if (literalOnly(check, statement.bandwidth, "quota-by-key bandwidth"))
      integerIn(check, statement.bandwidth, 1, MAX, "quota-by-key bandwidth");
    if (statement.calls === undefined && statement.bandwidth === undefined)
      check.error("quota-by-key needs calls, bandwidth or both");
    const period: unknown = statement.renewalPeriod;
    if (
      required(check, period, "quota-by-key renewal-period") &&
      literalOnly(check, period, "quota-by-key renewal-period") &&
      period !== 0
    )
      integerIn(check, period, 300, MAX, "quota-by-key renewal-period (0 for a lifetime quota)");
    if (required(check, statement.counterKey, "quota-by-key counter-key"))
      nonEmpty(check, statement.counterKey, "quota-by-key counter-key");
    const start: unknown = statement.firstPeriodStart;
    if (
      literalOnly(check, start, "quota-by-key first-period-start") &&
      start !== undefined &&
      (typeof start !== "string" ||
        !FIRST_PERIOD_START.test(start) ||
        Number.isNaN(Date.parse(start)))
    )
      check.error(`quota-by-key first-period-start '${String(start)}' is not yyyy-MM-ddTHH:mm:ssZ`);
  },
});
