// <limit-concurrency> (limit-concurrency-policy.md): "prevents enclosed policies from executing by
// more than the specified number of requests at any time. When that number is exceeded, new
// requests will fail immediately with the 429 Too Many Requests status code." One count per key
// value for the gateway instance, shared by every limit-concurrency using the key ("Can be shared
// by multiple policies"); each policy compares it with its own max-count. A request holds its place
// while the children run, whatever their outcome, and gives it back when they end. Concurrency is
// observable in the harness with overlapping send() calls whose backend or service mocks answer
// later (the pipeline awaits them); requests sent one after another never overlap.
// Not documented (chosen, docs/project-choices.md; every result says so in `warnings`): the
// predefined errors table has no limit-concurrency row, so the harness's LastError.Reason
// "ConcurrencyLimitExceeded" and Message "Concurrency limit is exceeded" are its own; the 429 goes
// through on-error like every policy error, with APIM's JSON error body.
// Refused: a key expression that gives null or empty.
import type { Statement } from "../../../src/model/statement.ts";
import type { LimitConcurrency } from "../../../src/policies/limit-concurrency.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { Outcome } from "../policy-failure.ts";
import type { PolicyHandler } from "../policy-run.ts";

/** The owner of the instance-wide counts (gateway.state keys state by object). */
const IN_FLIGHT = {};

export const runLimitConcurrency: PolicyHandler<LimitConcurrency<Statement>> = async (run) => {
  const { statement } = run;
  const counts = run.gateway.state<Map<string, number>>(IN_FLIGHT, () => new Map());
  const key = run.text(statement.key, "key");
  if (key === null || key === "")
    throw new HarnessRefusal(
      `limit-concurrency key: the expression gave ${key === null ? "null" : "''"}; the page does not say what APIM does`,
    );
  const inside = counts.get(key) ?? 0;
  if (inside >= statement.maxCount) {
    run.execution.warnings.push(
      "limit-concurrency: LastError.Reason and Message of its 429 are not documented (no row in the predefined errors table); the harness's are its own",
    );
    run.fail("ConcurrencyLimitExceeded", "Concurrency limit is exceeded", {
      status: 429,
      reason: "Too Many Requests",
    });
  }
  counts.set(key, inside + 1);
  run.note(`limit-concurrency '${key}': ${inside + 1}/${statement.maxCount} inside`);
  let outcome: Outcome;
  try {
    outcome = await run.block(statement.statements, [run.segment]);
  } finally {
    const left = (counts.get(key) ?? 1) - 1;
    if (left === 0) counts.delete(key);
    else counts.set(key, left);
  }
  return outcome;
};
