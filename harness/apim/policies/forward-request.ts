// <forward-request>: sends the current request to the backend mock, with the certificate set by
// authentication-certificate, and makes its answer context.Response. A throwing mock is a
// connection failure (500, BackendConnectionFailure); fail-on-error-status-code turns a 4xx/5xx
// answer into an error. BackendConnectionFailure is the documented built-in reason ("Predefined errors
// for built-in steps"); BackendErrorStatusCode, for fail-on-error-status-code, is the harness's: the
// table does not name one (field report 02 checks the flow, not the reason).
import type { ForwardRequest } from "../../../src/policies/forward-request.ts";
import type { MockResponse, OutgoingRequest } from "../gateway-options.ts";
import { wireBody } from "../message-body.ts";
import { headersFromWire, wireHeaders } from "../wire.ts";
import { ResponseState, reasonPhrase } from "../messages.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import { isPromiseLike } from "../sync-first.ts";
import { HarnessRefusal } from "../harness-refusal.ts";

export const runForwardRequest: PolicyHandler<ForwardRequest> = (run) => {
  const { execution } = run;
  const failOnError =
    run.statement.failOnErrorStatusCode === undefined
      ? false
      : run.boolean(run.statement.failOnErrorStatusCode, "fail-on-error-status-code");
  const certificate = execution.backendCertificate;
  const request: OutgoingRequest = {
    method: execution.request.method,
    url: run.gateway.forwardUrl(execution.backendBaseUrl, execution.request.url),
    headers: wireHeaders(execution.request.headers, execution.request.body.content),
    body: execution.request.body.content,
    clientCertificate: certificate
      ? { der: certificate.der, thumbprint: certificate.thumbprint }
      : null,
  };
  execution.backendCalls.push(request);
  for (const listener of execution.backendListeners) listener.calling?.();
  run.note(
    `forward-request ${request.method} ${request.url}${certificate ? ` (client certificate ${certificate.thumbprint})` : ""}`,
  );
  let answer: MockResponse | PromiseLike<MockResponse>;
  try {
    answer = run.gateway.backend(request);
  } catch (error) {
    return connectionFailure(run, error);
  }
  // A mock that answers synchronously keeps the request synchronous (sync-first.ts says why).
  if (!isPromiseLike(answer)) return backendAnswered(run, failOnError, answer);
  return Promise.resolve(answer).then(
    (settled) => backendAnswered(run, failOnError, settled),
    (error: unknown) => connectionFailure(run, error),
  );
};

function connectionFailure(run: PolicyRun<ForwardRequest>, error: unknown): never {
  // A mock that refuses (chat-completions-backend.ts on a streamed request) is no connection failure.
  if (error instanceof HarnessRefusal) throw error;
  return run.fail(
    "BackendConnectionFailure",
    `Error occured while calling backend service: ${String((error as Error)?.message ?? error)}`,
    {
      status: 500,
      reason: "Internal Server Error",
    },
  );
}

function backendAnswered(
  run: PolicyRun<ForwardRequest>,
  failOnError: boolean,
  answer: MockResponse,
): void {
  const status = answer.status ?? 200;
  run.execution.response = new ResponseState(
    status,
    answer.reason ?? reasonPhrase(status),
    headersFromWire(answer.headers, "backend mock's answer: headers"),
    // A backend answer without a body gives context.Response a null Body (message-body.ts).
    wireBody(answer.body),
  );
  run.note(`backend answered ${status}`);
  for (const listener of run.execution.backendListeners) listener.answered(run.execution.response);
  if (failOnError && status >= 400) {
    run.fail("BackendErrorStatusCode", `Backend answered ${status}`, {
      status,
      reason: answer.reason ?? reasonPhrase(status),
      body: wireBody(answer.body),
    });
  }
}
