// Microsoft Entra ID app roles (issue 15, item 2): validate-azure-ad-token accepts only tokens of
// our tenant issued to the listed client applications for this API's audience (the pattern of
// validate-azure-ad-token-policy.md's example "Validate that audience and claim are correct") and
// stores the token as a Jwt; a DELETE needs the Orders.Admin app role (else 403); the backend gets
// the calling application (azp in v2 tokens, appid in v1: Microsoft's "Access tokens in the
// Microsoft identity platform", Payload claims) and the roles in headers instead of the token.
import {
  base,
  choose,
  deleteHeader,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  validateAzureAdToken,
  when,
  type Jwt,
} from "apim-ts";

/** The variable validate-azure-ad-token stores the token in (output-token-variable-name). */
const TOKEN = "aad-token";
const ADMIN_ROLE = "Orders.Admin";

export default policy({
  inbound: [
    base(),
    validateAzureAdToken({
      tenantId: "{{aad-tenant-id}}",
      failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
      outputTokenVariableName: TOKEN,
      clientApplicationIds: ["{{orders-portal-client-id}}", "{{orders-batch-client-id}}"],
      audiences: ["api://orders"],
    }),
    choose(
      when(
        (context) =>
          context.Request.Method === "DELETE" &&
          !context.Variables.GetValueOrDefault<Jwt>(TOKEN)!
            .Claims.GetValueOrDefault("roles", "")
            .split(",")
            .includes(ADMIN_ROLE),
        [returnResponse([setStatus(403, "Forbidden")])],
      ),
    ),
    setHeader("X-Caller-App", (context) => {
      const claims = context.Variables.GetValueOrDefault<Jwt>(TOKEN)!.Claims;
      return claims.GetValueOrDefault("azp", claims.GetValueOrDefault("appid", ""));
    }),
    setHeader("X-Caller-Roles", (context) =>
      context.Variables.GetValueOrDefault<Jwt>(TOKEN)!.Claims.GetValueOrDefault("roles", ""),
    ),
    deleteHeader("Authorization"),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
