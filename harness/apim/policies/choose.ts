// <choose>: conditions are evaluated in order and the first true one runs its branch; otherwise
// runs when none was true. A condition that throws fails the choose at `choose[n]\when[k]`.
import type { Statement } from "../../../src/model/statement.ts";
import type { Choose } from "../../../src/policies/choose.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runChoose: PolicyHandler<Choose<Statement>> = (run) => {
  const { statement } = run;
  for (const [index, branch] of statement.when.entries()) {
    const when = `when[${index + 1}]`;
    const matched = run.value(branch.condition, `${when} condition`, [run.segment, when]);
    if (typeof matched !== "boolean") {
      throw new HarnessRefusal(
        `${run.segment} ${when}: the condition gave ${typeof matched}, not a bool (C# would not compile it)`,
      );
    }
    if (matched) {
      run.note(`${run.segment}: ${when} matched`);
      return run.block(branch.statements, [run.segment, when]);
    }
    run.note(`${run.segment}: ${when} false`);
  }
  if (statement.otherwise) {
    run.note(`${run.segment}: otherwise`);
    return run.block(statement.otherwise.statements, [run.segment, "otherwise"]);
  }
  run.note(`${run.segment}: no branch taken`);
  return "continue";
};
