// Mapping a backend's JSON error to an RFC 9457 problem+json answer: the backend reports errors as
// `{"error": {"code": "OrderNotFound", "message": "..."}}`; callers of the API get
// `application/problem+json` with type, title, status, detail and instance. The error body is
// parsed in a try/catch: a body that is not JSON (an HTML error page from a proxy) or has no
// `error` object still gives a problem document, titled with the status's reason phrase.
import {
  base,
  choose,
  Exception,
  Formatting,
  JObject,
  JTokenType,
  policy,
  setBody,
  setHeader,
  when,
} from "apim-ts";

/** Where the API's problem types are documented. */
const PROBLEM_BASE = "https://errors.contoso.example/";

export default policy({
  inbound: [base()],
  backend: [base()],
  outbound: [
    base(),
    choose(
      when(
        (context) => context.Response.StatusCode >= 400,
        [
          setBody((context) => {
            let code = "unknown";
            let detail = context.Response.StatusReason;
            try {
              const error = JObject.Parse(context.Response.Body!.As<string>())["error"];
              if (error != null && error.Type === JTokenType.Object) {
                code = error.Value<string>("code") ?? code;
                detail = error.Value<string>("message") ?? detail;
              }
            } catch (e) {
              if (e instanceof Exception) {
                context.Trace("backend error body is not JSON: " + e.Message);
              }
            }
            const problem = JObject.Parse("{}");
            problem.Add("type", PROBLEM_BASE + code);
            problem.Add("title", code);
            problem.Add("status", context.Response.StatusCode);
            problem.Add("detail", detail);
            problem.Add("instance", context.Request.Url.Path);
            return problem.ToString(Formatting.None);
          }),
          setHeader("Content-Type", "application/problem+json"),
        ],
      ),
    ),
  ],
  onError: [base()],
});
