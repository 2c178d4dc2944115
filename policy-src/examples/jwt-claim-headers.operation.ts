// JWT claim-based header forwarding, as teams pass the caller's identity to a backend that does
// not read tokens: validate-jwt checks the bearer token (RS256, audience, issuer), then the token
// is read again with AsJwt() (api-management-policy-expressions.md, "AsJwt", "Jwt",
// "Jwt.Claims.GetValueOrDefault") and its claims travel as headers: the subject, e-mail, name,
// tenant and roles (an array claim's values joined with ","); a claim the token lacks gives an
// empty header. The token itself does not reach the backend.
import {
  base,
  deleteHeader,
  policy,
  setHeader,
  validateJwt,
  type Context,
  type Jwt,
} from "apim-ts";

/** The issuer's RSA signing key (public): Base64url modulus and exponent. */
const ISSUER_KEY = {
  n: "iN1Dx6KwvgCl1TvxewPh6S5TqQBMARDCrTWn1pdUCArxaMPiSayTtXJDouAEdh6cvIvcuAGpN56L0b-pAwfQSr29xRIQGYlXNqTQFCPxc9--SVSxbbB4rM3-rmQMCxXXM0JyiHmTm4BoBHgqYUfYTMPDa1Gy-vimNuj27AyiejXYhuITLoEcgWXFQCZwxgUdpbn1EFNWJrRzACt8AgQJuOvPd6JdOyKOHZD8O4CsA9Imh9rllxDgcQywID0b_NBA99AEAFg7XRQt6_gzrLLn_TRObFkfRno0G7XoPE6kIyJeROK8KJ1cQ7n_1fPqizakMXklbLRHLahFhFE4KpF8LQ",
  e: "AQAB",
};
const ISSUER = "https://login.contoso.example/";
const AUDIENCE = "api://profile";

/**
 * The caller's token (validate-jwt has checked it), read again as a Jwt: the Authorization value
 * after "Bearer " (7 characters; validate-jwt requires that scheme).
 */
function callerToken(context: Context): Jwt {
  const authorization = context.Request.Headers.GetValueOrDefault("Authorization", "");
  return authorization.substring(7).AsJwt()!;
}

/** A set-header forwarding one claim of the caller's token ("" when the token lacks it). */
const forwardClaim = (header: string, claim: string) =>
  setHeader(header, (context) => {
    const token = callerToken(context);
    return token.Claims.GetValueOrDefault(claim, "");
  });

export default policy({
  inbound: [
    base(),
    validateJwt({
      headerName: "Authorization",
      requireScheme: "Bearer",
      issuerSigningKeys: [ISSUER_KEY],
      audiences: [AUDIENCE],
      issuers: [ISSUER],
    }),
    setHeader("X-User-Id", (context) => {
      const token = callerToken(context);
      return token.Subject ?? "";
    }),
    forwardClaim("X-User-Email", "email"),
    forwardClaim("X-User-Name", "name"),
    forwardClaim("X-Tenant-Id", "tid"),
    forwardClaim("X-User-Roles", "roles"),
    deleteHeader("Authorization"),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
