// validate-jwt's checks after the signature: lifetime (exp, nbf, clock-skew, on the virtual
// clock), audience, issuer and required claims. Each returns the failure APIM's "Predefined errors
// for policies" table gives (api-management-error-handling-policies.md): TokenExpired,
// TokenAudienceNotAllowed, TokenIssuerNotAllowed, TokenClaimNotFound, TokenClaimValueNotAllowed,
// and JwtInvalid for "Other validation failures" (a missing exp, a token not yet valid). The
// order (lifetime, audience, issuer, then APIM's required claims) and the "<message from jwt
// library>" texts are the harness's (chosen, docs/project-choices.md).
import type { ValidateJwtClaim } from "../../../../src/policies/validate-jwt.ts";

/** A failed check: LastError.Reason and Message. */
export interface JwtFailure {
  readonly reason: string;
  readonly message: string;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** `<message from jwt library>. Access denied.` as the table writes it for most reasons. */
const denied = (reason: string, library: string): JwtFailure => ({
  reason,
  message: `${library}. Access denied.`,
});

/** exp and nbf against now (epoch ms) with the allowed skew (seconds). */
export function checkLifetime(
  payload: Readonly<Record<string, unknown>>,
  nowMs: number,
  skewSeconds: number,
  requireExpirationTime: boolean,
): JwtFailure | undefined {
  const now = nowMs / 1000;
  const exp = payload.exp;
  const nbf = payload.nbf;
  if (exp !== undefined && typeof exp !== "number")
    return { reason: "JwtInvalid", message: "The token's exp claim is not a NumericDate" };
  if (nbf !== undefined && typeof nbf !== "number")
    return { reason: "JwtInvalid", message: "The token's nbf claim is not a NumericDate" };
  // Usage notes: "requires that the exp registered claim is included in the JWT token, unless
  // require-expiration-time attribute is specified and set to false."
  if (exp === undefined && requireExpirationTime)
    return {
      reason: "JwtInvalid",
      message: "Lifetime validation failed. The token is missing an Expiration Time",
    };
  // Valid while now <= exp + skew and now >= nbf - skew (clock-skew: "maximum expected time
  // difference between the system clocks of the token issuer and the API Management instance").
  if (typeof exp === "number" && now > exp + skewSeconds)
    return denied(
      "TokenExpired",
      `Lifetime validation failed. The token is expired. ValidTo: '${iso(exp)}', Current time: '${iso(now)}'`,
    );
  if (typeof nbf === "number" && now < nbf - skewSeconds)
    return {
      reason: "JwtInvalid",
      message: `Lifetime validation failed. The token is not yet valid. ValidFrom: '${iso(nbf)}', Current time: '${iso(now)}'`,
    };
  return undefined;
}

const values = (claim: unknown): string[] =>
  claim === undefined
    ? []
    : Array.isArray(claim)
      ? claim.map((item) => (typeof item === "string" ? item : JSON.stringify(item)))
      : [typeof claim === "string" ? claim : JSON.stringify(claim)];

/** aud against the configured audiences (none configured: not checked). */
export function checkAudience(
  payload: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
): JwtFailure | undefined {
  if (allowed.length === 0) return undefined;
  const audiences = values(payload.aud);
  // Elements, audiences: "each value is tried until either all are exhausted ... or until one succeeds".
  if (audiences.some((audience) => allowed.includes(audience))) return undefined;
  return denied(
    "TokenAudienceNotAllowed",
    `Audience validation failed. Audiences: '${audiences.join(", ")}'. Did not match any of: '${allowed.join(", ")}'`,
  );
}

/** iss against the configured issuers and the openid-config issuers (none: not checked). */
export function checkIssuer(
  payload: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
): JwtFailure | undefined {
  if (allowed.length === 0) return undefined;
  const issuer = typeof payload.iss === "string" ? payload.iss : undefined;
  if (issuer !== undefined && allowed.includes(issuer)) return undefined;
  return denied(
    "TokenIssuerNotAllowed",
    `Issuer validation failed. Issuer: '${issuer ?? ""}'. Did not match any of: '${allowed.join(", ")}'`,
  );
}

/**
 * required-claims: each claim must be present; with values, `all` needs every value among the
 * token's, `any` at least one ("claim attributes", match). `separator` splits a string claim into
 * its values. Missing claims are reported together, as the table's "<c1>, <c2>, …" shows.
 */
export function checkRequiredClaims(
  payload: Readonly<Record<string, unknown>>,
  claims: readonly ValidateJwtClaim[],
): JwtFailure | undefined {
  const missing = claims.filter((claim) => payload[claim.name] === undefined);
  if (missing.length > 0)
    return {
      reason: "TokenClaimNotFound",
      message: `JWT token is missing the following claims: ${missing.map((claim) => claim.name).join(", ")}. Access denied.`,
    };
  for (const claim of claims) {
    const wanted = claim.values ?? [];
    if (wanted.length === 0) continue;
    const present = values(payload[claim.name]).flatMap((value) =>
      claim.separator === undefined ? [value] : value.split(claim.separator),
    );
    const ok =
      (claim.match ?? "all") === "all"
        ? wanted.every((value) => present.includes(value))
        : wanted.some((value) => present.includes(value));
    if (!ok)
      return {
        reason: "TokenClaimValueNotAllowed",
        // {claim-value}: the token's values joined by "," (chosen).
        message: `Claim ${claim.name} value of ${present.join(",")} is not allowed. Access denied.`,
      };
  }
  return undefined;
}
