// Merging query parameters into a JSON request body: a search backend takes its options only in
// the POST body, while callers also pass them in the query string (`?top=10&orderby=name`). Each
// query parameter the body does not already set is added to the body: `top` and `skip` as
// numbers (int.TryParse; a value that is not a number or negative is refused with 400), any other as text
// (the values of a repeated parameter joined with ","). A request without a body starts from {}.
import {
  base,
  choose,
  Formatting,
  int,
  JObject,
  policy,
  returnResponse,
  setBody,
  setStatus,
  string,
  when,
} from "apim-ts";

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => {
          for (const parameter of context.Request.Url.Query) {
            if (parameter.Key === "top" || parameter.Key === "skip") {
              for (const value of parameter.Value) {
                const [ok, number] = int.TryParse(value);
                if (!ok || number < 0) {
                  return true;
                }
              }
            }
          }
          return false;
        },
        [returnResponse([setStatus(400, "Bad Request"), setBody("top and skip must be integers")])],
      ),
    ),
    setBody((context) => {
      const body =
        context.Request.Body == null ? JObject.Parse("{}") : context.Request.Body.As<JObject>(true);
      for (const parameter of context.Request.Url.Query) {
        if (body.ContainsKey(parameter.Key)) {
          continue;
        }
        if (parameter.Key === "top" || parameter.Key === "skip") {
          body.Add(parameter.Key, int.Parse(parameter.Value[0]!));
        } else {
          body.Add(parameter.Key, string.Join(",", parameter.Value));
        }
      }
      return body.ToString(Formatting.None);
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
