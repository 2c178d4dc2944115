// A GitHub-like backend called with a token from APIM's credential manager (issue 15): the
// connection "auth-01" of the credential provider "github-01" holds the OAuth token (APIM refreshes
// it when it expires), get-authorization-context puts it in the `auth-context` variable as an
// Authorization object, and the backend call carries it as `Authorization: Bearer`, the pattern of
// get-authorization-context-policy.md's example "Attach the token to the backend call". GitHub's
// REST API also asks for its media type and API version headers. A caller's own Authorization
// header never reaches GitHub: it is overridden.
import { base, getAuthorizationContext, policy, setHeader, type Authorization } from "apim-ts";

export default policy({
  inbound: [
    base(),
    getAuthorizationContext({
      providerId: "github-01",
      authorizationId: "auth-01",
      contextVariableName: "auth-context",
      identityType: "managed",
      ignoreError: false,
    }),
    setHeader(
      "Authorization",
      (context) =>
        "Bearer " +
        (context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? ""),
      { existsAction: "override" },
    ),
    setHeader("Accept", "application/vnd.github+json", { existsAction: "override" }),
    setHeader("X-GitHub-Api-Version", "2022-11-28", { existsAction: "override" }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
