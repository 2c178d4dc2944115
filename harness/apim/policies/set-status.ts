// <set-status code reason>: sets the status of the response in scope (the returned one inside
// return-response, context.Response elsewhere). The page makes `reason` required; without it the
// harness writes the usual phrase of the code (docs/project-choices.md, Statuses).
import type { SetStatus } from "../../../src/policies/set-status.ts";
import { reasonPhrase } from "../messages.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetStatus: PolicyHandler<SetStatus> = (run) => {
  const code = run.integer(run.statement.code, "code");
  const reason =
    run.statement.reason === undefined
      ? reasonPhrase(code)
      : run.text(run.statement.reason, "reason");
  // The page gives `reason` as a string; what APIM does with an expression giving null is not
  // documented (docs/project-choices.md).
  if (reason === null)
    throw new HarnessRefusal(
      "set-status reason: the expression gave null; the reference page does not say what APIM does",
    );
  // A literal reason with a line break is refused when the policy is built (src/policies/set-status.ts:
  // the reason phrase is one line of the status line, RFC 9112 §4); one computed by an expression is
  // known only now, and what APIM does with it is not documented: the harness refuses it too.
  if (/[\r\n]/.test(reason))
    throw new HarnessRefusal(
      `set-status reason: ${JSON.stringify(reason.slice(0, 60))} contains CR or LF; a reason phrase is one line ` +
        "and what APIM does with a line break in one is not documented",
    );
  const response = run.frame.targetResponse ?? run.execution.response;
  response.statusCode = code;
  response.statusReason = reason;
  run.note(`set-status ${code} ${reason}`);
};
