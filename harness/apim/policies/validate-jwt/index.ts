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
import type { PolicyHandler, PolicyRun } from "../../policy-run.ts";
import {
  checkAudience,
  checkIssuer,
  checkLifetime,
  checkRequiredClaims,
  type JwtFailure,
} from "./claim-checks.ts";
import { OpenIdRetrievalError, openIdConfiguration } from "./openid-config.ts";
import { extractToken, failValidation, isFailure } from "./token-source.ts";
import {
  inlineKeys,
  RSA_ALGORITHMS,
  SYMMETRIC_ALGORITHMS,
  verifySignature,
  type VerificationKey,
} from "./signing-keys.ts";

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
  const fail = failValidation(run, statement);
  const flag = (value: ValidateJwt["requireSignedTokens"], name: string) =>
    value === undefined ? true : run.boolean(value, name);
  const requireExpiration = flag(statement.requireExpirationTime, "require-expiration-time");
  const requireSigned = flag(statement.requireSignedTokens, "require-signed-tokens");
  const skew =
    statement.clockSkew === undefined ? 0 : run.integer(statement.clockSkew, "clock-skew");

  const token = extractToken(run, statement);
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
