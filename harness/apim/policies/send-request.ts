// <send-request>: builds a request (new, or a copy of the current one, without its body in
// outbound: the page, Attributes: mode; outgoing-request.ts), shapes it with its
// set-header/set-body/authentication-certificate children, calls the service mock configured for
// its URL, and stores the response (an IResponse) in response-variable-name. With ignore-error a
// failure stores null instead of raising an error.
// SendRequestFailure is the harness's reason for a failed call: Microsoft's "Predefined errors for
// policies" table names only Timeout for send-request, and the harness simulates no timeouts.
import type { SendRequest } from "../../../src/policies/send-request.ts";
import { wireBody } from "../message-body.ts";
import { headersFromWire } from "../wire.ts";
import { ResponseState, reasonPhrase } from "../messages.ts";
import { shapeOutgoingRequest, startOutgoingRequest } from "./outgoing-request.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import { HarnessRefusal } from "../harness-refusal.ts";

const FAILURE = { status: 500, reason: "Internal Server Error" };

function failOrStoreNull(run: PolicyRun<SendRequest>, reason: string, message: string): void {
  if (run.statement.ignoreError) {
    run.execution.variables.set(run.statement.responseVariableName, {
      type: "IResponse",
      value: null,
    });
    run.note(
      `send-request failed (${message}); ignore-error: ${run.statement.responseVariableName} = null`,
    );
    return;
  }
  run.fail(reason, message, FAILURE);
}

export const runSendRequest: PolicyHandler<SendRequest> = async (run) => {
  const { statement, execution } = run;
  const { mode, outgoing } = startOutgoingRequest(run);
  // The builder checks a literal mode; a mode expression is known only now.
  if (mode === "new" && statement.method === undefined)
    throw new HarnessRefusal(
      "send-request: mode 'new' needs set-method (the page's Elements table: required unless mode=copy)",
    );

  const shaped = await shapeOutgoingRequest(run, outgoing);
  if ("ended" in shaped) return shaped.ended;
  const { request } = shaped;
  execution.serviceCalls.push(request);
  run.note(`send-request ${request.method} ${request.url}`);
  const service = run.gateway.service(request.url);
  if (!service)
    return failOrStoreNull(
      run,
      "SendRequestFailure",
      `No service mock is configured for ${request.url}`,
    );
  let answer;
  try {
    answer = await service(request);
  } catch (error) {
    return failOrStoreNull(run, "SendRequestFailure", String((error as Error)?.message ?? error));
  }
  const status = answer.status ?? 200;
  const response = new ResponseState(
    status,
    answer.reason ?? reasonPhrase(status),
    headersFromWire(answer.headers, "service mock's answer: headers"),
    // A service answer without a body gives the stored IResponse a null Body (message-body.ts).
    wireBody(answer.body),
  );
  execution.variables.set(statement.responseVariableName, { type: "IResponse", value: response });
  run.note(`send-request: ${statement.responseVariableName} = ${status}`);
};
