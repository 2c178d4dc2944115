// <set-status code reason>: sets the status of the response in scope (the returned one inside
// return-response, context.Response elsewhere).
import type { SetStatus } from "../../../src/policies/set-status.ts";
import { reasonPhrase } from "../messages.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetStatus: PolicyHandler<SetStatus> = (run) => {
  const code = run.integer(run.statement.code, "code");
  const reason =
    run.statement.reason === undefined
      ? reasonPhrase(code)
      : (run.text(run.statement.reason, "reason") ?? "");
  const response = run.frame.targetResponse ?? run.execution.response;
  response.statusCode = code;
  response.statusReason = reason;
  run.note(`set-status ${code} ${reason}`);
};
