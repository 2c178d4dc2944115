// <validate-azure-ad-token>: finds the token (header-name, default Authorization with the Bearer
// scheme; query-parameter-name; token-value), verifies its signature with the keys of the tenant's
// OpenID Connect discovery document (fetched from the service mocks and cached exactly as
// validate-jwt's openid-config), then its lifetime, issuer (the tenant's v1 or v2 issuer), audience,
// client application (appid in v1 tokens, azp in v2) and required claims; on success it stores the
// token as a Jwt in output-token-variable-name. Sources: validate-azure-ad-token-policy.md
// (Attributes, Elements, claim attributes, Examples) and Microsoft's "Access tokens in the
// Microsoft identity platform" (Payload claims: iss, appid, azp, tid, ver).
//
// The "Predefined errors for policies" table (api-management-error-handling-policies.md) has no
// validate-azure-ad-token rows. The page's default message "JWT not present." is validate-jwt's
// TokenNotPresent row, so the harness reports each failure with the validate-jwt row for the same
// condition (chosen, docs/project-choices.md); a client application that is not listed is that
// table's "Claim values mismatch" (TokenClaimValueNotAllowed) on appid/azp (chosen).
//
// Refused (the page does not say how they behave): the multi-tenant values common, organizations
// and consumers; backend-application-ids ("only required in advanced cases for the configuration
// of options"); decryption-keys and encrypted tokens (the page names no key-management algorithm).
import type { ValidateAzureAdToken } from "../../../src/policies/validate-azure-ad-token.ts";
import type { ValidateJwtClaim } from "../../../src/policies/validate-jwt.ts";
import { decodeJwt, JwtValue } from "../../dotnet/jwt.ts";
import { ENTRA_AUTHORITY } from "../jwt/fake-entra-issuer.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import {
  checkAudience,
  checkIssuer,
  checkLifetime,
  checkRequiredClaims,
  type JwtFailure,
} from "./validate-jwt/claim-checks.ts";
import { OpenIdRetrievalError, openIdConfiguration } from "./validate-jwt/openid-config.ts";
import {
  RSA_ALGORITHMS,
  SYMMETRIC_ALGORITHMS,
  verifySignature,
} from "./validate-jwt/signing-keys.ts";
import { extractToken, failValidation, isFailure } from "./validate-jwt/token-source.ts";

const MULTI_TENANT = new Set(["common", "organizations", "consumers"]);

/**
 * The tenant named by tenant-id: "Tenant ID or URL (for example, https://contoso.onmicrosoft.com)"
 * (Policy statement). A URL on login.microsoftonline.com names its first path segment; another
 * URL names its host; otherwise the value is the tenant's id or domain.
 */
export function tenantOf(value: string): string {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return text.replace(/\/+$/, "");
  const url = new URL(text);
  if (url.host.toLowerCase() === "login.microsoftonline.com") {
    const segment = url.pathname.split("/").filter(Boolean)[0];
    if (segment !== undefined) return decodeURIComponent(segment);
  }
  return url.host;
}

/** The tenant's discovery document (OpenID Connect Discovery, v2.0 endpoint of the tenant). */
export function discoveryUrl(tenant: string): string {
  return `${ENTRA_AUTHORITY}/${encodeURIComponent(tenant)}/v2.0/.well-known/openid-configuration`;
}

/** The v1 issuer of the tenant whose v2 issuer is `issuerV2` (access tokens, Payload claims, iss). */
function v1Issuer(issuerV2: string): string | undefined {
  const match = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/.exec(issuerV2);
  return match ? `https://sts.windows.net/${match[1]}/` : undefined;
}

function checkClientApplication(
  payload: Readonly<Record<string, unknown>>,
  v1: boolean,
  allowed: readonly string[],
): JwtFailure | undefined {
  if (allowed.length === 0) return undefined;
  // Access tokens, Payload claims: v1 tokens name the client in appid, v2 tokens in azp.
  const claim = v1 ? "appid" : "azp";
  const value = payload[claim];
  if (value === undefined)
    return {
      reason: "TokenClaimNotFound",
      message: `JWT token is missing the following claims: ${claim}. Access denied.`,
    };
  // Elements, client-application-ids: "each value is tried until either all are exhausted (in
  // which case validation fails) or until one succeeds."
  if (typeof value === "string" && allowed.includes(value)) return undefined;
  return {
    reason: "TokenClaimValueNotAllowed",
    message: `Claim ${claim} value of ${typeof value === "string" ? value : JSON.stringify(value)} is not allowed. Access denied.`,
  };
}

async function checkSignature(
  run: PolicyRun<ValidateAzureAdToken>,
  token: string,
  header: Readonly<Record<string, unknown>>,
  signature: string,
  url: string,
): Promise<{ failure?: JwtFailure; issuer?: string }> {
  const alg = typeof header.alg === "string" ? header.alg : "";
  const kid = typeof header.kid === "string" ? header.kid : undefined;
  let configuration;
  try {
    configuration = await openIdConfiguration(run.gateway, url, kid);
  } catch (error) {
    if (!(error instanceof OpenIdRetrievalError)) throw error;
    // Chosen (as validate-jwt): an unreadable configuration is "Other validation failures".
    return { failure: { reason: "JwtInvalid", message: error.message } };
  }
  // Chosen: Entra ID signs every token it issues, so an unsigned one fails as validate-jwt's
  // default require-signed-tokens="true" does.
  if (alg === "none" || signature === "")
    return {
      failure: {
        reason: "TokenSignatureInvalid",
        message: "Signature validation failed. The token is not signed. Access denied.",
      },
    };
  if (!SYMMETRIC_ALGORITHMS.has(alg) && !RSA_ALGORITHMS.has(alg))
    throw new HarnessRefusal(
      `validate-azure-ad-token: the token's alg '${alg}' is not among the algorithms validate-jwt documents (PS256, RS256, RS512; HS256/384/512)`,
    );
  const result = await verifySignature(token, alg, kid, configuration.keys);
  if (result.verifiedBy) {
    run.note(`validate-azure-ad-token: signature verified with ${result.verifiedBy.from}`);
    return { issuer: configuration.issuer };
  }
  if (kid !== undefined && !result.kidMatched)
    return {
      failure: {
        reason: "TokenSignatureKeyNotFound",
        message: `Signature validation failed. Unable to match key kid: '${kid}'. Access denied.`,
      },
    };
  return {
    failure: {
      reason: "TokenSignatureInvalid",
      message: "Signature validation failed. No key verifies the token's signature. Access denied.",
    },
  };
}

export const runValidateAzureAdToken: PolicyHandler<ValidateAzureAdToken> = async (run) => {
  const { statement } = run;
  const fail = failValidation(run, statement);
  const tenant = tenantOf(run.text(statement.tenantId, "tenant-id") ?? "");
  if (tenant === "")
    throw new HarnessRefusal("validate-azure-ad-token: tenant-id evaluated to an empty tenant");
  // Attributes, tenant-id: common / organizations accept tokens from any directory; the page does
  // not say how their issuers are checked, so the harness does not guess.
  if (MULTI_TENANT.has(tenant.toLowerCase()))
    throw new HarnessRefusal(
      `validate-azure-ad-token: the multi-tenant value '${tenant}' is not simulated (the page does not document how issuers of other tenants are validated)`,
    );
  if (statement.backendApplicationIds !== undefined)
    throw new HarnessRefusal(
      "validate-azure-ad-token: backend-application-ids is not simulated (the page only says it is for 'advanced cases for the configuration of options', not what it checks)",
    );
  // Elements, decryption-keys: the page names no key-management algorithm, and does not say
  // whether a token that is not encrypted is still accepted when keys are configured.
  if (statement.decryptionKeys !== undefined)
    throw new HarnessRefusal(
      "validate-azure-ad-token: decryption-keys is not simulated (the page names no key-management algorithm and does not say how unencrypted tokens are treated when keys are configured)",
    );
  // Attributes, header-name: default Authorization; Examples, "Simple token validation": "expects
  // the JWT to be provided in the default Authorization header using the Bearer scheme".
  const noSource =
    statement.headerName === undefined &&
    statement.queryParameterName === undefined &&
    statement.tokenValue === undefined;
  const token = extractToken(run, {
    headerName: noSource ? "Authorization" : statement.headerName,
    queryParameterName: statement.queryParameterName,
    tokenValue: statement.tokenValue,
    requireScheme: "Bearer",
  });
  if (isFailure(token)) return fail(token);
  if (token.split(".").length === 5)
    throw new HarnessRefusal(
      "validate-azure-ad-token: encrypted tokens (JWE, decryption-keys) are not simulated: the page names no key-management algorithm",
    );
  const decoded = decodeJwt(token);
  if (!decoded)
    return fail({ reason: "JwtInvalid", message: "The token is not a well-formed JWT" });

  const signature = await checkSignature(
    run,
    token,
    decoded.header,
    decoded.signature,
    discoveryUrl(tenant),
  );
  if (signature.failure) return fail(signature.failure);
  // The tenant's issuers: the discovery document's (v2) and the v1 form of the same tenant.
  const v2 = signature.issuer;
  const v1 = v2 === undefined ? undefined : v1Issuer(v2);
  const issuers = [v2, v1].filter((issuer): issuer is string => issuer !== undefined);
  if (issuers.length === 0)
    return fail({
      reason: "JwtInvalid",
      message: `The discovery document ${discoveryUrl(tenant)} names no issuer`,
    });
  const audiences = (statement.audiences ?? []).map(
    (audience, index) => run.text(audience, `audience[${index + 1}]`) ?? "",
  );
  const claims: ValidateJwtClaim[] = (statement.requiredClaims ?? []).map((claim, index) => ({
    name: claim.name,
    match: claim.match,
    separator: claim.separator,
    values: claim.values?.map(
      (value, position) =>
        run.text(value, `required-claims claim[${index + 1}] value[${position + 1}]`) ?? "",
    ),
  }));
  // Chosen (docs/project-choices.md): no clock skew (the page has no clock-skew attribute) and
  // exp required (validate-jwt's default); checks in validate-jwt's order, the client application
  // after the audience.
  const failure =
    checkLifetime(decoded.payload, run.gateway.clock.now(), 0, true) ??
    checkIssuer(decoded.payload, issuers) ??
    checkAudience(decoded.payload, audiences) ??
    checkClientApplication(
      decoded.payload,
      decoded.payload.iss === v1,
      // A literal application id may be a {{named value}} (the page's examples use them).
      (statement.clientApplicationIds ?? []).map(
        (id, index) => run.text(id, `client-application-ids application-id[${index + 1}]`) ?? "",
      ),
    ) ??
    checkRequiredClaims(decoded.payload, claims);
  if (failure) return fail(failure);

  if (statement.outputTokenVariableName !== undefined) {
    run.execution.variables.set(statement.outputTokenVariableName, {
      type: "Jwt",
      value: new JwtValue(decoded),
    });
  }
  run.note("validate-azure-ad-token: token valid");
};
