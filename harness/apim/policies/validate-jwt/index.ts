// <validate-jwt>: finds the token (header with scheme, query parameter or token-value), checks
// its signature (issuer-signing-keys, openid-config), lifetime, audience, issuer and required
// claims, and on success stores it as a Jwt in output-token-variable-name. Sources:
// validate-jwt-policy.md (Attributes, Elements, Usage notes) and the validate-jwt rows of
// "Predefined errors for policies" (api-management-error-handling-policies.md). That table names
// the missing token TokenNotPresent / "JWT not present." since MicrosoftDocs/azure-docs PR #91811
// (2022; it read TokenNotFound before), matching the page's default message "JWT not present.".
// The caller gets failed-validation-httpcode (default 401) and APIM's JSON error body
// `{ "statusCode", "message" }` (the shape observed in Azure/api-management-developer-portal
// issue #568) holding failed-validation-error-message, or LastError.Message without one (chosen).
// No page documents a WWW-Authenticate header on this failure; the harness sends none (chosen).
// Encrypted tokens (decryption-keys) are refused: the page names no key-management algorithm.
import type { ValidateJwt } from "../../../../src/policies/validate-jwt.ts";
import { decodeJwt, JwtValue, type DecodedJwt } from "../../../dotnet/jwt.ts";
import { HarnessRefusal } from "../../harness-refusal.ts";
import { reasonPhrase } from "../../messages.ts";
import type { PolicyHandler, PolicyRun } from "../../policy-run.ts";
import {
  checkAudience,
  checkIssuer,
  checkLifetime,
  checkRequiredClaims,
  type JwtFailure,
} from "./claim-checks.ts";
import { OpenIdRetrievalError, openIdConfiguration } from "./openid-config.ts";
import {
  inlineKeys,
  RSA_ALGORITHMS,
  SYMMETRIC_ALGORITHMS,
  verifySignature,
  type VerificationKey,
} from "./signing-keys.ts";

const NOT_PRESENT: JwtFailure = { reason: "TokenNotPresent", message: "JWT not present." };

/** The token text, or a failure when there is none. */
function extractToken(run: PolicyRun<ValidateJwt>): string | JwtFailure {
  const { statement, execution } = run;
  if (statement.tokenValue !== undefined) {
    const token = run.text(statement.tokenValue, "token-value");
    return token === null || token.trim() === "" ? NOT_PRESENT : token.trim();
  }
  if (statement.queryParameterName !== undefined) {
    const name = (
      run.text(statement.queryParameterName, "query-parameter-name") ?? ""
    ).toLowerCase();
    const found = [...execution.request.url.searchParams].find(
      ([key]) => key.toLowerCase() === name,
    );
    return found === undefined || found[1].trim() === "" ? NOT_PRESENT : found[1].trim();
  }
  const headerName = run.text(statement.headerName!, "header-name") ?? "";
  const header = execution.request.headers.get(headerName)?.join(",");
  if (header === undefined || header.trim() === "") return NOT_PRESENT;
  const value = header.trim();
  // Usage notes: "When using a custom header (header-name), the configured required scheme
  // (require-scheme) will be ignored. To use a required scheme, JWT tokens must be provided in the
  // Authorization header." A custom header's value is the token as is (as observed in
  // MicrosoftDocs/azure-docs issue #108628: "Bearer <token>" in a custom header fails).
  if (headerName.toLowerCase() !== "authorization") return value;
  const scheme =
    statement.requireScheme === undefined
      ? null
      : run.text(statement.requireScheme, "require-scheme");
  const match = /^(\S+)\s+(\S+)$/.exec(value);
  // Chosen: an Authorization value "<scheme> <token>" gives its token (Microsoft's Entra examples
  // send "Bearer ..." with no require-scheme); with require-scheme the scheme must be that one
  // (compared ignoring case, as RFC 9110 section 11.1 compares schemes), else no token is present.
  if (scheme !== null) {
    if (!match || match[1]!.toLowerCase() !== scheme.toLowerCase()) return NOT_PRESENT;
    return match[2]!;
  }
  return match ? match[2]! : value;
}

function isFailure(value: unknown): value is JwtFailure {
  return typeof value === "object" && value !== null && "reason" in value;
}

async function checkSignature(
  run: PolicyRun<ValidateJwt>,
  token: string,
  decoded: DecodedJwt,
  requireSigned: boolean,
): Promise<{ failure?: JwtFailure; issuers: string[] }> {
  const { statement } = run;
  const alg = typeof decoded.header.alg === "string" ? decoded.header.alg : "";
  const kid = typeof decoded.header.kid === "string" ? decoded.header.kid : undefined;
  const issuers: string[] = [];
  const keys: VerificationKey[] = inlineKeys(
    statement.issuerSigningKeys ?? [],
    run.gateway,
    (value, slotName) => run.text(value, slotName) ?? "",
  );
  for (const url of statement.openidConfigs ?? []) {
    const resolved = run.text(url, "openid-config url") ?? url;
    try {
      const configuration = await openIdConfiguration(run.gateway, resolved, kid);
      keys.push(...configuration.keys);
      if (configuration.issuer !== undefined) issuers.push(configuration.issuer);
    } catch (error) {
      if (!(error instanceof OpenIdRetrievalError)) throw error;
      // Chosen: a configuration that cannot be read leaves the token unverifiable ("Other
      // validation failures").
      return { failure: { reason: "JwtInvalid", message: error.message }, issuers };
    }
  }
  if (alg === "none" || decoded.signature === "") {
    // Attributes, require-signed-tokens: "Specifies whether a token is required to be signed."
    if (!requireSigned) return { issuers };
    return {
      failure: {
        reason: "TokenSignatureInvalid",
        message: "Signature validation failed. The token is not signed. Access denied.",
      },
      issuers,
    };
  }
  if (!SYMMETRIC_ALGORITHMS.has(alg) && !RSA_ALGORITHMS.has(alg))
    throw new HarnessRefusal(
      `validate-jwt: the token's alg '${alg}' is not among the algorithms validate-jwt documents (PS256, RS256, RS512; HS256/384/512 for symmetric keys)`,
    );
  if (keys.length === 0)
    return {
      failure: {
        reason: "TokenSignatureInvalid",
        message:
          "Signature validation failed. No security keys were provided to validate the signature. Access denied.",
      },
      issuers,
    };
  const result = await verifySignature(token, alg, kid, keys);
  if (result.verifiedBy) {
    run.note(`validate-jwt: signature verified with ${result.verifiedBy.from}`);
    return { issuers };
  }
  // Chosen: a kid that no key carries is "Signature key was not resolved by ID".
  if (kid !== undefined && !result.kidMatched)
    return {
      failure: {
        reason: "TokenSignatureKeyNotFound",
        message: `Signature validation failed. Unable to match key kid: '${kid}'. Access denied.`,
      },
      issuers,
    };
  return {
    failure: {
      reason: "TokenSignatureInvalid",
      message: "Signature validation failed. No key verifies the token's signature. Access denied.",
    },
    issuers,
  };
}

export const runValidateJwt: PolicyHandler<ValidateJwt> = async (run) => {
  const { statement } = run;
  const status =
    statement.failedValidationHttpCode === undefined
      ? 401
      : run.integer(statement.failedValidationHttpCode, "failed-validation-httpcode");
  const configuredMessage =
    statement.failedValidationErrorMessage === undefined
      ? null
      : run.text(statement.failedValidationErrorMessage, "failed-validation-error-message");
  const flag = (value: ValidateJwt["requireSignedTokens"], name: string) =>
    value === undefined ? true : run.boolean(value, name);
  const requireExpiration = flag(statement.requireExpirationTime, "require-expiration-time");
  const requireSigned = flag(statement.requireSignedTokens, "require-signed-tokens");
  const skew =
    statement.clockSkew === undefined ? 0 : run.integer(statement.clockSkew, "clock-skew");
  const fail = (failure: JwtFailure): never =>
    run.fail(failure.reason, failure.message, {
      status,
      reason: reasonPhrase(status),
      body: JSON.stringify(
        { statusCode: status, message: configuredMessage ?? failure.message },
        null,
        2,
      ),
    });

  const token = extractToken(run);
  if (isFailure(token)) return fail(token);
  if (token.split(".").length === 5) {
    throw new HarnessRefusal(
      "validate-jwt: encrypted tokens (JWE, decryption-keys) are not simulated: validate-jwt-policy.md names no key-management algorithm",
    );
  }
  const decoded = decodeJwt(token);
  if (!decoded)
    return fail({ reason: "JwtInvalid", message: "The token is not a well-formed JWT" });

  const signature = await checkSignature(run, token, decoded, requireSigned);
  if (signature.failure) return fail(signature.failure);
  const audiences = (statement.audiences ?? []).map(
    (audience, index) => run.text(audience, `audience[${index + 1}]`) ?? "",
  );
  const issuers = [
    ...(statement.issuers ?? []).map(
      (issuer, index) => run.text(issuer, `issuer[${index + 1}]`) ?? "",
    ),
    ...signature.issuers,
  ];
  const failure =
    checkLifetime(decoded.payload, run.gateway.clock.now(), skew, requireExpiration) ??
    checkAudience(decoded.payload, audiences) ??
    checkIssuer(decoded.payload, issuers) ??
    checkRequiredClaims(decoded.payload, statement.requiredClaims ?? []);
  if (failure) return fail(failure);

  if (statement.outputTokenVariableName !== undefined) {
    run.execution.variables.set(statement.outputTokenVariableName, {
      type: "Jwt",
      value: new JwtValue(decoded),
    });
  }
  run.note("validate-jwt: token valid");
};
