// Reading a token endpoint's JSON answer from send-request: the OAuth client-credentials response
// `{"access_token": "...", "token_type": "Bearer", "expires_in": 3599}` is read with
// Body.As<JObject>(), the token cached for `expires_in` minus a minute (cache-store-value's
// duration is an expression), and sent to the backend as a bearer token. A token answer without
// an access_token (an OAuth error body) is reported to the caller as 502.
import {
  base,
  cacheLookupValue,
  cacheStoreValue,
  choose,
  int,
  JObject,
  policy,
  returnResponse,
  sendRequest,
  setBody,
  setHeader,
  setStatus,
  setVariable,
  when,
  type Response,
} from "apim-ts";

const TOKEN_URL = "https://login.example.net/oauth2/v2.0/token";
const TOKEN_KEY = "backend-access-token";

export default policy({
  inbound: [
    base(),
    cacheLookupValue({ key: TOKEN_KEY, variableName: "accessToken" }),
    choose(
      when(
        (context) => !context.Variables.ContainsKey("accessToken"),
        [
          sendRequest({
            mode: "new",
            responseVariableName: "tokenResponse",
            timeout: 20,
            url: TOKEN_URL,
            method: "POST",
            headers: [setHeader("Content-Type", "application/x-www-form-urlencoded")],
            body: setBody("grant_type=client_credentials&scope=api%3A%2F%2Fbackend%2F.default"),
          }),
          setVariable("tokenJson", (context) =>
            context.Variables.GetValueOrDefault<Response>("tokenResponse")!.Body!.As<string>(),
          ),
          choose(
            when(
              (context) =>
                JObject.Parse(context.Variables.GetValueOrDefault<string>("tokenJson", "{}"))[
                  "access_token"
                ] == null,
              [
                returnResponse([
                  setStatus(502, "Bad Gateway"),
                  setBody(
                    (context) =>
                      "token service: " +
                      (JObject.Parse(
                        context.Variables.GetValueOrDefault<string>("tokenJson", "{}"),
                      ).Value<string>("error") ?? "no access_token"),
                  ),
                ]),
              ],
            ),
          ),
          setVariable(
            "accessToken",
            (context) =>
              (JObject.Parse(context.Variables.GetValueOrDefault<string>("tokenJson", "{}"))[
                "access_token"
              ] as string | null) ?? "",
          ),
          cacheStoreValue({
            key: TOKEN_KEY,
            value: (context) => context.Variables.GetValueOrDefault<string>("accessToken", ""),
            duration: (context) =>
              JObject.Parse(
                context.Variables.GetValueOrDefault<string>("tokenJson", "{}"),
              ).Value<int>("expires_in") - 60,
          }),
        ],
      ),
    ),
    setHeader(
      "Authorization",
      (context) => "Bearer " + context.Variables.GetValueOrDefault<string>("accessToken", ""),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
