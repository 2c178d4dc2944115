// <return-response>: ends the pipeline with a new response (200, no body) or a copy of the one
// stored in response-variable-name, shaped by its set-status/set-header/set-body children. The
// backend is not called and nothing after it runs.
import type { ReturnResponse } from "../../../src/policies/return-response.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { ResponseState } from "../messages.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runReturnResponse: PolicyHandler<ReturnResponse> = async (run) => {
  const { statement } = run;
  let response = new ResponseState();
  if (statement.responseVariableName !== undefined) {
    const stored = run.execution.variables.get(statement.responseVariableName);
    if (!(stored?.value instanceof ResponseState)) {
      throw new HarnessRefusal(
        `return-response: variable '${statement.responseVariableName}' holds no response (set it with send-request)`,
      );
    }
    response = stored.value.clone();
  }
  run.note(
    `return-response${statement.responseVariableName ? ` from ${statement.responseVariableName}` : ""}`,
  );
  const outcome = await run.block(statement.children, [run.segment], {
    target: response,
    targetResponse: response,
  });
  if (outcome !== "continue") return outcome;
  run.execution.response = response;
  return "return";
};
