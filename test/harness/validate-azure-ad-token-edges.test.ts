// validate-azure-ad-token at its edges: the spellings of tenant-id (Attributes, tenant-id: "Tenant
// ID or URL"), the discovery document URL it derives, client application ids that are not strings,
// a discovery document without issuer, the multi-tenant values in any case, and the exact texts.
// Sources: validate-azure-ad-token-policy.md (Attributes, Elements, Examples) and Microsoft's
// "Access tokens in the Microsoft identity platform" (Payload claims: iss, appid, azp). The page
// lists no reasons; each failure is validate-jwt's row of "Predefined errors for policies" for the
// same condition, with the project's "<message from jwt library>" texts (docs/project-choices.md,
// validate-azure-ad-token and validate-jwt).
import { describe, expect, it } from "vitest";
import { base, policy, validateAzureAdToken, type ValidateAzureAdTokenOptions } from "apim-ts";
import {
  createGateway,
  fakeEntraIssuer,
  mintJwt,
  TEST_RSA_KEYS,
  TEST_SYMMETRIC_KEYS,
  type EntraTokenOptions,
  type MockResponse,
} from "apim-ts/harness";

const TENANT = "72f988bf-0000-4000-8000-00000000aad1";
const CLIENT = "6e74172b-0000-4000-8000-0000000c11e7";
const DISCOVERY = (tenant: string) =>
  `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`;

function setup(options: Partial<ValidateAzureAdTokenOptions> = {}) {
  const entra = fakeEntraIssuer({
    tenantId: TENANT,
    domains: ["contoso.onmicrosoft.com", "contoso space"],
  });
  const apim = createGateway({
    services: { ...entra.services },
    policies: {
      operation: policy({
        inbound: [
          validateAzureAdToken({
            tenantId: TENANT,
            clientApplicationIds: [CLIENT],
            ...options,
          } as ValidateAzureAdTokenOptions),
        ],
        backend: [base()],
      }),
    },
  });
  const v1 = (change: Partial<EntraTokenOptions> = {}) =>
    entra.mintV1({ now: apim.clock, clientId: CLIENT, ...change });
  const v2 = (change: Partial<EntraTokenOptions> = {}) =>
    entra.mintV2({ now: apim.clock, clientId: CLIENT, ...change });
  return { entra, apim, v1, v2 };
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

async function failure(apim: ReturnType<typeof setup>["apim"], token: string) {
  const result = await apim.send(bearer(token));
  expect(result.status).toBe(401);
  return { reason: result.lastError?.Reason, message: result.lastError?.Message };
}

describe("validate-azure-ad-token: tenant-id spellings (Attributes, tenant-id)", () => {
  it("a domain with a trailing slash or white space, and an http(s) URL in any case, name the tenant", async () => {
    for (const tenantId of [
      " contoso.onmicrosoft.com/ ",
      "HTTPS://contoso.onmicrosoft.com/",
      `https://LOGIN.microsoftonline.com/${TENANT}/v2.0`,
    ]) {
      const { apim, entra, v2 } = setup({ tenantId });
      expect(await apim.send(bearer(await v2())), tenantId).toHaveReachedBackend();
      expect(entra.calls[0], tenantId).toMatch(/^https:\/\/login\.microsoftonline\.com\//);
    }
  });

  it("the discovery document is the tenant's v2.0 one, its name URL-encoded", async () => {
    const byDomain = setup({ tenantId: "contoso.onmicrosoft.com" });
    await byDomain.apim.send(bearer(await byDomain.v2()));
    expect(byDomain.entra.calls[0]).toBe(DISCOVERY("contoso.onmicrosoft.com"));
    const encoded = setup({ tenantId: "https://login.microsoftonline.com/contoso%20space/" });
    expect(await encoded.apim.send(bearer(await encoded.v2()))).toHaveReachedBackend();
    expect(encoded.entra.calls[0]).toBe(DISCOVERY("contoso%20space"));
  });

  it("refuses the multi-tenant values in any case, and a tenant-id that is only a slash", async () => {
    for (const tenantId of ["Organizations", "CONSUMERS"]) {
      const { apim, v2 } = setup({ tenantId });
      await expect(apim.send(bearer(await v2()))).rejects.toThrow(/multi-tenant value/);
    }
    const { apim, v2 } = setup({ tenantId: "/" });
    await expect(apim.send(bearer(await v2()))).rejects.toThrow(/evaluated to an empty tenant/);
  });
});

describe("validate-azure-ad-token: client applications and issuers", () => {
  it("a v1 token's appid and a v2 token's azp; the other claim is not read", async () => {
    const { apim, v1, v2 } = setup();
    // A v1 token naming the client only in azp lacks appid (Access tokens, Payload claims).
    const v1WithAzp = await v1({ clientId: undefined, claims: { azp: CLIENT } });
    expect(await failure(apim, v1WithAzp)).toEqual({
      reason: "TokenClaimNotFound",
      message: "JWT token is missing the following claims: appid. Access denied.",
    });
    const numeric = await v2({ clientId: undefined, claims: { azp: 42 } });
    expect(await failure(apim, numeric)).toEqual({
      reason: "TokenClaimValueNotAllowed",
      message: "Claim azp value of 42 is not allowed. Access denied.",
    });
  });

  it("the issuer must be the tenant's v2 or v1 issuer; the message lists both", async () => {
    const { apim, v2 } = setup();
    const foreign = await v2({ tenantId: "another-tenant" });
    expect(await failure(apim, foreign)).toEqual({
      reason: "TokenIssuerNotAllowed",
      message:
        "Issuer validation failed. Issuer: 'https://login.microsoftonline.com/another-tenant/v2.0'. " +
        `Did not match any of: 'https://login.microsoftonline.com/${TENANT}/v2.0, ` +
        `https://sts.windows.net/${TENANT}/'. Access denied.`,
    });
  });

  it("a discovery document without issuer leaves nothing to check the token against: JwtInvalid", async () => {
    const entra = fakeEntraIssuer({ tenantId: TENANT });
    const withoutIssuer = (request: { url: string }): MockResponse => {
      const answer = entra.services["https://login.microsoftonline.com/"]!(
        request as never,
      ) as MockResponse;
      if (!request.url.endsWith("openid-configuration")) return answer;
      const document = JSON.parse(answer.body ?? "{}") as Record<string, unknown>;
      delete document.issuer;
      return { body: JSON.stringify(document) };
    };
    const apim = createGateway({
      services: { "https://login.microsoftonline.com/": withoutIssuer },
      policies: {
        operation: policy({
          inbound: [validateAzureAdToken({ tenantId: TENANT, clientApplicationIds: [CLIENT] })],
          backend: [base()],
        }),
      },
    });
    const token = await entra.mintV2({ now: apim.clock, clientId: CLIENT });
    const result = await apim.send(bearer(token));
    expect(result).toBeRejectedWith(401, "JwtInvalid");
    expect(result.lastError!.Message).toBe(
      `The discovery document ${DISCOVERY(TENANT)} names no issuer`,
    );
  });
});

describe("validate-azure-ad-token: signatures", () => {
  it("unsigned, signed by a key of the tenant's kid that does not verify, or by an unknown kid", async () => {
    const { apim, v2 } = setup();
    expect(await failure(apim, await v2({ signWith: "none" }))).toEqual({
      reason: "TokenSignatureInvalid",
      message: "Signature validation failed. The token is not signed. Access denied.",
    });
    const forged = await v2({ kid: "entra-key-1", signWith: { rsa: TEST_RSA_KEYS.other } });
    expect(await failure(apim, forged)).toEqual({
      reason: "TokenSignatureInvalid",
      message: "Signature validation failed. No key verifies the token's signature. Access denied.",
    });
    const rogue = await v2({ kid: "rogue", signWith: { rsa: TEST_RSA_KEYS.other } });
    expect(await failure(apim, rogue)).toEqual({
      reason: "TokenSignatureKeyNotFound",
      message: "Signature validation failed. Unable to match key kid: 'rogue'. Access denied.",
    });
  });

  it("an HMAC token finds no RSA key of the tenant; an algorithm validate-jwt does not list is refused", async () => {
    const { apim } = setup();
    const hmac = await mintJwt({
      key: { symmetric: TEST_SYMMETRIC_KEYS.issuer },
      now: apim.clock,
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      claims: { azp: CLIENT },
    });
    expect((await failure(apim, hmac)).reason).toBe("TokenSignatureInvalid");
    const es = `${Buffer.from('{"alg":"ES256"}').toString("base64url")}.${Buffer.from("{}").toString("base64url")}.c2ln`;
    await expect(apim.send(bearer(es))).rejects.toThrow(/alg 'ES256'/);
  });
});

describe("validate-azure-ad-token: success", () => {
  it("without output-token-variable-name no variable is set", async () => {
    const { apim, v1 } = setup();
    const result = await apim.send(bearer(await v1()));
    expect(result).toHaveReachedBackend();
    expect(result.variables).toEqual({});
  });

  it("header-name Authorization still needs the Bearer scheme; a custom header's value is the token as is", async () => {
    const named = setup({ headerName: "Authorization" });
    const token = await named.v2();
    expect(await named.apim.send({ headers: { Authorization: token } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
    expect(await named.apim.send(bearer(token))).toHaveReachedBackend();
  });
});
