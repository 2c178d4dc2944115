// validate-jwt at the edges of each check: the lifetime boundaries with and without clock-skew,
// claims of the wrong type, audiences and issuers that are not configured, required claims without
// values or with non-string values, the token sources' trimming and scheme matching, the keys'
// Base64 text, and the exact LastError texts. Reasons: Microsoft, "Error handling in API
// Management policies", Predefined errors for policies (validate-jwt rows); attributes and
// defaults: validate-jwt-policy.md (Attributes, Elements, claim attributes, Usage notes). The
// "<message from jwt library>" texts are the project's (docs/project-choices.md, "validate-jwt's
// '<message from jwt library>' texts"); the table fixes their ending ". Access denied." for every
// row but JwtInvalid ("<message from jwt library>", no ending).
import { describe, expect, it } from "vitest";
import { base, policy, validateJwt, type ValidateJwtOptions } from "apim-ts";
import {
  createGateway,
  mintJwt,
  rsaPublicKey,
  TEST_RSA_KEYS,
  TEST_SYMMETRIC_KEYS,
  type MintJwtOptions,
} from "apim-ts/harness";

const ISSUER = "https://issuer.contoso.example/";
const AUDIENCE = "https://api.contoso.example";

function gateway(options: Partial<ValidateJwtOptions> = {}, namedValues = {}) {
  return createGateway({
    namedValues,
    policies: {
      operation: policy({
        inbound: [
          validateJwt({
            headerName: "Authorization",
            issuerSigningKeys: [{ value: TEST_SYMMETRIC_KEYS.issuer }],
            audiences: [AUDIENCE],
            issuers: [ISSUER],
            ...options,
          } as ValidateJwtOptions),
        ],
        backend: [base()],
      }),
    },
  });
}

type Gateway = ReturnType<typeof gateway>;

const token = (apim: Gateway, change: Partial<MintJwtOptions> = {}) =>
  mintJwt({
    key: { symmetric: TEST_SYMMETRIC_KEYS.issuer },
    now: apim.clock,
    issuer: ISSUER,
    audience: AUDIENCE,
    claims: { group: ["finance", "hr"], roles: "reader,writer", level: 5 },
    ...change,
  });

const bearer = (value: string) => ({ headers: { Authorization: `Bearer ${value}` } });

async function failure(apim: Gateway, value: string) {
  const result = await apim.send(bearer(value));
  return { reason: result.lastError?.Reason, message: result.lastError?.Message };
}

describe("validate-jwt: lifetime at its boundaries (the virtual clock starts 2026-06-01T12:00:00Z)", () => {
  it("valid up to and including exp; expired one second later, with the times in the message", async () => {
    const apim = gateway();
    const value = await token(apim, { expiresIn: 60 });
    apim.clock.advance({ seconds: 60 });
    expect(await apim.send(bearer(value))).toHaveReachedBackend();
    apim.clock.advance({ seconds: 1 });
    expect(await failure(apim, value)).toEqual({
      reason: "TokenExpired",
      message:
        "Lifetime validation failed. The token is expired. ValidTo: '2026-06-01T12:01:00.000Z', " +
        "Current time: '2026-06-01T12:01:01.000Z'. Access denied.",
    });
  });

  it("clock-skew (seconds) extends exp exactly by its value (Attributes, clock-skew)", async () => {
    const apim = gateway({ clockSkew: 30 });
    const value = await token(apim, { expiresIn: 60 });
    apim.clock.advance({ seconds: 90 });
    expect(await apim.send(bearer(value))).toHaveReachedBackend();
    apim.clock.advance({ seconds: 1 });
    expect(await apim.send(bearer(value))).toBeRejectedWith(401, "TokenExpired");
  });

  it("not yet valid until nbf, moved earlier by clock-skew; the message names both times", async () => {
    const apim = gateway();
    const value = await token(apim, { notBefore: 600, expiresIn: 7200 });
    // JwtInvalid: "Other validation failures", whose message has no "Access denied." ending.
    expect(await failure(apim, value)).toEqual({
      reason: "JwtInvalid",
      message:
        "Lifetime validation failed. The token is not yet valid. ValidFrom: '2026-06-01T12:10:00.000Z', " +
        "Current time: '2026-06-01T12:00:00.000Z'",
    });
    apim.clock.advance({ seconds: 599 });
    expect(await apim.send(bearer(value))).toBeRejectedWith(401, "JwtInvalid");
    apim.clock.advance({ seconds: 1 });
    expect(await apim.send(bearer(value))).toHaveReachedBackend();

    const skewed = gateway({ clockSkew: 60 });
    const early = await token(skewed, { notBefore: 600, expiresIn: 7200 });
    skewed.clock.advance({ seconds: 539 });
    expect(await skewed.send(bearer(early))).toBeRejectedWith(401, "JwtInvalid");
    skewed.clock.advance({ seconds: 1 });
    expect(await skewed.send(bearer(early))).toHaveReachedBackend();
  });

  it("exp or nbf that is not a NumericDate (RFC 7519, section 4.1.4/4.1.5) is JwtInvalid", async () => {
    const apim = gateway();
    expect(await failure(apim, await token(apim, { claims: { exp: "tomorrow" } }))).toEqual({
      reason: "JwtInvalid",
      message: "The token's exp claim is not a NumericDate",
    });
    expect(await failure(apim, await token(apim, { claims: { nbf: "today" } }))).toEqual({
      reason: "JwtInvalid",
      message: "The token's nbf claim is not a NumericDate",
    });
  });

  it("without exp: JwtInvalid with its message; require-expiration-time false still rejects an expired token", async () => {
    const apim = gateway();
    expect(await failure(apim, await token(apim, { expiresIn: null }))).toEqual({
      reason: "JwtInvalid",
      message: "Lifetime validation failed. The token is missing an Expiration Time",
    });
    const lenient = gateway({ requireExpirationTime: false });
    const expired = await token(lenient, { expiresIn: -1 });
    expect(await lenient.send(bearer(expired))).toBeRejectedWith(401, "TokenExpired");
  });
});

describe("validate-jwt: audiences and issuers", () => {
  it("an aud array passes when any of its values is listed; the message lists both sides", async () => {
    const apim = gateway({ audiences: ["https://a.example", "https://b.example"] });
    const listed = await token(apim, { audience: ["https://x.example", "https://b.example"] });
    expect(await apim.send(bearer(listed))).toHaveReachedBackend();
    const other = await token(apim, { audience: ["https://x.example", "https://y.example"] });
    expect(await failure(apim, other)).toEqual({
      reason: "TokenAudienceNotAllowed",
      message:
        "Audience validation failed. Audiences: 'https://x.example, https://y.example'. " +
        "Did not match any of: 'https://a.example, https://b.example'. Access denied.",
    });
    expect((await failure(apim, await token(apim, { audience: undefined }))).message).toBe(
      "Audience validation failed. Audiences: ''. Did not match any of: " +
        "'https://a.example, https://b.example'. Access denied.",
    );
  });

  it("without <audiences> or <issuers> (and no openid-config) aud and iss are not checked", async () => {
    const apim = gateway({ audiences: undefined, issuers: undefined });
    const value = await token(apim, { audience: "https://else.example", issuer: "someone" });
    expect(await apim.send(bearer(value))).toHaveReachedBackend();
  });

  it("an issuer not listed, or none: TokenIssuerNotAllowed naming it", async () => {
    const apim = gateway({ issuers: ["https://one.example/", ISSUER] });
    expect(await failure(apim, await token(apim, { issuer: "https://two.example/" }))).toEqual({
      reason: "TokenIssuerNotAllowed",
      message:
        "Issuer validation failed. Issuer: 'https://two.example/'. Did not match any of: " +
        `'https://one.example/, ${ISSUER}'. Access denied.`,
    });
    expect((await failure(apim, await token(apim, { issuer: undefined }))).message).toBe(
      `Issuer validation failed. Issuer: ''. Did not match any of: 'https://one.example/, ${ISSUER}'. Access denied.`,
    );
  });
});

describe("validate-jwt: required claims (Elements, required-claims; claim attributes)", () => {
  it("a claim without values needs only to be present", async () => {
    const apim = gateway({ requiredClaims: [{ name: "group" }, { name: "roles" }] });
    expect(await apim.send(bearer(await token(apim)))).toHaveReachedBackend();
  });

  it("match defaults to all: every listed value must be among the token's", async () => {
    const both = gateway({ requiredClaims: [{ name: "group", values: ["finance", "hr"] }] });
    expect(await both.send(bearer(await token(both)))).toHaveReachedBackend();
    const extra = gateway({ requiredClaims: [{ name: "group", values: ["finance", "sales"] }] });
    expect(await extra.send(bearer(await token(extra)))).toBeRejectedWith(
      401,
      "TokenClaimValueNotAllowed",
    );
  });

  it("match any fails only when no value is present; separator splits a string claim", async () => {
    const none = gateway({
      requiredClaims: [{ name: "roles", match: "any", separator: ",", values: ["admin", "owner"] }],
    });
    expect(await failure(none, await token(none))).toEqual({
      reason: "TokenClaimValueNotAllowed",
      message: "Claim roles value of reader,writer is not allowed. Access denied.",
    });
    const one = gateway({
      requiredClaims: [
        { name: "roles", match: "any", separator: ",", values: ["admin", "writer"] },
      ],
    });
    expect(await one.send(bearer(await token(one)))).toHaveReachedBackend();
  });

  it("a numeric claim compares as its JSON text (project's choice for non-string claims)", async () => {
    const apim = gateway({ requiredClaims: [{ name: "level", values: ["5"] }] });
    expect(await apim.send(bearer(await token(apim)))).toHaveReachedBackend();
    const six = gateway({ requiredClaims: [{ name: "level", values: ["6"] }] });
    expect((await failure(six, await token(six))).message).toBe(
      "Claim level value of 5 is not allowed. Access denied.",
    );
  });

  it("the first claim whose values do not match is the one reported", async () => {
    const apim = gateway({
      requiredClaims: [
        { name: "group", values: ["finance"] },
        { name: "roles", values: ["admin"] },
        { name: "level", values: ["9"] },
      ],
    });
    expect((await failure(apim, await token(apim))).message).toBe(
      "Claim roles value of reader,writer is not allowed. Access denied.",
    );
  });
});

describe("validate-jwt: signatures and keys", () => {
  it("no key at all: TokenSignatureInvalid, no security keys provided", async () => {
    const apim = gateway({ issuerSigningKeys: undefined });
    expect(await failure(apim, await token(apim))).toEqual({
      reason: "TokenSignatureInvalid",
      message:
        "Signature validation failed. No security keys were provided to validate the signature. Access denied.",
    });
  });

  it("an unsigned token and a token no key verifies have their own messages", async () => {
    const apim = gateway();
    expect(await failure(apim, await token(apim, { key: "none" }))).toEqual({
      reason: "TokenSignatureInvalid",
      message: "Signature validation failed. The token is not signed. Access denied.",
    });
    const other = await token(apim, { key: { symmetric: TEST_SYMMETRIC_KEYS.other } });
    expect(await failure(apim, other)).toEqual({
      reason: "TokenSignatureInvalid",
      message: "Signature validation failed. No key verifies the token's signature. Access denied.",
    });
  });

  it("a kid some key carries but whose key fails is TokenSignatureInvalid, an unknown kid TokenSignatureKeyNotFound", async () => {
    const apim = gateway({ issuerSigningKeys: [{ id: "k1", value: TEST_SYMMETRIC_KEYS.other }] });
    expect((await failure(apim, await token(apim, { kid: "k1" }))).reason).toBe(
      "TokenSignatureInvalid",
    );
    expect(await failure(apim, await token(apim, { kid: "k9" }))).toEqual({
      reason: "TokenSignatureKeyNotFound",
      message: "Signature validation failed. Unable to match key kid: 'k9'. Access denied.",
    });
  });

  it("a Base64 key written across lines verifies (white space is not Base64)", async () => {
    const key = TEST_SYMMETRIC_KEYS.issuer;
    const wrapped = `\n  ${key.slice(0, 10)}\n  ${key.slice(10)}\n`;
    const apim = gateway({ issuerSigningKeys: [{ value: wrapped }] });
    expect(await apim.send(bearer(await token(apim)))).toHaveReachedBackend();
  });

  it("an RSA token is not tried against a symmetric key, nor an HMAC token against an RSA key", async () => {
    const apim = gateway({
      issuerSigningKeys: [
        { value: TEST_SYMMETRIC_KEYS.issuer },
        rsaPublicKey(TEST_RSA_KEYS.issuer),
      ],
    });
    const rsa = await token(apim, { key: { rsa: TEST_RSA_KEYS.issuer } });
    expect(await apim.send(bearer(rsa))).toHaveReachedBackend();
    expect(await apim.send(bearer(await token(apim)))).toHaveReachedBackend();
    const rsaOnly = gateway({ issuerSigningKeys: [rsaPublicKey(TEST_RSA_KEYS.issuer)] });
    expect((await failure(rsaOnly, await token(rsaOnly))).reason).toBe("TokenSignatureInvalid");
  });

  it("refuses a key whose named value is empty: APIM would not accept the policy", async () => {
    const apim = gateway(
      { issuerSigningKeys: [{ value: "{{signing-key}}" }] },
      { "signing-key": " " },
    );
    await expect(apim.send(bearer(await token(apim)))).rejects.toThrow(/the key is empty/);
  });
});

describe("validate-jwt: where the token comes from, at the edges", () => {
  it("Authorization without require-scheme: '<scheme> <token>' gives its token, a bare value is the token", async () => {
    const apim = gateway();
    const value = await token(apim);
    expect(
      await apim.send({ headers: { Authorization: `Token ${value}` } }),
    ).toHaveReachedBackend();
    expect(await apim.send({ headers: { Authorization: value } })).toHaveReachedBackend();
    expect(
      await apim.send({ headers: { Authorization: `  Bearer ${value}  ` } }),
    ).toHaveReachedBackend();
  });

  it("require-scheme compares the scheme ignoring case (RFC 9110, section 11.1) on any spelling of Authorization", async () => {
    const apim = gateway({ headerName: "authorization", requireScheme: "Bearer" });
    const value = await token(apim);
    expect(
      await apim.send({ headers: { Authorization: `bearer ${value}` } }),
    ).toHaveReachedBackend();
    expect(await apim.send({ headers: { Authorization: `Basic ${value}` } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
  });

  it("a header of white space only, an empty query parameter or token-value is no token", async () => {
    const apim = gateway();
    expect(await apim.send({ headers: { Authorization: "   " } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
    const byQuery = gateway({ headerName: undefined, queryParameterName: "access_token" });
    expect(await byQuery.send({ url: "/?access_token=" })).toBeRejectedWith(401, "TokenNotPresent");
    expect(await byQuery.send({ url: "/?other=x" })).toBeRejectedWith(401, "TokenNotPresent");
    const value = await token(byQuery);
    expect(await byQuery.send({ url: `/?x=1&access_token=${value}` })).toHaveReachedBackend();
    const byValue = gateway({
      headerName: undefined,
      tokenValue: (context) => context.Request.Headers.GetValueOrDefault("X-Token", ""),
    });
    expect(await byValue.send({ headers: { "X-Token": " " } })).toBeRejectedWith(
      401,
      "TokenNotPresent",
    );
  }, 300_000);

  it("token-value is trimmed of surrounding white space", async () => {
    const apim = gateway({
      headerName: undefined,
      tokenValue: (context) => ` ${context.Request.Headers.GetValueOrDefault("X-Token", "")} `,
    });
    const value = await token(apim);
    expect(await apim.send({ headers: { "X-Token": value } })).toHaveReachedBackend();
  }, 300_000);
});

describe("validate-jwt: the failure answer", () => {
  it("failed-validation-httpcode gives the status and its reason phrase; the body keeps APIM's JSON shape", async () => {
    const apim = gateway({ failedValidationHttpCode: 403 });
    const result = await apim.send();
    expect(result.status).toBe(403);
    expect(result.reason).toBe("Forbidden");
    expect(JSON.parse(result.body)).toEqual({ statusCode: 403, message: "JWT not present." });
  });

  it("without output-token-variable-name no variable is set", async () => {
    const apim = gateway();
    const result = await apim.send(bearer(await token(apim)));
    expect(result).toHaveReachedBackend();
    expect(result.variables).toEqual({});
  });
});
