// <quota> (quota-policy.md), on the virtual clock: per subscription, fixed windows of
// renewal-period seconds "calculated relative to the start time of the subscription" (the harness's
// subscriptions start at DateTime.MinValue, as context.Subscription.CreatedDate says: context.ts);
// 0 is a lifetime quota. The product's quota and those of the listed `<api>` and `<operation>`
// (matched by id, else by name: "If both attributes are provided, id will be used") "are applied
// independently": each has its own counter and the first one used up answers.
// Over a quota: 403 Forbidden, Retry-After with the seconds until the window renews, and the
// predefined QuotaExceeded "Out of call volume quota. Quota will be replenished in xx:xx:xx."
// (api-management-error-handling-policies.md, "Predefined errors for policies"). A request is
// counted here, when it passes (chosen: the page does not say when).
// A quota outside the product scope (Usage: "Policy scopes: product") never runs: the document
// validation refuses it first, at every scope document and in every fragment included there
// (src/model/validate-document.ts checks each policy's `scopes`, following include-fragment).
// Refused: `bandwidth` (the page does not say which bytes count) and a used-up lifetime quota (no
// interval to renew in).
import type { Quota, QuotaLimits } from "../../../src/policies/quota.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { checkQuota, quotaCounter, type QuotaCounter } from "./quota-window.ts";

const SUBSCRIPTION_START = Date.parse("0001-01-01T00:00:00Z");

export const runQuota: PolicyHandler<Quota> = (run) => {
  const { statement, execution, context } = run;
  const levels: [string, QuotaLimits][] = [["product", statement]];
  const api = statement.apis?.find((candidate) =>
    candidate.id !== undefined
      ? candidate.id === context.Api.Id
      : candidate.name === context.Api.Name,
  );
  if (api) {
    levels.push([`api ${context.Api.Id}`, api]);
    const operation = api.operations?.find((candidate) =>
      candidate.id !== undefined
        ? candidate.id === context.Operation.Id
        : candidate.name === context.Operation.Name,
    );
    if (operation) levels.push([`operation ${context.Api.Id}/${context.Operation.Id}`, operation]);
  }
  if (levels.some(([, limits]) => limits.bandwidth !== undefined)) {
    throw new HarnessRefusal(
      "quota bandwidth: Microsoft's page does not say which bytes count towards it; the harness simulates call quotas only",
    );
  }
  const counters = run.gateway.state<Map<string, QuotaCounter>>(statement, () => new Map());
  const now = run.gateway.clock.now();
  const current: [string, QuotaCounter][] = levels.map(([level, limits]) => {
    const periodMs = limits.renewalPeriod * 1000;
    const key = `${execution.subscriptionId}|${level}`;
    const counter = quotaCounter(counters, key, SUBSCRIPTION_START, periodMs, now);
    checkQuota(run, `quota (${level})`, counter, limits.calls!, periodMs, now);
    return [level, counter];
  });
  for (const [, counter] of current) counter.calls++;
  run.note(
    `quota: ${current.map(([level, counter], index) => `${level} ${counter.calls}/${levels[index]![1].calls}`).join(", ")}`,
  );
};
