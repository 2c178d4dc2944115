// Retry on 429 across a pool of two backends (issue 16's common pattern): the request goes to the
// API's backend; when it answers 429 Too Many Requests (or 503), retry sends it again, to the
// secondary backend once the primary has throttled, up to three retries with exponential waits
// (1, 2, 4 s, at most 8). The request body is buffered so that it can be sent more than once.
// Deploy it at API or operation scope: its backend section forwards the request itself (inside
// retry), so it deliberately holds no <base/> (the inherited forward-request would call the
// backend a second time). The file name names no scope, so the build does not warn (APIM2008)
// about the <base/> left out on purpose.
import { base, choose, forwardRequest, policy, retry, setBackendService, when } from "apim-ts";

/** The secondary backend's id (a backend configured in the APIM instance). */
const SECONDARY = "secondary-backend";

export default policy({
  inbound: [base()],
  backend: [
    retry(
      {
        condition: (context) =>
          context.Response.StatusCode === 429 || context.Response.StatusCode === 503,
        count: 3,
        interval: 1,
        delta: 1,
        maxInterval: 8,
        firstFastRetry: false,
      },
      [
        choose(
          when(
            (context) => context.Response.StatusCode === 429,
            [setBackendService({ backendId: SECONDARY })],
          ),
        ),
        forwardRequest({ bufferRequestBody: true }),
      ],
    ),
  ],
  outbound: [base()],
  onError: [base()],
});
