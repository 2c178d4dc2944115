// HMAC request signing, as teams sign calls to a backend that authenticates the gateway by a
// shared secret: the gateway stamps the request with the time (x-ms-date) and sends an
// Authorization header "HMAC-SHA256 <client id>:<signature>", where the signature is the base64
// HMAC-SHA256 of "<method>\n<path>\n<date>" under the secret. The secret (base64) and the client
// id come from named values, so they never sit in the policy text.
import {
  base,
  Convert,
  Encoding,
  HMACSHA256,
  namedValue,
  policy,
  setHeader,
  setVariable,
} from "apim-ts";

/** Named value holding the shared secret, base64-encoded. */
const SIGNING_KEY = "backend-signing-key";
/** Named value holding the client id the backend knows the gateway by. */
const CLIENT_ID = "backend-client-id";
const DATE_VARIABLE = "signingDate";

export default policy({
  inbound: [
    base(),
    // One instant for the header and the signature (ISO 8601, UTC).
    setVariable(DATE_VARIABLE, (context) => context.Timestamp.ToString("o")),
    setHeader("x-ms-date", (context) =>
      context.Variables.GetValueOrDefault<string>(DATE_VARIABLE, ""),
    ),
    setHeader("Authorization", (context) => {
      const date = context.Variables.GetValueOrDefault<string>(DATE_VARIABLE, "");
      const stringToSign = context.Request.Method + "\n" + context.Request.Url.Path + "\n" + date;
      const key = Convert.FromBase64String(namedValue(SIGNING_KEY));
      const hash = new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes(stringToSign));
      return "HMAC-SHA256 " + namedValue(CLIENT_ID) + ":" + Convert.ToBase64String(hash);
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
