// Numbers from headers and variables: the caller states how many retries it has left in
// `X-Retry-Budget`; the policy parses it (long.TryParse: a budget may be large), caps it with the
// service's own limit kept in a variable as an int, and tells the backend the effective budget and
// the backoff in seconds (an integer quotient, written `(a / b) as int` as C# would truncate it).
import { base, long, policy, setHeader, setVariable } from "apim-ts";
import type { int } from "apim-ts";

const SERVICE_LIMIT = 8;

export default policy({
  inbound: [
    base(),
    setVariable(
      "limit",
      (context) => (context.Request.Method === "GET" ? SERVICE_LIMIT : SERVICE_LIMIT / 2) as int,
    ),
    setVariable("budget", (context) => {
      const [present, header] = context.Request.Headers.TryGetValue("X-Retry-Budget");
      if (!present) {
        return 0;
      }
      const [ok, value] = long.TryParse(header![0]!);
      const limit = context.Variables["limit"] as int;
      return ok && value < limit ? (value as int) : limit;
    }),
    setHeader("X-Retry-Budget", (context) => `${context.Variables["budget"] as int}`),
    setHeader(
      "X-Backoff-Seconds",
      (context) => `${(60 / ((context.Variables["budget"] as int) + 1)) as int}`,
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
