// Header enumeration: every `X-Custom-*` header of the request is summarised into one
// `X-Custom-Summary` header for the backend (name=value pairs in the order they arrived, values of
// a repeated header joined with ","), and a request carrying more than a limit of them is refused.
import { base, choose, policy, returnResponse, setHeader, setStatus, string, when } from "apim-ts";

const PREFIX = "X-Custom-";
const MAX_CUSTOM_HEADERS = 5;

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) =>
          context.Request.Headers.Keys.Count((name) => name.startsWith(PREFIX)) >
          MAX_CUSTOM_HEADERS,
        [returnResponse([setStatus(431, "Request Header Fields Too Large")])],
      ),
    ),
    setHeader("X-Custom-Summary", (context) =>
      string.Join(
        ";",
        context.Request.Headers.Where((kv) => kv.Key.startsWith(PREFIX)).Select(
          (kv) => kv.Key + "=" + string.Join(",", kv.Value),
        ),
      ),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
