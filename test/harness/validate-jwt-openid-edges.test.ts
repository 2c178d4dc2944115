// validate-jwt's openid-config at its edges: discovery documents and key sets that cannot be used,
// keys that are not RSA signing keys, a configuration without issuer, and the refresh intervals at
// their boundaries on the virtual clock. validate-jwt-policy.md, Elements, openid-config: "pulled
// from the endpoint every 1 hour and cached. If the token being validated references a validation
// key (using kid claim) that is missing in cached configuration, or if retrieval fails, API
// Management pulls from the endpoint at most once per 5 min."; the document follows OpenID Connect
// Discovery 1.0, section 3 (issuer, jwks_uri), the key set RFC 7517 (section 4: kty, use, kid).
// An endpoint that cannot be read is JwtInvalid ("Other validation failures" in "Predefined errors
// for policies"; project's choice, docs/project-choices.md).
import { describe, expect, it } from "vitest";
import { base, policy, validateJwt, type ValidateJwtOptions } from "apim-ts";
import {
  createGateway,
  mintJwt,
  rsaPublicKey,
  TEST_RSA_KEYS,
  type MockResponse,
} from "apim-ts/harness";

const CONFIG = "https://login.contoso.example/tenant/.well-known/openid-configuration";
const JWKS = "https://login.contoso.example/tenant/keys";
const ISSUER = "https://login.contoso.example/tenant/v2.0";

interface Provider {
  /** The discovery document's body (or a status to fail with). */
  config: unknown;
  /** The key set's body. */
  jwks: unknown;
  status: number;
  readonly calls: string[];
  /** Each request's method and body, as the endpoint saw them. */
  readonly requests: { method: string; body: string }[];
}

const rsaKey = (kid: string, extra: Record<string, unknown> = {}) => ({
  kty: "RSA",
  kid,
  ...rsaPublicKey(TEST_RSA_KEYS.issuer),
  ...extra,
});

function provider(change: Partial<Provider> = {}): Provider {
  return {
    config: { issuer: ISSUER, jwks_uri: JWKS },
    jwks: { keys: [rsaKey("key-1", { use: "sig" })] },
    status: 200,
    calls: [],
    requests: [],
    ...change,
  };
}

function gateway(idp: Provider, options: Partial<ValidateJwtOptions> = {}) {
  const handler = (request: { url: string; method: string; body: string }): MockResponse => {
    idp.calls.push(request.url);
    idp.requests.push({ method: request.method, body: request.body });
    if (idp.status !== 200) return { status: idp.status, body: "" };
    const body = request.url === CONFIG ? idp.config : idp.jwks;
    return { body: typeof body === "string" ? body : JSON.stringify(body) };
  };
  return createGateway({
    services: { "https://login.contoso.example/": handler },
    policies: {
      operation: policy({
        inbound: [
          validateJwt({
            headerName: "Authorization",
            openidConfigs: [CONFIG],
            ...options,
          } as ValidateJwtOptions),
        ],
        backend: [base()],
      }),
    },
  });
}

type Gateway = ReturnType<typeof gateway>;

const token = (apim: Gateway, kid: string | null = "key-1", issuer = ISSUER) =>
  mintJwt({ key: { rsa: TEST_RSA_KEYS.issuer }, kid: kid ?? undefined, now: apim.clock, issuer });

async function send(apim: Gateway, value: string) {
  const result = await apim.send({ headers: { Authorization: `Bearer ${value}` } });
  return { reason: result.lastError?.Reason ?? null, message: result.lastError?.Message ?? null };
}

describe("validate-jwt openid-config: documents that cannot be used are JwtInvalid", () => {
  it("a discovery document that is not JSON, or has no jwks_uri", async () => {
    const text = gateway(provider({ config: "<html>" }));
    expect(await send(text, await token(text))).toEqual({
      reason: "JwtInvalid",
      message: `openid-config ${CONFIG} is not JSON`,
    });
    const noJwks = gateway(provider({ config: { issuer: ISSUER } }));
    expect(await send(noJwks, await token(noJwks))).toEqual({
      reason: "JwtInvalid",
      message: `openid-config ${CONFIG} has no jwks_uri`,
    });
  });

  it("a key set without a keys array; an endpoint answering another status", async () => {
    const noKeys = gateway(provider({ jwks: { key: [] } }));
    expect(await send(noKeys, await token(noKeys))).toEqual({
      reason: "JwtInvalid",
      message: `JWKS ${JWKS} has no keys`,
    });
    const down = gateway(provider({ status: 500 }));
    expect(await send(down, await token(down))).toEqual({
      reason: "JwtInvalid",
      message: `openid-config ${CONFIG} answered 500`,
    });
  });

  it("refuses a jwks_uri that no service mock answers, naming the JWKS", async () => {
    const elsewhere = gateway(
      provider({ config: { issuer: ISSUER, jwks_uri: "https://keys.elsewhere.example/jwks" } }),
    );
    await expect(
      elsewhere.send({ headers: { Authorization: `Bearer ${await token(elsewhere)}` } }),
    ).rejects.toThrow(/no service mock is configured for the JWKS https:\/\/keys\.elsewhere/);
  });
});

describe("validate-jwt openid-config: which keys and issuer are used", () => {
  it("an encryption key (use enc) or a key that is not RSA is skipped; a key without use is a signing key", async () => {
    // key-2 (another key) stays, so the set is not empty: key-1 is then not found by its kid.
    const other = { kty: "RSA", kid: "key-2", use: "sig", ...rsaPublicKey(TEST_RSA_KEYS.other) };
    const enc = gateway(provider({ jwks: { keys: [rsaKey("key-1", { use: "enc" }), other] } }));
    expect((await send(enc, await token(enc))).reason).toBe("TokenSignatureKeyNotFound");
    const ec = gateway(provider({ jwks: { keys: [rsaKey("key-1", { kty: "EC" }), other] } }));
    expect((await send(ec, await token(ec))).reason).toBe("TokenSignatureKeyNotFound");
    const plain = gateway(provider({ jwks: { keys: [rsaKey("key-1")] } }));
    expect(await send(plain, await token(plain))).toEqual({ reason: null, message: null });
  });

  it("a document without issuer adds none: iss is then checked only against <issuers>", async () => {
    const open = gateway(provider({ config: { jwks_uri: JWKS } }));
    const anyIssuer = await token(open, "key-1", "https://anyone.example/");
    expect(await send(open, anyIssuer)).toEqual({ reason: null, message: null });
    const listed = gateway(provider({ config: { jwks_uri: JWKS } }), {
      issuers: ["https://listed.example/"],
    });
    expect((await send(listed, anyIssuer)).reason).toBe("TokenIssuerNotAllowed");
  });

  it("<issuers> and the document's issuer are both accepted", async () => {
    const apim = gateway(provider(), { issuers: ["https://listed.example/"] });
    expect((await send(apim, await token(apim, "key-1", "https://listed.example/"))).reason).toBe(
      null,
    );
    expect((await send(apim, await token(apim))).reason).toBe(null);
  });
});

describe("validate-jwt openid-config: refresh intervals at their boundaries", () => {
  it("after a failed retrieval, no new pull before 5 minutes, a new one at 5 minutes", async () => {
    const idp = provider({ status: 503 });
    const apim = gateway(idp);
    expect((await send(apim, await token(apim))).reason).toBe("JwtInvalid");
    expect(idp.calls).toEqual([CONFIG]);
    idp.status = 200;
    apim.clock.advance({ minutes: 4, seconds: 59 });
    expect((await send(apim, await token(apim))).message).toBe(
      `openid-config ${CONFIG} could not be retrieved (retried at most once per 5 minutes)`,
    );
    expect(idp.calls).toEqual([CONFIG]);
    apim.clock.advance({ seconds: 1 });
    expect((await send(apim, await token(apim))).reason).toBe(null);
    expect(idp.calls).toEqual([CONFIG, CONFIG, JWKS]);
  });

  it("a failed hourly refresh keeps the cached keys and is retried 5 minutes later, not sooner", async () => {
    const idp = provider();
    const apim = gateway(idp);
    await send(apim, await token(apim));
    apim.clock.advance({ hours: 1 });
    idp.status = 503;
    expect((await send(apim, await token(apim))).reason).toBe(null);
    expect(idp.calls).toHaveLength(3);
    idp.status = 200;
    apim.clock.advance({ minutes: 4 });
    await send(apim, await token(apim));
    expect(idp.calls).toHaveLength(3);
    apim.clock.advance({ minutes: 1 });
    await send(apim, await token(apim));
    expect(idp.calls).toHaveLength(5);
  });

  it("a token without kid, or with a cached kid, does not pull again within the hour", async () => {
    const idp = provider();
    const apim = gateway(idp);
    await send(apim, await token(apim));
    apim.clock.advance({ minutes: 10 });
    expect((await send(apim, await token(apim, null))).reason).toBe(null);
    expect((await send(apim, await token(apim))).reason).toBe(null);
    expect(idp.calls).toHaveLength(2);
  });
});

describe("validate-jwt openid-config: the requests and documents, more edges", () => {
  it("both documents are fetched with GET and no body (OpenID Connect Discovery 1.0, section 4)", async () => {
    const idp = provider();
    const apim = gateway(idp);
    await send(apim, await token(apim));
    expect(idp.requests).toEqual([
      { method: "GET", body: "" },
      { method: "GET", body: "" },
    ]);
  });

  it("a discovery document or key set that is JSON null is unusable: JwtInvalid", async () => {
    const nullConfig = gateway(provider({ config: "null" }));
    expect((await send(nullConfig, await token(nullConfig))).message).toBe(
      `openid-config ${CONFIG} has no jwks_uri`,
    );
    const nullKeys = gateway(provider({ jwks: "null" }));
    expect((await send(nullKeys, await token(nullKeys))).message).toBe(`JWKS ${JWKS} has no keys`);
  });

  it("a key set whose keys are all skipped provides no key (validate-jwt's 'no security keys')", async () => {
    const apim = gateway(provider({ jwks: { keys: [rsaKey("key-1", { use: "enc" })] } }));
    expect(await send(apim, await token(apim, null))).toEqual({
      reason: "TokenSignatureInvalid",
      message:
        "Signature validation failed. No security keys were provided to validate the signature. Access denied.",
    });
  });

  it("a cached kid among several keys does not pull again within the hour", async () => {
    const other = { kty: "RSA", kid: "key-2", use: "sig", ...rsaPublicKey(TEST_RSA_KEYS.other) };
    const idp = provider({ jwks: { keys: [rsaKey("key-1", { use: "sig" }), other] } });
    const apim = gateway(idp);
    await send(apim, await token(apim));
    apim.clock.advance({ minutes: 10 });
    expect((await send(apim, await token(apim))).reason).toBe(null);
    expect(idp.calls).toHaveLength(2);
  });

  it("a refresh whose new jwks_uri no mock answers is refused, not hidden by the cached keys", async () => {
    const idp = provider();
    const apim = gateway(idp);
    await send(apim, await token(apim));
    idp.config = { issuer: ISSUER, jwks_uri: "https://keys.elsewhere.example/jwks" };
    apim.clock.advance({ hours: 1 });
    await expect(
      apim.send({ headers: { Authorization: `Bearer ${await token(apim)}` } }),
    ).rejects.toThrow(/no service mock is configured for the JWKS/);
  });
});
