// Filtering a JSON response on its way back to the caller: the backend's answer carries
// internal fields (names starting with "_") and a `debug` object; callers must not see them.
// The body is read once with Body.As<JObject>() (it is replaced right after, so it need not be
// preserved), the fields are removed, and the filtered object is written back with set-body on
// one line. Answers that are not 200 or not JSON pass through unchanged.
import { base, choose, Formatting, JObject, policy, setBody, when } from "apim-ts";

export default policy({
  inbound: [base()],
  backend: [base()],
  outbound: [
    base(),
    choose(
      when(
        (context) =>
          context.Response.StatusCode === 200 &&
          context.Response.Headers.GetValueOrDefault("Content-Type", "").startsWith(
            "application/json",
          ),
        [
          setBody((context) => {
            const body = context.Response.Body!.As<JObject>();
            const hidden = body
              .Properties()
              .Where((p) => p.Name.startsWith("_") || p.Name === "debug")
              .Select((p) => p.Name)
              .ToArray();
            for (const name of hidden) {
              body.Remove(name);
            }
            return body.ToString(Formatting.None);
          }),
        ],
      ),
    ),
  ],
  onError: [base()],
});
