// JWT claim-based routing and header forwarding (issue 13's "JWT claim-based routing and header
// forwarding"; the pattern of validate-jwt-policy.md's example "Authorize access to operations
// based on token claims"): validate-jwt checks the caller's bearer token (RS256, the issuer's
// public key as modulus and exponent, audience, issuer, an "orders" scope) and stores it as a Jwt;
// a POST needs the orders.write scope (else 403); the tenant claim picks the regional backend;
// the backend gets the caller's identity in headers instead of the token.
import {
  base,
  choose,
  deleteHeader,
  otherwise,
  policy,
  returnResponse,
  setBackendService,
  setHeader,
  setStatus,
  validateJwt,
  when,
  type Jwt,
} from "apim-ts";

/** The variable validate-jwt stores the token in (output-token-variable-name). */
const TOKEN = "jwt";
/** The issuer's RSA signing key (public): Base64url modulus and exponent. */
const ISSUER_KEY = {
  n: "iN1Dx6KwvgCl1TvxewPh6S5TqQBMARDCrTWn1pdUCArxaMPiSayTtXJDouAEdh6cvIvcuAGpN56L0b-pAwfQSr29xRIQGYlXNqTQFCPxc9--SVSxbbB4rM3-rmQMCxXXM0JyiHmTm4BoBHgqYUfYTMPDa1Gy-vimNuj27AyiejXYhuITLoEcgWXFQCZwxgUdpbn1EFNWJrRzACt8AgQJuOvPd6JdOyKOHZD8O4CsA9Imh9rllxDgcQywID0b_NBA99AEAFg7XRQt6_gzrLLn_TRObFkfRno0G7XoPE6kIyJeROK8KJ1cQ7n_1fPqizakMXklbLRHLahFhFE4KpF8LQ",
  e: "AQAB",
};
const ISSUER = "https://login.contoso.example/";
const AUDIENCE = "api://orders";
/** Scopes travel space-separated in one "scp" claim. */
const READ = "orders.read";
const WRITE = "orders.write";
const EU_BACKEND = "https://orders-eu.contoso.example/api";
const US_BACKEND = "https://orders-us.contoso.example/api";

export default policy({
  inbound: [
    base(),
    validateJwt({
      headerName: "Authorization",
      requireScheme: "Bearer",
      failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
      outputTokenVariableName: TOKEN,
      issuerSigningKeys: [ISSUER_KEY],
      audiences: [AUDIENCE],
      issuers: [ISSUER],
      requiredClaims: [{ name: "scp", match: "any", separator: " ", values: [READ, WRITE] }],
    }),
    choose(
      when(
        (context) =>
          context.Request.Method === "POST" &&
          !context.Variables.GetValueOrDefault<Jwt>(TOKEN)!
            .Claims.GetValueOrDefault("scp", "")
            .split(" ")
            .includes(WRITE),
        [returnResponse([setStatus(403, "Forbidden")])],
      ),
    ),
    choose(
      when(
        (context) =>
          context.Variables.GetValueOrDefault<Jwt>(TOKEN)!.Claims.GetValueOrDefault("tid", "") ===
          "eu",
        [setBackendService({ baseUrl: EU_BACKEND })],
      ),
      otherwise([setBackendService({ baseUrl: US_BACKEND })]),
    ),
    setHeader(
      "X-User-Id",
      (context) => context.Variables.GetValueOrDefault<Jwt>(TOKEN)!.Subject ?? "",
    ),
    setHeader("X-User-Roles", (context) =>
      context.Variables.GetValueOrDefault<Jwt>(TOKEN)!.Claims.GetValueOrDefault("roles", ""),
    ),
    setHeader("X-Token-Expires", (context) => {
      const expires = context.Variables.GetValueOrDefault<Jwt>(TOKEN)!.ExpirationTime;
      return expires == null ? "" : expires.ToString("o");
    }),
    deleteHeader("Authorization"),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
