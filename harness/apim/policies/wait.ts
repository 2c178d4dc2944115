// <wait for="all|any"> (wait-policy.md): "executes its immediate child policies in parallel, and
// waits for either all or one of its immediate child policies to complete". The harness's mocks
// answer in no virtual time, so:
// - for="all" runs the children one after another, in document order: with no virtual time
//   passing, that is indistinguishable from parallel children except in what the page leaves
//   open, which is refused: a child that lets the virtual clock advance (a retry's wait inside a
//   choose) would make the children's times add up where parallel children's overlap.
// - for="any" with one child is for="all". With several, which child completes first is decided
//   by real latencies the harness does not have ("Once the first immediate child policy has
//   completed, the wait policy completes and execution of any other immediate child policies is
//   terminated"): refused rather than picked.
// A child that fails or ends the request ends the wait (the page does not say whether the other
// children still run; the harness stops, as a block of statements does).
import type { Statement } from "../../../src/model/statement.ts";
import type { Wait } from "../../../src/policies/wait.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { Outcome } from "../policy-failure.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runWait: PolicyHandler<Wait<Statement>> = async (run) => {
  const { statement } = run;
  const mode = statement.for === undefined ? "all" : run.text(statement.for, "for");
  if (mode !== "all" && mode !== "any")
    throw new HarnessRefusal(
      `${run.segment}: for is '${String(mode)}'; wait-policy.md allows "all" or "any"`,
    );
  const children = statement.statements;
  if (mode === "any" && children.length > 1)
    throw new HarnessRefusal(
      `${run.segment}: for="any" over ${children.length} children: which one APIM sees complete first depends on real latencies ` +
        'the harness does not simulate; test each child on its own, or use for="all"',
    );
  const started = run.gateway.clock.now();
  const outcome: Outcome = await run.block(children, []);
  if (children.length > 1 && run.gateway.clock.now() !== started)
    throw new HarnessRefusal(
      `${run.segment}: a child let the virtual clock advance; APIM runs wait's children in parallel, the harness one ` +
        "after another, so their waits would add up: keep waits (retry) out of wait's children",
    );
  run.note(`${run.segment}: ${children.length} children completed (for="${mode}")`);
  return outcome;
};
