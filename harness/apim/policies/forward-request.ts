// <forward-request>: sends the current request to the backend mock, with the certificate set by
// authentication-certificate, and makes its answer context.Response. A throwing mock is a
// connection failure (500, BackendConnectionFailure); fail-on-error-status-code turns an answer
// from 400 to 599 into an error. BackendConnectionFailure is the documented built-in reason ("Predefined errors
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
  // A configured backend is chosen again at every call (a pool member past tripped circuits).
  const chosen =
    execution.backendId === undefined
      ? undefined
      : run.gateway.backends.choose(execution.backendId);
  const request: OutgoingRequest = {
    method: execution.request.method,
    url: run.gateway.forwardUrl(
      chosen?.url ?? execution.backendBaseUrl,
      execution.request.url,
      execution.request.pathRewritten,
    ),
    headers: wireHeaders(execution.request.headers, execution.request.body.content),
    body: execution.request.body.content,
    clientCertificate: certificate
      ? { der: certificate.der, thumbprint: certificate.thumbprint }
      : null,
    ...(chosen ? { backendId: chosen.id } : {}),
    ...(execution.proxy ? { proxy: execution.proxy } : {}),
  };
  execution.backendCalls.push(request);
  for (const listener of execution.backendListeners) listener.calling?.();
  run.note(
    `forward-request ${request.method} ${request.url}${chosen ? ` (backend '${chosen.id}')` : ""}` +
      `${execution.proxy ? ` via proxy ${execution.proxy.url}` : ""}` +
      `${certificate ? ` (client certificate ${certificate.thumbprint})` : ""}`,
  );
  let answer: MockResponse | PromiseLike<MockResponse>;
  try {
    answer = run.gateway.backend(request);
  } catch (error) {
    return connectionFailure(run, error);
  }
  // A mock that answers synchronously keeps the request synchronous (sync-first.ts says why).
  if (!isPromiseLike(answer)) return backendAnswered(run, failOnError, answer, chosen?.id);
  return Promise.resolve(answer).then(
    (settled) => backendAnswered(run, failOnError, settled, chosen?.id),
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
  backendId: string | undefined,
): void {
  const status = answer.status ?? 200;
  const headers = headersFromWire(answer.headers, "backend mock's answer: headers");
  run.execution.response = new ResponseState(
    status,
    answer.reason ?? reasonPhrase(status),
    headers,
    // A backend answer without a body gives context.Response a null Body (message-body.ts).
    wireBody(answer.body),
  );
  run.note(`backend answered ${status}`);
  if (backendId !== undefined) {
    const until = run.gateway.backends.record(
      backendId,
      status,
      headers.GetValueOrDefault("Retry-After") ?? undefined,
    );
    if (until !== undefined)
      run.note(
        `circuit breaker of backend '${backendId}' tripped until ${new Date(until).toISOString()}`,
      );
  }
  for (const listener of run.execution.backendListeners) listener.answered(run.execution.response);
  // forward-request-policy.md, Attributes: fail-on-error-status-code "triggers on-error section for
  // response codes in the range from 400 to 599 inclusive".
  if (failOnError && status >= 400 && status <= 599) {
    run.fail("BackendErrorStatusCode", `Backend answered ${status}`, {
      status,
      reason: answer.reason ?? reasonPhrase(status),
      body: wireBody(answer.body),
    });
  }
}
