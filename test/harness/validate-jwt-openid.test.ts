// validate-jwt with openid-config: the discovery document and its JWKS come from service mocks
// the test configures, and are cached as validate-jwt-policy.md (Elements, openid-config) says:
// "pulled from the endpoint every 1 hour and cached. If the token being validated references a
// validation key (using kid claim) that is missing in cached configuration, or if retrieval
// fails, API Management pulls from the endpoint at most once per 5 min." All on the virtual clock.
import { describe, expect, it } from "vitest";
import { base, policy, validateJwt } from "apim-ts";
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
/** The identity provider's keys by kid (key-2 arrives in a key rollover). */
const KEYS: Record<string, typeof TEST_RSA_KEYS.issuer> = {
  "key-1": TEST_RSA_KEYS.issuer,
  "key-2": TEST_RSA_KEYS.other,
};

function identityProvider(kids: string[] = ["key-1"]) {
  const calls: string[] = [];
  const state = { kids, status: 200 };
  const handler = (request: { url: string }): MockResponse => {
    calls.push(request.url);
    if (state.status !== 200) return { status: state.status, body: "" };
    if (request.url === CONFIG) return { body: JSON.stringify({ issuer: ISSUER, jwks_uri: JWKS }) };
    return {
      body: JSON.stringify({
        keys: state.kids.map((kid) => ({
          kty: "RSA",
          use: "sig",
          kid,
          ...rsaPublicKey(KEYS[kid]!),
        })),
      }),
    };
  };
  return { calls, state, handler };
}

function gateway(provider: ReturnType<typeof identityProvider>) {
  return createGateway({
    services: { "https://login.contoso.example/": provider.handler },
    policies: {
      operation: policy({
        inbound: [
          validateJwt({
            headerName: "Authorization",
            openidConfigs: [CONFIG],
            audiences: ["api://orders"],
          }),
        ],
        backend: [base()],
      }),
    },
  });
}

const token = (now: { now(): number }, kid = "key-1", issuer = ISSUER) =>
  mintJwt({
    key: { rsa: KEYS[kid]! },
    kid,
    now: now.now(),
    issuer,
    audience: "api://orders",
  });
const bearer = (value: string) => ({ headers: { Authorization: `Bearer ${value}` } });

describe("validate-jwt openid-config", () => {
  it("verifies with the JWKS key and the discovery document's issuer", async () => {
    const provider = identityProvider();
    const apim = gateway(provider);
    expect(await apim.send(bearer(await token(apim.clock)))).toHaveReachedBackend();
    expect(provider.calls).toEqual([CONFIG, JWKS]);
    // The issuer comes from the configuration ("signing keys and issuer can be obtained").
    const foreign = await token(apim.clock, "key-1", "https://elsewhere.example/");
    expect(await apim.send(bearer(foreign))).toBeRejectedWith(401, "TokenIssuerNotAllowed");
  });

  it("caches the configuration for an hour, then pulls it again", async () => {
    const provider = identityProvider();
    const apim = gateway(provider);
    await apim.send(bearer(await token(apim.clock)));
    apim.clock.advance({ minutes: 59 });
    await apim.send(bearer(await token(apim.clock)));
    expect(provider.calls).toHaveLength(2);
    apim.clock.advance({ minutes: 1 });
    await apim.send(bearer(await token(apim.clock)));
    expect(provider.calls).toHaveLength(4);
  });

  it("a kid missing from the cache pulls again, at most once per 5 minutes (key rollover)", async () => {
    const provider = identityProvider(["key-1"]);
    const apim = gateway(provider);
    await apim.send(bearer(await token(apim.clock)));
    provider.state.kids = ["key-1", "key-2"];
    apim.clock.advance({ minutes: 1 });
    // Within 5 minutes of the last pull: the cached configuration, which lacks key-2.
    const rolled = await apim.send(bearer(await token(apim.clock, "key-2")));
    expect(rolled).toBeRejectedWith(401, "TokenSignatureKeyNotFound");
    expect(provider.calls).toHaveLength(2);
    apim.clock.advance({ minutes: 4 });
    expect(await apim.send(bearer(await token(apim.clock, "key-2")))).toHaveReachedBackend();
    expect(provider.calls).toHaveLength(4);
  });

  it("an endpoint that fails: JwtInvalid; the cached configuration is kept when a refresh fails", async () => {
    const failing = identityProvider();
    failing.state.status = 503;
    const down = gateway(failing);
    expect(await down.send(bearer(await token(down.clock)))).toBeRejectedWith(401, "JwtInvalid");

    const provider = identityProvider();
    const apim = gateway(provider);
    await apim.send(bearer(await token(apim.clock)));
    provider.state.status = 503;
    apim.clock.advance({ hours: 1 });
    expect(await apim.send(bearer(await token(apim.clock)))).toHaveReachedBackend();
    expect(provider.calls).toHaveLength(3);
  });

  it("refuses when no service mock answers the configuration URL", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [validateJwt({ headerName: "Authorization", openidConfigs: [CONFIG] })],
          backend: [base()],
        }),
      },
    });
    await expect(apim.send(bearer(await token(apim.clock)))).rejects.toThrow(
      /no service mock is configured for the openid-config/,
    );
  });
});
