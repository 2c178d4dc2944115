// validate-azure-ad-token in the harness, against a fake Microsoft Entra ID issuer configured in the
// test (fakeEntraIssuer: the tenant's discovery document and JWKS as service mocks, v1 and v2
// access tokens). Sources: validate-azure-ad-token-policy.md (Attributes, Elements, claim
// attributes, Examples) and Microsoft's "Access tokens in the Microsoft identity platform"
// (Payload claims: v1 iss https://sts.windows.net/{tid}/ with appid; v2 iss
// https://login.microsoftonline.com/{tid}/v2.0 with azp). The error table has no rows for this
// policy: reasons and messages are validate-jwt's rows for the same condition, and a client
// application not listed is TokenClaimValueNotAllowed on appid/azp (project's choice,
// docs/project-choices.md), as are the no-skew lifetime and the check order.
import { describe, expect, it } from "vitest";
import { base, policy, validateAzureAdToken, type ValidateAzureAdTokenOptions } from "apim-ts";
import {
  createGateway,
  fakeEntraIssuer,
  TEST_RSA_KEYS,
  type EntraTokenOptions,
} from "apim-ts/harness";

const TENANT = "72f988bf-0000-4000-8000-00000000aad1";
const OTHER_TENANT = "11111111-0000-4000-8000-000000000002";
const CLIENT = "6e74172b-0000-4000-8000-0000000c11e7";
const AUDIENCE = "api://orders";

function setup(options: Partial<ValidateAzureAdTokenOptions> = {}, extra = {}) {
  const entra = fakeEntraIssuer({ tenantId: TENANT, domains: ["contoso.onmicrosoft.com"] });
  const apim = createGateway({
    services: { ...entra.services },
    namedValues: { "aad-tenant-id": TENANT, "aad-client-application-id": CLIENT },
    policies: {
      operation: policy({
        inbound: [
          validateAzureAdToken({
            tenantId: "{{aad-tenant-id}}",
            clientApplicationIds: ["{{aad-client-application-id}}"],
            ...options,
          } as ValidateAzureAdTokenOptions),
        ],
        backend: [base()],
      }),
    },
    ...extra,
  });
  const v1 = (change: Partial<EntraTokenOptions> = {}) =>
    entra.mintV1({ now: apim.clock, clientId: CLIENT, audience: AUDIENCE, ...change });
  const v2 = (change: Partial<EntraTokenOptions> = {}) =>
    entra.mintV2({ now: apim.clock, clientId: CLIENT, audience: AUDIENCE, ...change });
  return { entra, apim, v1, v2 };
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
const DISCOVERY = `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`;
const JWKS = `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`;

describe("validate-azure-ad-token: valid tokens (the page's 'Simple token validation')", () => {
  it("accepts a v2 token whose azp is a listed client application", async () => {
    const { apim, entra, v2 } = setup();
    expect(await apim.send(bearer(await v2()))).toHaveReachedBackend();
    // The signing keys come from the tenant's discovery document and its JWKS.
    expect(entra.calls).toEqual([DISCOVERY, JWKS]);
  });

  it("accepts a v1 token (sts.windows.net issuer) whose appid is a listed client application", async () => {
    const { apim, v1 } = setup();
    expect(await apim.send(bearer(await v1()))).toHaveReachedBackend();
  });

  it("tries each client application id until one matches (Elements, client-application-ids)", async () => {
    const { apim, v2 } = setup({ clientApplicationIds: ["someone-else", CLIENT] });
    expect(await apim.send(bearer(await v2()))).toHaveReachedBackend();
  });

  it("without <audiences> the aud claim is not checked (project's choice: the page gives no default)", async () => {
    const { apim, v2 } = setup();
    expect(
      await apim.send(bearer(await v2({ audience: "api://anything" }))),
    ).toHaveReachedBackend();
  });

  it("names the tenant by domain or URL (Attributes, tenant-id)", async () => {
    for (const tenantId of [
      "contoso.onmicrosoft.com",
      "https://contoso.onmicrosoft.com",
      `https://login.microsoftonline.com/${TENANT}`,
    ]) {
      const { apim, v2 } = setup({ tenantId });
      expect(await apim.send(bearer(await v2()))).toHaveReachedBackend();
    }
  });

  it("tenant-id accepts an expression (Attributes, tenant-id: policy expressions are allowed)", async () => {
    const { apim, v2 } = setup({
      tenantId: (context) => context.Request.Headers.GetValueOrDefault("X-Tenant", ""),
    });
    const token = await v2();
    const headers = (tenant: string) => ({
      headers: { Authorization: `Bearer ${token}`, "X-Tenant": tenant },
    });
    expect(await apim.send(headers("contoso.onmicrosoft.com"))).toHaveReachedBackend();
    // The fake Entra ID knows no tenant "fabrikam.example": its discovery document cannot be read.
    expect(await apim.send(headers("fabrikam.example"))).toBeRejectedWith(401, "JwtInvalid");
  });

  it("caches the discovery document (as validate-jwt's openid-config: refreshed hourly)", async () => {
    const { apim, entra, v2 } = setup();
    await apim.send(bearer(await v2()));
    await apim.send(bearer(await v2()));
    expect(entra.calls).toEqual([DISCOVERY, JWKS]);
    apim.clock.advance(61 * 60 * 1000);
    expect(await apim.send(bearer(await v2()))).toHaveReachedBackend();
    expect(entra.calls).toEqual([DISCOVERY, JWKS, DISCOVERY, JWKS]);
  });

  it("stores the token as a Jwt in output-token-variable-name", async () => {
    const { apim, v2 } = setup({ outputTokenVariableName: "jwt" });
    const result = await apim.send(bearer(await v2({ claims: { ctry: "US" } })));
    const jwt = result.variables.jwt!;
    expect(jwt.type).toBe("Jwt");
    const value = jwt.value as { Claims: { GetValueOrDefault(n: string, d: string): string } };
    expect(value).toMatchObject({ Issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` });
    expect(value.Claims.GetValueOrDefault("azp", "")).toBe(CLIENT);
    expect(value.Claims.GetValueOrDefault("ctry", "")).toBe("US");
  });
});

describe("validate-azure-ad-token: where the token comes from", () => {
  it("no token: 401, TokenNotPresent, 'JWT not present.' (Attributes: defaults)", async () => {
    const result = await setup().apim.send();
    expect(result).toBeRejectedWith(401, "TokenNotPresent");
    expect(result.lastError).toMatchObject({
      Source: "validate-azure-ad-token",
      Message: "JWT not present.",
    });
    expect(JSON.parse(result.body)).toEqual({ statusCode: 401, message: "JWT not present." });
  });

  it("the default Authorization header needs the Bearer scheme (Examples, 'Simple token validation')", async () => {
    const { apim, v2 } = setup();
    const token = await v2();
    expect(await apim.send({ headers: { Authorization: token } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
    expect(await apim.send({ headers: { Authorization: `Basic ${token}` } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
  });

  it("header-name, query-parameter-name and token-value (Attributes)", async () => {
    const byHeader = setup({ headerName: "X-Token" });
    const token = await byHeader.v2();
    expect(await byHeader.apim.send({ headers: { "X-Token": token } })).toHaveReachedBackend();
    expect(await byHeader.apim.send(bearer(token))).toBeRejectedWith(401, "TokenNotPresent");
    const byQuery = setup({ queryParameterName: "access_token" });
    const queried = await byQuery.v2();
    expect(await byQuery.apim.send({ url: `/?access_token=${queried}` })).toHaveReachedBackend();
    expect(await byQuery.apim.send()).toBeRejectedWith(401, "TokenNotPresent");
    const byValue = setup({
      tokenValue: (context) => context.Request.Headers.GetValueOrDefault("X-Jwt", ""),
    });
    const valued = await byValue.v2();
    expect(await byValue.apim.send({ headers: { "X-Jwt": valued } })).toHaveReachedBackend();
    expect(await byValue.apim.send()).toBeRejectedWith(401, "TokenNotPresent");
  });

  it("failed-validation-httpcode and failed-validation-error-message shape the response", async () => {
    const result = await setup({
      failedValidationHttpCode: 403,
      failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
    }).apim.send();
    expect(result).toBeRejectedWith(403, "TokenNotPresent");
    expect(JSON.parse(result.body)).toEqual({
      statusCode: 403,
      message: "Unauthorized. Access token is missing or invalid.",
    });
    expect(result.lastError!.Message).toBe("JWT not present.");
  });

  it("a value that is not a JWT: JwtInvalid", async () => {
    expect(await setup().apim.send(bearer("not-a-token"))).toBeRejectedWith(401, "JwtInvalid");
  });
});

describe("validate-azure-ad-token: each failure", () => {
  it("a client application not listed: TokenClaimValueNotAllowed on azp (v2) or appid (v1)", async () => {
    const { apim, v1, v2 } = setup();
    const v2Result = await apim.send(bearer(await v2({ clientId: "intruder" })));
    expect(v2Result).toBeRejectedWith(401, "TokenClaimValueNotAllowed");
    expect(v2Result.lastError!.Message).toBe(
      "Claim azp value of intruder is not allowed. Access denied.",
    );
    expect(JSON.parse(v2Result.body)).toEqual({
      statusCode: 401,
      message: v2Result.lastError!.Message,
    });
    const v1Result = await apim.send(bearer(await v1({ clientId: "intruder" })));
    expect(v1Result.lastError!.Message).toBe(
      "Claim appid value of intruder is not allowed. Access denied.",
    );
  });

  it("a v2 token names its client in azp, not appid: appid alone is a missing azp", async () => {
    const { apim, v2 } = setup();
    const result = await apim.send(
      bearer(await v2({ clientId: undefined, claims: { appid: CLIENT } })),
    );
    expect(result).toBeRejectedWith(401, "TokenClaimNotFound");
    expect(result.lastError!.Message).toBe(
      "JWT token is missing the following claims: azp. Access denied.",
    );
  });

  it("another tenant's token: TokenIssuerNotAllowed", async () => {
    const { apim, v1, v2 } = setup();
    for (const token of [
      await v2({ tenantId: OTHER_TENANT }),
      await v1({ tenantId: OTHER_TENANT }),
    ])
      expect(await apim.send(bearer(token))).toBeRejectedWith(401, "TokenIssuerNotAllowed");
  });

  it("expired: TokenExpired; not yet valid or without exp: JwtInvalid (no clock skew)", async () => {
    const { apim, v2 } = setup();
    expect(await apim.send(bearer(await v2({ expiresIn: -1 })))).toBeRejectedWith(
      401,
      "TokenExpired",
    );
    expect(await apim.send(bearer(await v2({ notBefore: 1, expiresIn: 3600 })))).toBeRejectedWith(
      401,
      "JwtInvalid",
    );
    expect(await apim.send(bearer(await v2({ expiresIn: null })))).toBeRejectedWith(
      401,
      "JwtInvalid",
    );
    const token = await v2({ expiresIn: 60 });
    apim.clock.advance(61 * 1000);
    expect(await apim.send(bearer(token))).toBeRejectedWith(401, "TokenExpired");
  });

  it("a key the tenant does not publish: TokenSignatureKeyNotFound (unknown kid) or TokenSignatureInvalid", async () => {
    const { apim, v2 } = setup();
    const unknownKid = await v2({ kid: "rogue", signWith: { rsa: TEST_RSA_KEYS.other } });
    const unknown = await apim.send(bearer(unknownKid));
    expect(unknown).toBeRejectedWith(401, "TokenSignatureKeyNotFound");
    expect(unknown.lastError!.Message).toMatch(/rogue.*\. Access denied\.$/);
    const forged = await v2({ signWith: { rsa: TEST_RSA_KEYS.other } });
    expect(await apim.send(bearer(forged))).toBeRejectedWith(401, "TokenSignatureInvalid");
    const unsigned = await v2({ signWith: "none" });
    expect(await apim.send(bearer(unsigned))).toBeRejectedWith(401, "TokenSignatureInvalid");
  });

  it("audiences: each is tried; none matching is TokenAudienceNotAllowed (Elements, audiences)", async () => {
    const { apim, v2 } = setup({
      audiences: ["api://other", (context) => `api://${context.Request.OriginalUrl.Host}`],
    });
    const host = `api://${apim.host}`;
    expect(await apim.send(bearer(await v2({ audience: host })))).toHaveReachedBackend();
    expect(await apim.send(bearer(await v2()))).toBeRejectedWith(401, "TokenAudienceNotAllowed");
  });

  it("required-claims: match any / all, separator, missing claims (claim attributes)", async () => {
    const { apim, v2 } = setup({
      requiredClaims: [
        { name: "ctry", match: "any", values: ["US", "CA"] },
        { name: "roles", separator: ",", values: ["reader", (context) => "writer"] },
      ],
    });
    const ok = await v2({ claims: { ctry: "CA", roles: "reader,writer" } });
    expect(await apim.send(bearer(ok))).toHaveReachedBackend();
    const oneRole = await v2({ claims: { ctry: "US", roles: "reader" } });
    const mismatch = await apim.send(bearer(oneRole));
    expect(mismatch).toBeRejectedWith(401, "TokenClaimValueNotAllowed");
    expect(mismatch.lastError!.Message).toBe(
      "Claim roles value of reader is not allowed. Access denied.",
    );
    const missing = await apim.send(bearer(await v2({ claims: { roles: "reader,writer" } })));
    expect(missing).toBeRejectedWith(401, "TokenClaimNotFound");
    expect(missing.lastError!.Message).toBe(
      "JWT token is missing the following claims: ctry. Access denied.",
    );
  });

  it("a discovery document that cannot be read: JwtInvalid", async () => {
    const { apim, entra, v2 } = setup();
    entra.outage = 503;
    const result = await apim.send(bearer(await v2()));
    expect(result).toBeRejectedWith(401, "JwtInvalid");
    expect(result.lastError!.Message).toMatch(/answered 503/);
  });
});

describe("validate-azure-ad-token: the failure answer, LastError and headers for each failure", () => {
  it("answers each failure with 401, the JSON body and LastError (Source, Reason, Message, PolicyId, Section)", async () => {
    const { apim, v1, v2 } = setup({
      id: "aad",
      audiences: [AUDIENCE],
      requiredClaims: [{ name: "ctry", values: ["US"] }],
    });
    const ok = { claims: { ctry: "US" } };
    // [failure, token, Reason, Message]: validate-jwt's rows of "Predefined errors for policies"
    // for the same condition (project's choice for this policy, docs/project-choices.md).
    const cases: [string, string, string, RegExp][] = [
      ["no token", "", "TokenNotPresent", /^JWT not present\.$/],
      ["not a JWT", "abc", "JwtInvalid", /not a well-formed JWT/],
      [
        "forged",
        await v2({ ...ok, signWith: { rsa: TEST_RSA_KEYS.other } }),
        "TokenSignatureInvalid",
        /^Signature validation failed\..*Access denied\.$/,
      ],
      [
        "unknown kid",
        await v2({ ...ok, kid: "k9", signWith: { rsa: TEST_RSA_KEYS.other } }),
        "TokenSignatureKeyNotFound",
        /k9.*Access denied\.$/,
      ],
      ["expired", await v2({ ...ok, expiresIn: -1 }), "TokenExpired", /expired.*Access denied\.$/],
      [
        "other tenant",
        await v1({ ...ok, tenantId: OTHER_TENANT }),
        "TokenIssuerNotAllowed",
        /Issuer validation failed.*Access denied\.$/,
      ],
      [
        "other audience",
        await v2({ ...ok, audience: "api://billing" }),
        "TokenAudienceNotAllowed",
        /Audience validation failed.*Access denied\.$/,
      ],
      [
        "other client",
        await v1({ ...ok, clientId: "x" }),
        "TokenClaimValueNotAllowed",
        /^Claim appid value of x is not allowed\. Access denied\.$/,
      ],
      [
        "missing claim",
        await v2(),
        "TokenClaimNotFound",
        /^JWT token is missing the following claims: ctry\. Access denied\.$/,
      ],
      [
        "claim value",
        await v2({ claims: { ctry: "FR" } }),
        "TokenClaimValueNotAllowed",
        /^Claim ctry value of FR is not allowed\. Access denied\.$/,
      ],
    ];
    for (const [name, token, reason, message] of cases) {
      const result = await apim.send(token === "" ? {} : bearer(token));
      expect(result, name).toBeRejectedWith(401, reason);
      expect(result.lastError, name).toMatchObject({
        Source: "validate-azure-ad-token",
        Reason: reason,
        PolicyId: "aad",
        Section: "inbound",
      });
      expect(result.lastError!.Message, name).toMatch(message);
      expect(JSON.parse(result.body), name).toEqual({
        statusCode: 401,
        message: result.lastError!.Message,
      });
      // No page documents a WWW-Authenticate header on this failure (project's choice: none).
      expect(result.header("WWW-Authenticate"), name).toBeNull();
      expect(result.backendCalls, name).toHaveLength(0);
    }
  });
});

describe("validate-azure-ad-token: what the harness refuses (the page does not say)", () => {
  it("multi-tenant values, backend-application-ids, encrypted tokens", async () => {
    const common = setup({ tenantId: "common" });
    await expect(common.apim.send(bearer(await common.v2()))).rejects.toThrow(
      /multi-tenant value 'common'/,
    );
    const backendIds = setup({ backendApplicationIds: ["backend"] });
    await expect(backendIds.apim.send(bearer(await backendIds.v2()))).rejects.toThrow(
      /backend-application-ids is not simulated/,
    );
    const withKeys = setup({ decryptionKeys: [{ certificateId: "decrypt" }] });
    await expect(withKeys.apim.send(bearer(await withKeys.v2()))).rejects.toThrow(
      /decryption-keys is not simulated/,
    );
    await expect(setup().apim.send(bearer("a.b.c.d.e"))).rejects.toThrow(/encrypted tokens/);
  });

  it("no service mock for login.microsoftonline.com", async () => {
    const { v2 } = setup();
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [validateAzureAdToken({ tenantId: TENANT, clientApplicationIds: [CLIENT] })],
        }),
      },
    });
    await expect(apim.send(bearer(await v2()))).rejects.toThrow(/no service mock is configured/);
  });
});
