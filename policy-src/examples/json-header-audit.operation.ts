// An audit record per request, built as JSON from the request's headers: every header is
// enumerated (name, and the values of a repeated header joined with ","), credentials are
// replaced by "***" so they never reach the log, and the record (method, path, subscription,
// headers) goes to the `audit-logger` event hub with log-to-eventhub, one JSON object per line.
import {
  base,
  Formatting,
  JObject,
  logToEventhub,
  policy,
  string,
  StringComparison,
} from "apim-ts";

export default policy({
  inbound: [
    base(),
    logToEventhub(
      (context) => {
        const headers = JObject.Parse("{}");
        for (const header of context.Request.Headers) {
          const secret =
            string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(
              header.Key,
              "Ocp-Apim-Subscription-Key",
              StringComparison.OrdinalIgnoreCase,
            );
          headers.Add(header.Key, secret ? "***" : string.Join(",", header.Value));
        }
        const record = JObject.Parse("{}");
        record.Add("method", context.Request.Method);
        record.Add("path", context.Request.Url.Path);
        record.Add("subscription", context.Subscription?.Id ?? null);
        record.Add("headers", headers);
        return record.ToString(Formatting.None);
      },
      { loggerId: "audit-logger" },
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
