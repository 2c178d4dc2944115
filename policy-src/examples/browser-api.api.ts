// A CORS-enabled API for a single-page app (issue 15): the gateway answers the browser's
// preflights itself (cors runs first in inbound, as cors-policy.md's "Common configuration
// issues" advise) and decorates the actual responses, so the backend needs no CORS support.
// The app's origin and the local development server may call with credentials (cookies or an
// Authorization header); any other origin gets an empty 200 OK (terminate-unmatched-request),
// which the browser refuses. Every response carries a correlation id the page may read
// (expose-headers): the caller's own, or the request id when it sent none.
import { base, cors, policy, setHeader } from "apim-ts";

/** The single-page app and its local development server (scheme, host and port only). */
const ORIGINS = ["https://app.contoso.example", "http://localhost:5173"];
const CORRELATION = "x-correlation-id";

export default policy({
  inbound: [
    cors({
      allowCredentials: true,
      terminateUnmatchedRequest: true,
      allowedOrigins: ORIGINS,
      allowedMethods: ["GET", "POST", "PUT", "DELETE"],
      // Seconds the browser may reuse a preflight answer.
      preflightResultMaxAge: 600,
      allowedHeaders: ["content-type", "authorization", CORRELATION],
      exposeHeaders: [CORRELATION],
    }),
    base(),
    setHeader(
      CORRELATION,
      (context) =>
        context.Request.Headers.GetValueOrDefault(CORRELATION, context.RequestId.ToString()),
      { existsAction: "skip" },
    ),
  ],
  backend: [base()],
  outbound: [
    base(),
    setHeader(
      CORRELATION,
      (context) =>
        context.Request.Headers.GetValueOrDefault(CORRELATION, context.RequestId.ToString()),
      { existsAction: "override" },
    ),
  ],
  onError: [base()],
});
