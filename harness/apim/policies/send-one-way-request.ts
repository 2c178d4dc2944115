// <send-one-way-request> (send-one-way-request-policy.md): "sends the provided request to the
// specified URL without waiting for a response". The request is built like send-request's (new, or
// a copy of the current request's headers and body; "In the outbound policy section, mode=copy does
// not initialize the request body"), recorded in the result's oneWayRequests, and handed to the
// service mock configured for its URL, whose answer (or failure) is ignored: the policy goes on at
// once. Chosen (docs/project-choices.md): a URL without a service mock is recorded as not delivered
// rather than refused, since APIM does not wait to learn whether the call succeeded; `timeout`
// is checked and recorded but never elapses, as nothing waits.
import type { SendOneWayRequest } from "../../../src/policies/send-one-way-request.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { shapeOutgoingRequest, startOutgoingRequest } from "./outgoing-request.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { locationOf } from "../records.ts";

export const runSendOneWayRequest: PolicyHandler<SendOneWayRequest> = async (run) => {
  const { statement, execution } = run;
  const timeout = statement.timeout === undefined ? 60 : run.integer(statement.timeout, "timeout");
  if (timeout < 1)
    throw new HarnessRefusal(
      `send-one-way-request timeout: ${timeout} is not a positive number of seconds; the page does not say what APIM does`,
    );
  const { mode, outgoing } = startOutgoingRequest(run);
  if (mode === "new" && (statement.url === undefined || statement.method === undefined))
    throw new HarnessRefusal(
      "send-one-way-request: mode 'new' needs set-url and set-method (the page's Elements table)",
    );

  const shaped = await shapeOutgoingRequest(run, outgoing);
  if ("ended" in shaped) return shaped.ended;
  const { request } = shaped;
  const service = run.gateway.service(request.url);
  execution.oneWayRequests.push({
    request,
    timeoutSeconds: timeout,
    delivered: service !== undefined,
    location: locationOf(run.frame),
  });
  if (!service) {
    run.note(
      `send-one-way-request ${request.method} ${request.url}: no service mock for the URL; recorded, not delivered`,
    );
    return;
  }
  run.note(`send-one-way-request ${request.method} ${request.url} (not waited for)`);
  // Fire and forget: the mock is called, its answer and any failure are ignored.
  try {
    const answer = service(request);
    if (answer && typeof (answer as PromiseLike<unknown>).then === "function")
      void Promise.resolve(answer).catch(() => undefined);
  } catch {
    // The caller's request does not see the one-way call's failure.
  }
};
