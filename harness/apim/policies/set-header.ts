// <set-header>: override (default) replaces, skip keeps an existing header, append adds values,
// delete removes. It acts on the message of its place: the request in inbound and backend, the
// response in outbound and on-error, the returned response inside return-response, the outgoing
// request inside send-request. A value whose expression gives null is left out (chosen).
// What set-header cannot do (set-header reference, "Usage notes"): change or delete Connection,
// Content-Length, Keep-Alive, Transfer-Encoding, or delete Server; such a statement leaves the
// header as it was, and the result's warnings and log say so (field report 13). A value with CR or
// LF cannot be one header line (RFC 9110 §5.5) and the docs do not say what APIM does with it: the
// harness refuses it rather than invent an outcome, as it refuses a name expression giving null or
// a blank name.
import type { ExistsAction, SetHeader } from "../../../src/policies/set-header.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { protectedHeader } from "../wire.ts";

const ACTIONS: readonly ExistsAction[] = ["override", "skip", "append", "delete"];

export const runSetHeader: PolicyHandler<SetHeader> = (run) => {
  const { statement } = run;
  const name = run.text(statement.name, "name");
  if (name === null || name.trim() === "")
    throw new HarnessRefusal(
      `set-header: the name evaluated to '${String(name)}'; the reference page does not say what APIM does`,
    );
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
  const refused = protectedHeader(name, action === "delete");
  if (refused) {
    run.execution.warnings.push(`set-header ${name} (${action}) had no effect: ${refused}`);
    run.note(`set-header ${name}: not changed: ${refused}`);
    return;
  }
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
  values.forEach((value, index) => {
    if (/[\r\n]/.test(value))
      throw new HarnessRefusal(
        `set-header '${name}': value[${index + 1}] contains CR or LF (${JSON.stringify(value.slice(0, 60))}); a header ` +
          "value cannot hold a line break (RFC 9110 §5.5) and what APIM does with one is not documented",
      );
  });
  if (action === "append") headers.append(name, values);
  else headers.set(name, values);
  run.note(`set-header ${name} (${action}): ${values.join(",")}`);
};
