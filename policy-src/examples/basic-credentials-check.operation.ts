// Basic credentials checked against named values, as teams protect an API for a client that can
// only send HTTP Basic: the caller's user id and password must be the ones kept in named values
// (backed by Key Vault in production), read with APIM's TryParseBasic
// (api-management-policy-expressions.md, "TryParseBasic", "BasicAuthCredentials"). Anything else
// (no header, another scheme, a malformed value, wrong credentials) is answered 401 with a
// Basic challenge (RFC 7617, section 2) before the backend is called; the backend gets the
// authenticated user id instead of the password.
import {
  base,
  choose,
  deleteHeader,
  namedValue,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  when,
} from "apim-ts";

/** Named value holding the user id the client authenticates with. */
const USER_ID = "orders-client-user";
/** Named value holding that client's password. */
const PASSWORD = "orders-client-password";

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => {
          const [ok, credentials] = context.Request.Headers.GetValueOrDefault(
            "Authorization",
            "",
          ).TryParseBasic();
          return (
            !ok ||
            credentials!.UserId !== namedValue(USER_ID) ||
            credentials!.Password !== namedValue(PASSWORD)
          );
        },
        [
          returnResponse([
            setStatus(401, "Unauthorized"),
            setHeader("WWW-Authenticate", 'Basic realm="orders"'),
          ]),
        ],
      ),
    ),
    setHeader(
      "X-Authenticated-User",
      (context) => context.Request.Headers.GetValueOrDefault("Authorization", "").AsBasic()!.UserId,
    ),
    deleteHeader("Authorization"),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
