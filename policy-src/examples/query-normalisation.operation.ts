// Query enumeration: a query parameter given twice (`?tag=a&tag=b`, or `Tag` and `tag`, which APIM
// matches case-insensitively) is ambiguous for the backend and is refused with 400 naming it;
// otherwise the backend is told how many distinct parameters arrived and which, sorted by length.
import { base, choose, policy, returnResponse, setHeader, setStatus, string, when } from "apim-ts";

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => context.Request.Url.Query.Any((kv) => kv.Value.length > 1),
        [
          returnResponse([
            setStatus(400, "Bad Request"),
            setHeader(
              "X-Error",
              (context) =>
                `repeated query parameter: ${context.Request.Url.Query.First((kv) => kv.Value.length > 1).Key}`,
            ),
          ]),
        ],
      ),
    ),
    setHeader("X-Query-Count", (context) => `${context.Request.Url.Query.Count}`),
    setHeader("X-Query-Names", (context) =>
      string.Join(",", context.Request.Url.Query.Keys.OrderBy((name) => name.length).ToArray()),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
