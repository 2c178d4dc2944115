// Retry on 429 across a backend pool (issue 16's common pattern), with the pool and circuit
// breaker configured on the backend entities rather than written in policy: the request goes to
// the pool "ai-pool"; when the member that answered says 429 Too Many Requests its circuit breaker
// trips (for its Retry-After), and retry sends the request again at once, to the next member the
// pool still offers (backends.md, "Load-balanced pool": lower priority groups are used while the
// higher ones are tripped). The request body is buffered so that it can be sent more than once.
// Deploy it at API or operation scope: its backend section forwards the request itself (inside
// retry), so it deliberately holds no <base/> (the file name names no scope, so the build does not
// warn about it, APIM2008). The backends it expects (Bicep, API version 2023-09-01-preview):
//   ai-primary / ai-secondary: circuitBreaker.rules[0] = { failureCondition: { count: 1,
//     interval: 'PT1M', statusCodeRanges: [{ min: 429, max: 429 }] }, tripDuration: 'PT1M',
//     acceptRetryAfter: true }
//   ai-pool: type 'Pool', pool.services = [{ id: ai-primary, priority: 1 }, { id: ai-secondary, priority: 2 }]
import { base, forwardRequest, policy, retry, setBackendService } from "apim-ts";

/** The pool's backend id (a backend entity of type Pool configured in the APIM instance). */
const POOL = "ai-pool";

export default policy({
  inbound: [base(), setBackendService({ backendId: POOL })],
  backend: [
    retry(
      {
        condition: (context) => context.Response.StatusCode === 429,
        count: 2,
        interval: 1,
        firstFastRetry: true,
      },
      [forwardRequest({ bufferRequestBody: true })],
    ),
  ],
  outbound: [base()],
  onError: [base()],
});
