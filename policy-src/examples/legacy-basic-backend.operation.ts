// A legacy backend that only understands HTTP Basic (issue 15): whatever credentials the caller
// sent, the backend receives the service account's, kept in named values (the
// authentication-basic page recommends named values backed by Key Vault). The caller's address
// goes along for the backend's audit log.
import { authenticationBasic, base, policy, setHeader } from "apim-ts";

export default policy({
  inbound: [
    base(),
    authenticationBasic({ username: "{{legacy-user}}", password: "{{legacy-password}}" }),
    setHeader("X-Forwarded-For", (context) => context.Request.IpAddress, {
      existsAction: "override",
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
