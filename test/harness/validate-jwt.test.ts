// validate-jwt in the harness: where the token comes from, signatures (symmetric, RSA n/e, an
// uploaded certificate), unsigned tokens, lifetime with clock-skew on the virtual clock, audience,
// issuer, required claims, and the failure response and LastError for each documented failure.
// Reasons and messages: Microsoft, "Error handling in API Management policies", Predefined errors
// for policies (validate-jwt rows); statuses and defaults: validate-jwt-policy.md, Attributes.
// The "<message from jwt library>" texts, the check order and the body message without
// failed-validation-error-message are the project's choices (docs/project-choices.md).
import { readFileSync } from "node:fs";
import { createPrivateKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  base,
  choose,
  policy,
  returnResponse,
  setStatus,
  validateJwt,
  when,
  type Jwt,
  type ValidateJwtOptions,
} from "apim-ts";
import {
  createGateway,
  mintJwt,
  rsaPublicKey,
  TEST_RSA_KEYS,
  TEST_SYMMETRIC_KEYS,
  testTokens,
  type MintJwtOptions,
} from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

const ISSUER = "https://issuer.contoso.example/";
const AUDIENCE = "https://api.contoso.example";

function gateway(options: Partial<ValidateJwtOptions> = {}, extra = {}) {
  return createGateway({
    namedValues: { "jwt-signing-key": TEST_SYMMETRIC_KEYS.issuer },
    policies: {
      operation: policy({
        inbound: [
          validateJwt({
            headerName: "Authorization",
            issuerSigningKeys: [{ value: "{{jwt-signing-key}}" }],
            audiences: [AUDIENCE],
            issuers: [ISSUER],
            ...options,
          } as ValidateJwtOptions),
        ],
        backend: [base()],
      }),
    },
    ...extra,
  });
}

const hmac = (now: MintJwtOptions["now"], change: Partial<MintJwtOptions> = {}) =>
  testTokens({
    key: { symmetric: TEST_SYMMETRIC_KEYS.issuer },
    now,
    issuer: ISSUER,
    audience: AUDIENCE,
    subject: "alice",
    claims: { group: ["finance", "hr"], roles: "reader,writer" },
    ...change,
  });

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe("validate-jwt: a valid token", () => {
  it("passes with an HS256 token from a named-value key (the page's simple example)", async () => {
    const apim = gateway();
    const token = await hmac(apim.clock).valid();
    expect(await apim.send(bearer(token))).toHaveReachedBackend();
  });

  it("passes with an RSA key given as n and e, RS256, RS512 and PS256", async () => {
    const apim = gateway({ issuerSigningKeys: [rsaPublicKey(TEST_RSA_KEYS.issuer)] });
    for (const alg of ["RS256", "RS512", "PS256"]) {
      const token = await hmac(apim.clock, { key: { rsa: TEST_RSA_KEYS.issuer }, alg }).valid();
      expect(await apim.send(bearer(token))).toHaveReachedBackend();
    }
  });

  it("passes with the public key of an uploaded certificate (certificate-id)", async () => {
    const deployment = {
      certificates: [{ id: "signing-cert", certificate: certs.unprotectedApi }],
    };
    const apim = gateway(
      { issuerSigningKeys: [{ certificateId: "signing-cert" }] },
      { deployment },
    );
    const pem = readFileSync(
      new URL("../../certs/dev-unprotected-api.key", import.meta.url),
      "utf8",
    );
    const jwk = createPrivateKey(pem).export({ format: "jwk" }) as MintJwtOptions["claims"];
    const token = await hmac(apim.clock, { key: { rsa: jwk as never } }).valid();
    expect(await apim.send(bearer(token))).toHaveReachedBackend();
    const other = await hmac(apim.clock, { key: { rsa: TEST_RSA_KEYS.other } }).valid();
    expect(await apim.send(bearer(other))).toBeRejectedWith(401, "TokenSignatureInvalid");
  });

  it("tries each key in turn (token rollover) and prefers the key whose id is the kid", async () => {
    const apim = gateway({
      issuerSigningKeys: [
        { id: "old", value: TEST_SYMMETRIC_KEYS.other },
        { id: "new", value: TEST_SYMMETRIC_KEYS.issuer },
      ],
    });
    const noKid = await hmac(apim.clock).valid();
    expect(await apim.send(bearer(noKid))).toHaveReachedBackend();
    const withKid = await hmac(apim.clock, { kid: "new" }).valid();
    expect(await apim.send(bearer(withKid))).toHaveReachedBackend();
  });

  it("stores the token as a Jwt in output-token-variable-name", async () => {
    const apim = gateway({ outputTokenVariableName: "jwt" });
    const token = await hmac(apim.clock, { jwtId: "id-1" }).valid();
    const result = await apim.send(bearer(token));
    const jwt = result.variables.jwt!;
    expect(jwt.type).toBe("Jwt");
    const value = jwt.value as Record<string, unknown> & { Claims: Record<string, unknown> };
    expect(value).toMatchObject({
      Algorithm: "HS256",
      Issuer: ISSUER,
      Subject: "alice",
      Id: "id-1",
    });
    expect([...(value.Audiences as Iterable<string>)]).toEqual([AUDIENCE]);
    // Jwt.Claims.GetValueOrDefault: "comma-separated claim values" (api-management-policy-expressions.md).
    const claims = value.Claims as { GetValueOrDefault(name: string, d: string): string };
    expect(claims.GetValueOrDefault("group", "none")).toBe("finance,hr");
    expect(claims.GetValueOrDefault("missing", "none")).toBe("none");
  });
});

describe("validate-jwt: where the token comes from", () => {
  it("no token: TokenNotPresent, 401, 'JWT not present.'", async () => {
    const result = await gateway().send();
    // Predefined errors for policies: TokenNotPresent / "JWT not present." (validate-jwt-policy.md,
    // Attributes: default status 401, default message e.g. "JWT not present.").
    expect(result).toBeRejectedWith(401, "TokenNotPresent");
    expect(result.lastError).toMatchObject({ Source: "validate-jwt", Message: "JWT not present." });
    expect(JSON.parse(result.body)).toEqual({ statusCode: 401, message: "JWT not present." });
    // No page documents a WWW-Authenticate header here (project's choice: none).
    expect(result.header("WWW-Authenticate")).toBeNull();
  });

  it("failed-validation-httpcode and failed-validation-error-message shape the response, not LastError", async () => {
    const result = await gateway({
      failedValidationHttpCode: 403,
      failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
    }).send();
    expect(result).toBeRejectedWith(403, "TokenNotPresent");
    expect(JSON.parse(result.body)).toEqual({
      statusCode: 403,
      message: "Unauthorized. Access token is missing or invalid.",
    });
    expect(result.lastError!.Message).toBe("JWT not present.");
  });

  it("require-scheme: the Authorization header must carry that scheme", async () => {
    const apim = gateway({ requireScheme: "Bearer" });
    const token = await hmac(apim.clock).valid();
    expect(await apim.send(bearer(token))).toHaveReachedBackend();
    expect(await apim.send({ headers: { Authorization: token } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
    expect(await apim.send({ headers: { Authorization: `Basic ${token}` } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
  });

  it("a custom header's value is the token as is; require-scheme is ignored there (Usage notes)", async () => {
    const apim = gateway({ headerName: "X-Jwt", requireScheme: "Bearer" });
    const token = await hmac(apim.clock).valid();
    expect(await apim.send({ headers: { "X-Jwt": token } })).toHaveReachedBackend();
    expect(await apim.send({ headers: { "X-Jwt": `Bearer ${token}` } })).toBeRejectedWith(
      401,
      "JwtInvalid",
    );
  });

  it("a query parameter or a token-value expression", async () => {
    const byQuery = gateway({ headerName: undefined, queryParameterName: "access_token" });
    const token = await hmac(byQuery.clock).valid();
    expect(await byQuery.send({ url: `/?access_token=${token}` })).toHaveReachedBackend();
    expect(await byQuery.send()).toBeRejectedWith(401, "TokenNotPresent");
    const byValue = gateway({
      headerName: undefined,
      tokenValue: (context) => context.Request.Headers.GetValueOrDefault("X-Token", ""),
    });
    expect(await byValue.send({ headers: { "X-Token": token } })).toHaveReachedBackend();
    expect(await byValue.send()).toBeRejectedWith(401, "TokenNotPresent");
  });

  it("a value that is not a JWT: JwtInvalid (other validation failures), no 'Access denied.'", async () => {
    const result = await gateway().send(bearer("not-a-token"));
    expect(result).toBeRejectedWith(401, "JwtInvalid");
    expect(result.lastError!.Message).not.toMatch(/Access denied\.$/);
  });
});

describe("validate-jwt: each documented failure", () => {
  it("wrong key: TokenSignatureInvalid", async () => {
    const apim = gateway();
    const result = await apim.send(bearer(await hmac(apim.clock).wrongKey()));
    expect(result).toBeRejectedWith(401, "TokenSignatureInvalid");
    expect(result.lastError).toMatchObject({ Source: "validate-jwt" });
    // "<message from jwt library>. Access denied."
    expect(result.lastError!.Message).toMatch(
      /^Signature validation failed\..*\. Access denied\.$/,
    );
    expect(JSON.parse(result.body)).toEqual({
      statusCode: 401,
      message: result.lastError!.Message,
    });
  });

  it("a kid no key carries: TokenSignatureKeyNotFound", async () => {
    const apim = gateway({ issuerSigningKeys: [{ id: "k1", value: TEST_SYMMETRIC_KEYS.other }] });
    const result = await apim.send(bearer(await hmac(apim.clock, { kid: "k9" }).valid()));
    expect(result).toBeRejectedWith(401, "TokenSignatureKeyNotFound");
    expect(result.lastError!.Message).toMatch(/k9.*\. Access denied\.$/);
  });

  it("alg none: TokenSignatureInvalid unless require-signed-tokens is false", async () => {
    const apim = gateway();
    const unsigned = await hmac(apim.clock).unsigned();
    expect(await apim.send(bearer(unsigned))).toBeRejectedWith(401, "TokenSignatureInvalid");
    const lenient = gateway({ requireSignedTokens: false });
    expect(await lenient.send(bearer(unsigned))).toHaveReachedBackend();
    // A signed token is still verified when unsigned ones are allowed.
    const wrong = await hmac(lenient.clock).wrongKey();
    expect(await lenient.send(bearer(wrong))).toBeRejectedWith(401, "TokenSignatureInvalid");
  });

  it("expired: TokenExpired; clock-skew extends the lifetime on the virtual clock", async () => {
    const apim = gateway();
    const token = await hmac(apim.clock, { expiresIn: 60 }).valid();
    expect(await apim.send(bearer(token))).toHaveReachedBackend();
    apim.clock.advance({ seconds: 61 });
    const result = await apim.send(bearer(token));
    expect(result).toBeRejectedWith(401, "TokenExpired");
    expect(result.lastError!.Message).toMatch(/expired.*\. Access denied\.$/);
    const skewed = gateway({ clockSkew: 120 });
    skewed.clock.set(apim.clock.now());
    expect(await skewed.send(bearer(token))).toHaveReachedBackend();
    skewed.clock.advance({ seconds: 120 });
    expect(await skewed.send(bearer(token))).toBeRejectedWith(401, "TokenExpired");
  });

  it("not yet valid: JwtInvalid (not a listed reason: other validation failures)", async () => {
    const apim = gateway();
    const token = await hmac(apim.clock).notYetValid();
    expect(await apim.send(bearer(token))).toBeRejectedWith(401, "JwtInvalid");
    apim.clock.advance({ hours: 1 });
    expect(await apim.send(bearer(token))).toHaveReachedBackend();
  });

  it("no exp: refused unless require-expiration-time is false (Usage notes)", async () => {
    const apim = gateway();
    const token = await hmac(apim.clock).withoutExpiration();
    expect(await apim.send(bearer(token))).toBeRejectedWith(401, "JwtInvalid");
    expect(
      await gateway({ requireExpirationTime: false }).send(bearer(token)),
    ).toHaveReachedBackend();
  });

  it("wrong audience: TokenAudienceNotAllowed; any listed audience passes", async () => {
    const apim = gateway();
    const result = await apim.send(bearer(await hmac(apim.clock).wrongAudience()));
    expect(result).toBeRejectedWith(401, "TokenAudienceNotAllowed");
    expect(result.lastError!.Message).toMatch(/\. Access denied\.$/);
    const two = gateway({ audiences: ["https://not-this-api.example", AUDIENCE] });
    expect(await two.send(bearer(await hmac(two.clock).valid()))).toHaveReachedBackend();
  });

  it("audiences from an expression (the page's context.Request.OriginalUrl.Host)", async () => {
    const apim = gateway({ audiences: [(context) => context.Request.OriginalUrl.Host] });
    const result = await apim.send({
      url: "https://contoso.azure-api.net/",
      ...bearer(await hmac(apim.clock, { audience: "contoso.azure-api.net" }).valid()),
    });
    expect(result).toHaveReachedBackend();
  });

  it("wrong issuer: TokenIssuerNotAllowed", async () => {
    const apim = gateway();
    const result = await apim.send(bearer(await hmac(apim.clock).wrongIssuer()));
    expect(result).toBeRejectedWith(401, "TokenIssuerNotAllowed");
    expect(result.lastError!.Message).toMatch(/\. Access denied\.$/);
  });

  it("missing claims: TokenClaimNotFound naming every missing claim", async () => {
    const apim = gateway({
      requiredClaims: [{ name: "group" }, { name: "tenant" }, { name: "sub" }],
    });
    const result = await apim.send(bearer(await hmac(apim.clock).missingClaim("group")));
    expect(result).toBeRejectedWith(401, "TokenClaimNotFound");
    // "JWT token is missing the following claims: <c1>, <c2>, … Access denied."
    expect(result.lastError!.Message).toBe(
      "JWT token is missing the following claims: group, tenant. Access denied.",
    );
  });

  it("claim values: match all / any and separator; TokenClaimValueNotAllowed", async () => {
    const any = gateway({
      requiredClaims: [{ name: "group", match: "any", values: ["finance", "logistics"] }],
    });
    const token = await hmac(any.clock).valid();
    expect(await any.send(bearer(token))).toHaveReachedBackend();
    const all = gateway({
      requiredClaims: [{ name: "group", match: "all", values: ["finance", "logistics"] }],
    });
    const result = await all.send(bearer(token));
    expect(result).toBeRejectedWith(401, "TokenClaimValueNotAllowed");
    // "Claim {claim-name} value of {claim-value} is not allowed. Access denied."
    expect(result.lastError!.Message).toBe(
      "Claim group value of finance,hr is not allowed. Access denied.",
    );
    const split = gateway({
      requiredClaims: [{ name: "roles", separator: ",", values: ["reader", "writer"] }],
    });
    expect(await split.send(bearer(token))).toHaveReachedBackend();
    const unsplit = gateway({ requiredClaims: [{ name: "roles", values: ["reader"] }] });
    expect(await unsplit.send(bearer(token))).toBeRejectedWith(401, "TokenClaimValueNotAllowed");
  });

  it("on-error sees the failure in context.LastError", async () => {
    const apim = createGateway({
      namedValues: { "jwt-signing-key": TEST_SYMMETRIC_KEYS.issuer },
      policies: {
        operation: policy({
          inbound: [validateJwt({ headerName: "Authorization", id: "auth" })],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    expect(result.lastError).toMatchObject({
      Source: "validate-jwt",
      Reason: "TokenNotPresent",
      PolicyId: "auth",
      Section: "inbound",
    });
  });
});

describe("validate-jwt: refusals where the docs are silent", () => {
  it("refuses an encrypted (five-part) token and an algorithm the page does not list", async () => {
    const apim = gateway();
    await expect(apim.send(bearer("a.b.c.d.e"))).rejects.toThrow(/encrypted tokens/);
    const es = `${Buffer.from('{"alg":"ES256"}').toString("base64url")}.${Buffer.from("{}").toString("base64url")}.c2ln`;
    await expect(apim.send(bearer(es))).rejects.toThrow(/alg 'ES256'/);
  });

  it("refuses a certificate-id that is not uploaded", async () => {
    const apim = gateway({ issuerSigningKeys: [{ certificateId: "missing" }] });
    const token = await mintJwt({ key: { rsa: TEST_RSA_KEYS.issuer }, now: apim.clock });
    await expect(apim.send(bearer(token))).rejects.toThrow(/no certificate with id 'missing'/);
  });
});

describe("validate-jwt: the reference page's claims example end to end", () => {
  // validate-jwt-policy.md, Examples, "Authorize access to operations based on token claims":
  // a token of group finance or logistics passes validate-jwt; a POST needs finance.
  const apim = () =>
    createGateway({
      namedValues: { "jwt-signing-key": TEST_SYMMETRIC_KEYS.issuer },
      policies: {
        operation: policy({
          inbound: [
            validateJwt({
              headerName: "Authorization",
              requireScheme: "Bearer",
              outputTokenVariableName: "jwt",
              issuerSigningKeys: [{ value: "{{jwt-signing-key}}" }],
              audiences: [(context) => context.Request.OriginalUrl.Host],
              issuers: ["contoso.com"],
              requiredClaims: [{ name: "group", match: "any", values: ["finance", "logistics"] }],
            }),
            choose(
              when(
                (context) =>
                  context.Request.Method === "POST" &&
                  !(context.Variables["jwt"] as Jwt | null)!.Claims["group"]!.includes("finance"),
                [returnResponse([setStatus(403, "Forbidden")])],
              ),
            ),
          ],
          backend: [base()],
        }),
      },
    });
  const token = (gateway: ReturnType<typeof apim>, group: string) =>
    mintJwt({
      key: { symmetric: TEST_SYMMETRIC_KEYS.issuer },
      now: gateway.clock,
      issuer: "contoso.com",
      audience: "contoso.azure-api.net",
      claims: { group },
    });
  const send = async (gateway: ReturnType<typeof apim>, method: string, group: string) =>
    gateway.send({
      method,
      url: "https://contoso.azure-api.net/",
      headers: { Authorization: `Bearer ${await token(gateway, group)}` },
    });

  it("logistics may read but not POST; finance may POST; others fail validate-jwt", async () => {
    const gateway = apim();
    expect(await send(gateway, "GET", "logistics")).toHaveReachedBackend();
    const post = await send(gateway, "POST", "logistics");
    expect(post.status).toBe(403);
    expect(post.backendCalls).toHaveLength(0);
    expect(await send(gateway, "POST", "finance")).toHaveReachedBackend();
    expect(await send(gateway, "GET", "sales")).toBeRejectedWith(401, "TokenClaimValueNotAllowed");
  });
});
