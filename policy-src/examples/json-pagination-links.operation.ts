// Rewriting pagination links inside a JSON response: a list operation's backend answers
// `{"value": [...], "nextLink": "https://orders-backend.internal/api/orders?$skiptoken=..."}`
// with its own address, which callers cannot reach. The outbound section reads the answer with
// Body.As<JObject>(), points `nextLink` at the same operation on the gateway (the scheme, host and
// path the caller used) with the backend's continuation query, and writes the body back on one
// line. An answer
// without a nextLink (the last page) or a link elsewhere is left as it is; answers other than 200
// pass through unchanged.
import { base, choose, Formatting, JObject, policy, setBody, when } from "apim-ts";

/** The backend's base URL as it appears in its links. */
const BACKEND_BASE = "https://orders-backend.internal/api";

export default policy({
  inbound: [base()],
  backend: [base()],
  outbound: [
    base(),
    choose(
      when(
        (context) => context.Response.StatusCode === 200,
        [
          setBody((context) => {
            const body = context.Response.Body!.As<JObject>();
            const next = body["nextLink"] as string | null;
            if (next != null && next.startsWith(BACKEND_BASE + "/")) {
              const link = next.split("?");
              const original = context.Request.OriginalUrl;
              const gateway = original.Scheme + "://" + original.Host + original.Path;
              body.Remove("nextLink");
              body.Add("nextLink", link.length === 2 ? gateway + "?" + (link[1] ?? "") : gateway);
            }
            return body.ToString(Formatting.None);
          }),
        ],
      ),
    ),
  ],
  onError: [base()],
});
