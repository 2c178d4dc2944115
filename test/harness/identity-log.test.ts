// What the execution log says for the identity policies: which user, certificate, identity, key
// or connection the harness used, and whether a token came from a cache, so a test author can see
// why a request passed. The log is the harness's own report (result.logText); the facts in it are
// the policies' (validate-jwt-policy.md, Elements, issuer-signing-keys: "each key is tried until
// ... one succeeds"; authentication-managed-identity-policy.md and credentials-overview.md: tokens
// are cached until they expire; get-authorization-context-policy.md, Attributes, ignore-error:
// "the context variable is assigned a value of null").
import { describe, expect, it } from "vitest";
import {
  authenticationBasic,
  authenticationCertificate,
  authenticationManagedIdentity,
  base,
  forwardRequest,
  getAuthorizationContext,
  policy,
  validateAzureAdToken,
  validateJwt,
  type PolicySections,
} from "apim-ts";
import { createGateway, fakeEntraIssuer, mintJwt, TEST_SYMMETRIC_KEYS } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

const inbound = (statements: PolicySections["inbound"]) =>
  policy({ inbound: statements, backend: [forwardRequest()] });

describe("the log of the authentication policies", () => {
  it("authentication-basic names the user; authentication-certificate the thumbprint and id", async () => {
    const result = await createGateway({
      deployment: { certificates: [{ id: "api-cert", certificate: certs.unprotectedApi }] },
      policies: {
        api: inbound([
          authenticationBasic({ username: "Aladdin", password: "open sesame" }),
          authenticationCertificate({ certificateId: "api-cert" }),
        ]),
      },
    }).send();
    expect(result.logText).toContain("authentication-basic as Aladdin");
    expect(result.logText).toContain(
      `authentication-certificate ${certs.unprotectedApi.thumbprint} (api-cert)`,
    );
  });

  it("authentication-managed-identity: a new token, then the cached one, for the identity used", async () => {
    const apim = createGateway({
      managedIdentity: { systemAssigned: {}, userAssigned: { "client-1": {} } },
      policies: {
        api: inbound([
          authenticationManagedIdentity({ resource: "https://graph.microsoft.com" }),
          authenticationManagedIdentity({
            resource: "https://vault.azure.net",
            clientId: "client-1",
          }),
        ]),
      },
    });
    const first = await apim.send();
    expect(first.logText).toContain(
      "authentication-managed-identity: new token for https://graph.microsoft.com (system-assigned identity)",
    );
    expect(first.logText).toContain(
      "authentication-managed-identity: new token for https://vault.azure.net (identity client-1)",
    );
    const second = await apim.send();
    expect(second.logText).toContain(
      "authentication-managed-identity: cached token for https://graph.microsoft.com (system-assigned identity)",
    );
  });

  it("authentication-managed-identity with ignore-error: why there is no token", async () => {
    const result = await createGateway({
      managedIdentity: { systemAssigned: { failure: "Entra ID down" } },
      policies: {
        api: inbound([
          authenticationManagedIdentity({
            resource: "https://graph.microsoft.com",
            ignoreError: true,
          }),
        ]),
      },
    }).send();
    expect(result.logText).toMatch(
      /authentication-managed-identity: no token for https:\/\/graph\.microsoft\.com \(.*Entra ID down.*\); ignore-error, going on/,
    );
  });

  it("get-authorization-context: the stored token, a refreshed one, and a null variable with ignore-error", async () => {
    const apim = createGateway({
      credentialManager: {
        providers: {
          "github-01": {
            connections: {
              "auth-01": { accessToken: "gho_1", tokenLifetime: 60 },
              "auth-off": { status: "disconnected" },
            },
          },
        },
      },
      policies: {
        api: inbound([
          getAuthorizationContext({
            providerId: "github-01",
            authorizationId: "auth-01",
            contextVariableName: "auth-context",
          }),
          getAuthorizationContext({
            providerId: "github-01",
            authorizationId: "auth-off",
            contextVariableName: "off",
            ignoreError: true,
          }),
        ]),
      },
    });
    const first = await apim.send();
    expect(first.logText).toContain("get-authorization-context: stored token of github-01/auth-01");
    expect(first.logText).toMatch(/get-authorization-context: .+; ignore-error, off = null/);
    apim.clock.advance({ seconds: 61 });
    expect((await apim.send()).logText).toContain(
      "get-authorization-context: refreshed token of github-01/auth-01",
    );
  });
});

describe("the log of the token validation policies", () => {
  it("validate-jwt names the key that verified the signature, then says the token is valid", async () => {
    const apim = createGateway({
      policies: {
        api: policy({
          inbound: [
            validateJwt({
              headerName: "Authorization",
              issuerSigningKeys: [
                { value: TEST_SYMMETRIC_KEYS.other },
                { value: TEST_SYMMETRIC_KEYS.issuer },
              ],
            }),
          ],
          backend: [base()],
        }),
      },
    });
    const token = await mintJwt({
      key: { symmetric: TEST_SYMMETRIC_KEYS.issuer },
      now: apim.clock,
    });
    const result = await apim.send({ headers: { Authorization: `Bearer ${token}` } });
    expect(result.logText).toContain(
      "validate-jwt: signature verified with issuer-signing-keys key 2",
    );
    expect(result.logText).toContain("validate-jwt: token valid");
  });

  it("validate-azure-ad-token names the tenant's discovery document, then says the token is valid", async () => {
    const entra = fakeEntraIssuer({ tenantId: "tenant-1" });
    const apim = createGateway({
      services: { ...entra.services },
      policies: {
        api: policy({
          inbound: [validateAzureAdToken({ tenantId: "tenant-1", clientApplicationIds: ["app"] })],
          backend: [base()],
        }),
      },
    });
    const token = await entra.mintV2({ now: apim.clock, clientId: "app" });
    const result = await apim.send({ headers: { Authorization: `Bearer ${token}` } });
    expect(result.logText).toContain(
      "validate-azure-ad-token: signature verified with openid-config " +
        "https://login.microsoftonline.com/tenant-1/v2.0/.well-known/openid-configuration",
    );
    expect(result.logText).toContain("validate-azure-ad-token: token valid");
  });
});
