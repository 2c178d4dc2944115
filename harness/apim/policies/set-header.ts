// <set-header>: override (default) replaces, skip keeps an existing header, append adds values,
// delete removes. It acts on the message of its place: the request in inbound and backend, the
// response in outbound and on-error, the returned response inside return-response, the outgoing
// request inside send-request. A value whose expression gives null is left out (chosen).
import type { ExistsAction, SetHeader } from "../../../src/policies/set-header.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

const ACTIONS: readonly ExistsAction[] = ["override", "skip", "append", "delete"];

export const runSetHeader: PolicyHandler<SetHeader> = (run) => {
  const { statement } = run;
  const name = run.text(statement.name, "name") ?? "";
  const action = (
    statement.existsAction === undefined
      ? "override"
      : run.text(statement.existsAction, "exists-action")
  ) as ExistsAction;
  if (!ACTIONS.includes(action))
    throw new HarnessRefusal(
      `set-header '${name}': exists-action '${action}' is not one of ${ACTIONS.join(", ")}`,
    );
  const headers = run.frame.target.headers;
  if (action === "delete") {
    headers.delete(name);
    run.note(`set-header ${name}: deleted`);
    return;
  }
  if (action === "skip" && headers.has(name)) {
    run.note(`set-header ${name}: exists, skipped`);
    return;
  }
  const values = statement.values
    .map((value, index) => run.text(value, `value[${index + 1}]`))
    .filter((value) => value !== null);
  if (action === "append") headers.append(name, values);
  else headers.set(name, values);
  run.note(`set-header ${name} (${action}): ${values.join(",")}`);
};
