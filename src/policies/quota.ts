// <quota calls bandwidth renewal-period><api><operation/></api></quota>: a renewable or lifetime
// call volume and/or bandwidth quota per subscription, for the product and, independently, for
// the APIs and operations listed (quota-policy.md). No attribute accepts expressions. Inbound only,
// at product scope (`scopes`: the document validation refuses it elsewhere, fragments included).
import type { int } from "../dotnet/types.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { definePolicy, type PolicyCheck } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, required } from "./rules.ts";
import type { CommonOptions, StatementBase } from "./statement-base.ts";

/** A quota's limits: calls, bandwidth (kilobytes) or both, per renewal period. */
export interface QuotaLimits {
  readonly calls?: int;
  readonly bandwidth?: int;
  /** Seconds of the fixed window; 0 is a lifetime quota. */
  readonly renewalPeriod: int;
}

/** An operation's own quota inside an `<api>`, referenced by id (preferred) or name. */
export interface QuotaOperation extends QuotaLimits {
  readonly id?: string;
  readonly name?: string;
}

/** An API's own quota, referenced by id (preferred) or name, with its operations' quotas. */
export interface QuotaApi extends QuotaLimits {
  readonly id?: string;
  readonly name?: string;
  readonly operations?: readonly QuotaOperation[];
}

export interface QuotaOptions extends CommonOptions, QuotaLimits {
  readonly apis?: readonly QuotaApi[];
}

export interface Quota extends StatementBase<"quota">, QuotaOptions {}

/** `<quota>`: the subscription gets 403 with Retry-After once its quota for the period is used. */
export function quota(options: QuotaOptions): Quota {
  return checked(quotaPolicy, { kind: "quota", ...options });
}

const MAX = Number.MAX_SAFE_INTEGER;

function limitsToXml(limits: QuotaLimits): Record<string, number | undefined> {
  return {
    calls: limits.calls,
    bandwidth: limits.bandwidth,
    "renewal-period": limits.renewalPeriod,
  };
}

function checkLimits(check: PolicyCheck, limits: QuotaLimits, where: string): void {
  for (const attribute of ["calls", "bandwidth"] as const) {
    if (literalOnly(check, limits[attribute], `${where} ${attribute}`))
      integerIn(check, limits[attribute], 1, MAX, `${where} ${attribute}`);
  }
  if (limits.calls === undefined && limits.bandwidth === undefined)
    check.error(`${where} needs calls, bandwidth or both`);
  if (
    required(check, limits.renewalPeriod, `${where} renewal-period`) &&
    literalOnly(check, limits.renewalPeriod, `${where} renewal-period`)
  )
    integerIn(check, limits.renewalPeriod, 0, MAX, `${where} renewal-period`);
}

function checkReference(
  check: PolicyCheck,
  target: { id?: string; name?: string },
  where: string,
): void {
  if (target.id === undefined && target.name === undefined)
    check.error(`${where} needs a name or an id`);
  nonEmpty(check, target.id, `${where} id`);
  nonEmpty(check, target.name, `${where} name`);
}

export const quotaPolicy = definePolicy({
  element: "quota",
  sections: ["inbound"],
  // quota-policy.md, Usage: "Policy scopes: product".
  scopes: ["product"],
  builders: ["quota"],
  reference: "https://learn.microsoft.com/azure/api-management/quota-policy",
  summary:
    "Enforces a renewable or lifetime call (and bandwidth) quota per subscription (403 when used up).",
  toXml: (statement: Quota): XmlElement =>
    element(
      "quota",
      { id: statement.id, ...limitsToXml(statement) },
      (statement.apis ?? []).map((api) =>
        element(
          "api",
          { name: api.name, id: api.id, ...limitsToXml(api) },
          (api.operations ?? []).map((operation) =>
            element("operation", {
              name: operation.name,
              id: operation.id,
              ...limitsToXml(operation),
            }),
          ),
        ),
      ),
    ),
  // quota-policy.md, Attributes, api attributes and operation attributes: "Either calls,
  // bandwidth, or both together must be specified"; "Policy expressions aren't allowed";
  // renewal-period is required (0: infinite); an api or operation is referenced by name or id.
  validate: (statement, check): void => {
    checkLimits(check, statement, "quota");
    for (const api of statement.apis ?? []) {
      checkReference(check, api, "quota api");
      checkLimits(check, api, "quota api");
      for (const operation of api.operations ?? []) {
        checkReference(check, operation, "quota operation");
        checkLimits(check, operation, "quota operation");
      }
    }
  },
});
