// A backend token cached until its Unix-time expiry, as teams write it for token services that
// answer with `expires_on` in Unix seconds (Entra ID's v1 endpoint and managed identity endpoints
// do): the token service's JSON is kept in the built-in cache for as long as the token has left,
// less a minute of clock skew; a cached token closer than that to its expiry is not used, and a
// token that arrives with less than a minute left is used once but not cached.
import {
  base,
  cacheLookupValue,
  cacheStoreValue,
  choose,
  DateTimeOffset,
  int,
  JObject,
  long,
  policy,
  sendRequest,
  setBody,
  setHeader,
  setVariable,
  when,
  type Context,
  type Response,
} from "apim-ts";

const TOKEN_KEY = "backend-token-json";
const TOKEN_VARIABLE = "backendTokenJson";
const TOKEN_URL = "https://login.example.net/oauth2/token";
/** Seconds of clock skew between the gateway and the token service. */
const SKEW_SECONDS = 60;

/** The token service's JSON, cached or just fetched ("" when there is none yet). */
function tokenJson(context: Context): string {
  return context.Variables.GetValueOrDefault<string>(TOKEN_VARIABLE, "");
}

/** Unix seconds at which the token expires (its `expires_on`, a string of digits). */
function expiresOn(context: Context): long {
  return long.Parse(JObject.Parse(tokenJson(context)).Value<string>("expires_on"));
}

export default policy({
  inbound: [
    base(),
    cacheLookupValue({ key: TOKEN_KEY, variableName: TOKEN_VARIABLE }),
    choose(
      when(
        // No token, or one that expires within the skew: fetch a new one.
        (context) =>
          tokenJson(context) === "" ||
          DateTimeOffset.FromUnixTimeSeconds(expiresOn(context)) <=
            DateTimeOffset.UtcNow.AddSeconds(SKEW_SECONDS),
        [
          sendRequest({
            mode: "new",
            responseVariableName: "tokenResponse",
            timeout: 20,
            url: TOKEN_URL,
            method: "POST",
            headers: [setHeader("Content-Type", "application/x-www-form-urlencoded")],
            body: setBody(
              "grant_type=client_credentials&resource=https%3A%2F%2Fbackend.example.net",
            ),
          }),
          setVariable(TOKEN_VARIABLE, (context) =>
            context.Variables.GetValueOrDefault<Response>("tokenResponse")!.Body!.As<string>(true),
          ),
          choose(
            when(
              (context) =>
                expiresOn(context) - DateTimeOffset.UtcNow.ToUnixTimeSeconds() > SKEW_SECONDS,
              [
                cacheStoreValue({
                  key: TOKEN_KEY,
                  value: (context) => tokenJson(context),
                  // Seconds the token has left, less the skew (Unix time, so no time zones).
                  duration: (context) =>
                    (expiresOn(context) -
                      DateTimeOffset.UtcNow.ToUnixTimeSeconds() -
                      SKEW_SECONDS) as int,
                }),
              ],
            ),
          ),
        ],
      ),
    ),
    setHeader(
      "Authorization",
      (context) =>
        "Bearer " + (JObject.Parse(tokenJson(context)).Value<string>("access_token") ?? ""),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
