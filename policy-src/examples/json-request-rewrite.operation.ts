// Rewriting a JSON request body before it reaches the backend: the caller sends
// `{"customer": {...}, "password": "...", ...}`; the backend wants the password gone, the caller's
// subscription recorded, and an `items` array that is always present. The body is read with
// Body.As<JObject>(preserveContent: true) (Json.NET), changed with Remove/Add, and written back
// with set-body. A body that is not a JSON object is answered with 400 before anything is sent.
import {
  base,
  choose,
  Formatting,
  JObject,
  JTokenType,
  otherwise,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setStatus,
  when,
} from "apim-ts";

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => {
          const body = context.Request.Body?.As<JObject>(true);
          return body == null || body.Type !== JTokenType.Object;
        },
        [
          returnResponse([
            setStatus(400, "Bad Request"),
            setHeader("Content-Type", "application/json"),
            setBody('{"error":"a JSON object is required"}'),
          ]),
        ],
      ),
      otherwise([
        setBody((context) => {
          const body = context.Request.Body!.As<JObject>(true);
          body.Remove("password");
          body.Remove("submittedBy");
          body.Add("submittedBy", { subscription: context.Subscription.Id, via: "apim" });
          if (!body.ContainsKey("items")) {
            body.Add("items", []);
          }
          return body.ToString(Formatting.None);
        }),
      ]),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
