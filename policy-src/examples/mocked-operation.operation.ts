// A mocked operation with one-way audit logging and a usage metric (issue 16's logging policies):
// while the backend of GET /orders/{id} is being built, callers get the examples of the
// operation's definition (mock-response): 404's example when they ask for it with the header
// `Prefer: example=not-found`, otherwise 200's JSON example. Every call is still audited: a line
// to the event hub logger `audit-logger`, partitioned by subscription (log-to-eventhub), an event
// posted to the audit service without waiting for it (send-one-way-request), and a custom metric
// counting mocked calls per API, operation and client (emit-metric).
import {
  base,
  choose,
  emitMetric,
  logToEventhub,
  mockResponse,
  otherwise,
  policy,
  sendOneWayRequest,
  setBody,
  setHeader,
  when,
} from "apim-ts";

/** The audit service's event endpoint (fire and forget). */
const AUDIT_URL = "https://audit.example.net/events";
/** The Logger entity, registered with the service, that points at the audit event hub. */
const AUDIT_LOGGER = "audit-logger";

export default policy({
  inbound: [
    base(),
    emitMetric(
      "mocked-calls",
      [
        { name: "API ID" },
        { name: "Operation ID" },
        {
          name: "Client",
          value: (context) => context.Request.Headers.GetValueOrDefault("X-Client", "unknown"),
        },
      ],
      { namespace: "orders-preview" },
    ),
    logToEventhub(
      (context) =>
        `${context.Request.Method} ${context.Request.Url.Path} by ${context.Subscription.Id}`,
      { loggerId: AUDIT_LOGGER, partitionKey: (context) => context.Subscription.Id },
    ),
    sendOneWayRequest({
      mode: "new",
      timeout: 10,
      url: AUDIT_URL,
      method: "POST",
      headers: [setHeader("Content-Type", "text/plain")],
      body: setBody((context) => "mocked " + context.Operation.Id + " " + context.Request.Url.Path),
    }),
    choose(
      when(
        (context) =>
          context.Request.Headers.GetValueOrDefault("Prefer", "") === "example=not-found",
        [mockResponse({ statusCode: 404, contentType: "application/json" })],
      ),
      otherwise([mockResponse({ statusCode: 200, contentType: "application/json" })]),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
