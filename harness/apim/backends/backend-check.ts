// What createGateway() refuses in `backends`: what the backend resource cannot hold and what
// Microsoft's documentation does not define, each refusal naming the page that limits it.
// Sources: backends.md (ms.date 05/20/2025) "Circuit breaker" and "Load-balanced pool" sections,
// and the REST reference's BackendPoolItem ("Must be between 0 and 100").
import { HarnessRefusal } from "../harness-refusal.ts";
import type { Tier } from "../gateway-options.ts";
import { durationMs } from "./iso-duration.ts";
import {
  memberId,
  type BackendEntity,
  type BackendsOptions,
  type CircuitBreakerRule,
  type PoolBackend,
} from "./backend-options.ts";

const RULE_KEYS = ["name", "failureCondition", "tripDuration", "acceptRetryAfter"];
const CONDITION_KEYS = ["count", "percentage", "interval", "statusCodeRanges", "errorReasons"];

function unknownKeys(value: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(value))
    if (!known.includes(key))
      throw new HarnessRefusal(
        `${where}: there is no property '${key}' (the properties are ${known.join(", ")}); an unknown property is refused rather than ignored`,
      );
}

function integerIn(value: unknown, min: number, max: number, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new HarnessRefusal(
      `${where}: ${String(value)}; expected an integer from ${min} to ${max}`,
    );
  return value;
}

function checkRule(rule: CircuitBreakerRule, where: string): void {
  unknownKeys(rule, RULE_KEYS, where);
  if (typeof rule.name !== "string" || rule.name === "")
    throw new HarnessRefusal(`${where}.name: a rule needs a name`);
  const condition = rule.failureCondition;
  if (typeof condition !== "object" || condition === null)
    throw new HarnessRefusal(`${where}.failureCondition: a rule needs its failure condition`);
  unknownKeys(condition, CONDITION_KEYS, `${where}.failureCondition`);
  // backends.md, "Circuit breaker": rules trip on "the number or percentage of failure conditions
  // during a defined time interval"; how a percentage is computed (of which requests, from how
  // many) is not documented.
  if (condition.percentage !== undefined)
    throw new HarnessRefusal(
      `${where}.failureCondition.percentage: the documentation does not say how a failure percentage is computed ` +
        "(of which requests, from how many); write the rule with count",
    );
  integerIn(condition.count, 1, Number.MAX_SAFE_INTEGER, `${where}.failureCondition.count`);
  // The page's example lists errorReasons: ["Server errors"], but no page defines the reasons a
  // backend call can fail with or which of them match.
  if (condition.errorReasons !== undefined)
    throw new HarnessRefusal(
      `${where}.failureCondition.errorReasons: the documentation does not define the error reasons or what they match; ` +
        "leave them out and describe failures by statusCodeRanges",
    );
  durationMs(condition.interval, `${where}.failureCondition.interval`);
  const ranges = condition.statusCodeRanges;
  if (!Array.isArray(ranges) || ranges.length === 0)
    throw new HarnessRefusal(
      `${where}.failureCondition.statusCodeRanges: at least one range, e.g. [{ min: 500, max: 599 }]`,
    );
  ranges.forEach((range, index) => {
    const at = `${where}.failureCondition.statusCodeRanges[${index}]`;
    const min = integerIn(range.min, 100, 599, `${at}.min`);
    const max = integerIn(range.max, 100, 599, `${at}.max`);
    if (min > max) throw new HarnessRefusal(`${at}: min ${min} is above max ${max}`);
  });
  durationMs(rule.tripDuration, `${where}.tripDuration`);
  if (rule.acceptRetryAfter !== undefined && typeof rule.acceptRetryAfter !== "boolean")
    throw new HarnessRefusal(`${where}.acceptRetryAfter: expected true or false`);
}

function checkPool(id: string, entity: PoolBackend, all: BackendsOptions): void {
  const where = `createGateway(): backends['${id}'].pool.services`;
  const services = entity.pool?.services;
  // backends.md, "Load-balanced pool": "You can include up to 30 backends in a pool."
  if (!Array.isArray(services) || services.length === 0 || services.length > 30)
    throw new HarnessRefusal(
      `${where}: a pool holds 1 to 30 backends (backends.md, "Load-balanced pool")`,
    );
  const seen = new Set<string>();
  services.forEach((item, index) => {
    const at = `${where}[${index}]`;
    unknownKeys(item, ["id", "priority", "weight"], at);
    const member = memberId(item);
    const target = all[member];
    if (!target)
      throw new HarnessRefusal(`${at}: backend '${member}' is not configured in backends`);
    // backends.md (2023 versions), "Load-balanced pool": "You can't add a backend of type `pool`
    // to another backend pool."
    if (target.type === "Pool")
      throw new HarnessRefusal(`${at}: '${member}' is a pool; a pool holds single backends only`);
    if (seen.has(member))
      throw new HarnessRefusal(
        `${at}: '${member}' is listed twice; the documentation does not say what that means`,
      );
    seen.add(member);
    // BackendPoolItem: priority and weight "Must be between 0 and 100".
    if (item.priority !== undefined) integerIn(item.priority, 0, 100, `${at}.priority`);
    if (item.weight !== undefined) integerIn(item.weight, 1, 100, `${at}.weight`);
  });
  // A weight of 0, and a pool where only some members have a priority or a weight, are allowed
  // by the resource but their meaning is not documented.
  for (const field of ["priority", "weight"] as const) {
    const given = services.filter((item) => item[field] !== undefined).length;
    if (given !== 0 && given !== services.length)
      throw new HarnessRefusal(
        `${where}: ${field} is given for some members only; the documentation does not say how a member without one is treated: give every member a ${field} or none`,
      );
  }
  if (services.some((item) => item.weight === 0))
    throw new HarnessRefusal(
      `${where}: a weight of 0 is not documented; leave the member out instead`,
    );
}

/** Refuses backends the service cannot have or the documentation does not define. */
export function checkBackends(backends: BackendsOptions | undefined, tier: Tier): void {
  for (const [id, entity] of Object.entries(backends ?? {}) as [string, BackendEntity][]) {
    const where = `createGateway(): backends['${id}']`;
    if (entity.type === "Pool") {
      unknownKeys(entity, ["type", "pool"], where);
      checkPool(id, entity, backends!);
      continue;
    }
    if (entity.type !== undefined && entity.type !== "Single")
      throw new HarnessRefusal(
        `${where}.type: '${String(entity.type)}'; expected "Single" or "Pool"`,
      );
    unknownKeys(entity, ["type", "url", "circuitBreaker"], where);
    if (typeof entity.url !== "string" || !/^https?:\/\//.test(entity.url))
      throw new HarnessRefusal(`${where}.url: a single backend needs an http(s) URL`);
    const rules = entity.circuitBreaker?.rules;
    if (rules === undefined) continue;
    // backends.md, "Circuit breaker": "Currently, the backend circuit breaker isn't supported in
    // the Consumption tier" and "Currently, only one rule can be configured".
    if (tier === "Consumption")
      throw new HarnessRefusal(
        `${where}.circuitBreaker: the backend circuit breaker isn't supported in the Consumption tier (backends.md, "Circuit breaker")`,
      );
    if (!Array.isArray(rules) || rules.length !== 1)
      throw new HarnessRefusal(
        `${where}.circuitBreaker.rules: exactly one rule ("Currently, only one rule can be configured for a backend circuit breaker")`,
      );
    checkRule(rules[0]!, `${where}.circuitBreaker.rules[0]`);
  }
}
