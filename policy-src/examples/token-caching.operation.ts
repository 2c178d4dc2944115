// Token caching with the cache-value trio behind a per-subscription rate limit (issue 16's common
// pattern): each subscription may call 20 times a minute (rate-limit-by-key keyed by the
// subscription id); the backend's bearer token is fetched once from the token service with
// send-request, kept in the built-in cache for 50 minutes (cache-store-value), read from it on
// later calls (cache-lookup-value: a miss leaves the variable unset), and dropped when the backend
// answers 401 so that the next call fetches a new one (cache-remove-value).
import {
  base,
  cacheLookupValue,
  cacheRemoveValue,
  cacheStoreValue,
  choose,
  policy,
  rateLimitByKey,
  sendRequest,
  setBody,
  setHeader,
  setVariable,
  when,
  type Response,
} from "apim-ts";

/** The cache key of the backend token: one token for the whole API. */
const TOKEN_KEY = "backend-token";
const TOKEN_VARIABLE = "backendToken";
/** The token service; answers a client-credentials request with the token as its body. */
const TOKEN_URL = "https://login.example.net/oauth2/token";
/** Seconds: a little under the token's one-hour lifetime. */
const TOKEN_SECONDS = 3000;

export default policy({
  inbound: [
    base(),
    rateLimitByKey({
      calls: 20,
      renewalPeriod: 60,
      counterKey: (context) => context.Subscription.Id,
      remainingCallsHeaderName: "X-RateLimit-Remaining",
      totalCallsHeaderName: "X-RateLimit-Limit",
    }),
    cacheLookupValue({ key: TOKEN_KEY, variableName: TOKEN_VARIABLE }),
    choose(
      when(
        (context) => !context.Variables.ContainsKey(TOKEN_VARIABLE),
        [
          sendRequest({
            mode: "new",
            responseVariableName: "tokenResponse",
            timeout: 20,
            url: TOKEN_URL,
            method: "POST",
            headers: [setHeader("Content-Type", "application/x-www-form-urlencoded")],
            body: setBody("grant_type=client_credentials&scope=backend"),
          }),
          setVariable(TOKEN_VARIABLE, (context) =>
            context.Variables.GetValueOrDefault<Response>("tokenResponse")!.Body!.As(true),
          ),
          cacheStoreValue({
            key: TOKEN_KEY,
            value: (context) => context.Variables.GetValueOrDefault<string>(TOKEN_VARIABLE, ""),
            duration: TOKEN_SECONDS,
          }),
        ],
      ),
    ),
    setHeader(
      "Authorization",
      (context) => "Bearer " + context.Variables.GetValueOrDefault<string>(TOKEN_VARIABLE, ""),
    ),
  ],
  backend: [base()],
  outbound: [
    base(),
    choose(when((context) => context.Response.StatusCode === 401, [cacheRemoveValue(TOKEN_KEY)])),
  ],
  onError: [base()],
});
