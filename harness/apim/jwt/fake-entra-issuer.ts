// A fake Microsoft Entra ID token issuer for validate-azure-ad-token tests: a test configures it
// (its tenant, domain names and signing keys), hands its `services` to createGateway (the policy
// reads the tenant's discovery document and JWKS through the service mocks, as validate-jwt's
// openid-config does), and mints v1 and v2 access tokens with it. The token shapes follow
// Microsoft's "Access tokens in the Microsoft identity platform" (entra/identity-platform/
// access-tokens, "Payload claims"): v1 tokens have `iss` https://sts.windows.net/{tid}/ and name
// the client application in `appid`; v2 tokens have `iss` https://login.microsoftonline.com/{tid}/v2.0
// and name it in `azp`; both carry `tid`, `ver` ("1.0" / "2.0"), `aud`, `iat`, `nbf`, `exp`. The
// discovery document's path is OpenID Connect Discovery's (/{tenant}/v2.0/.well-known/
// openid-configuration under login.microsoftonline.com, as Microsoft's OpenID Connect page gives
// it); the JWKS path (/{tid}/discovery/v2.0/keys) is the one that document names. Test keys only.
import type { JWK } from "jose";
import type { MockHandler, MockResponse } from "../gateway-options.ts";
import { mintJwt, type MintJwtOptions } from "./mint.ts";
import { TEST_RSA_KEYS } from "./test-keys.ts";

/** Entra ID's public-cloud authority. */
export const ENTRA_AUTHORITY = "https://login.microsoftonline.com";

/** The tenant a fake Entra ID plays. */
export interface FakeEntraIssuerOptions {
  /** The tenant's id (a GUID). */
  readonly tenantId: string;
  /** Domain names that also name the tenant (e.g. "contoso.onmicrosoft.com"). */
  readonly domains?: readonly string[];
  /** Signing keys published in the JWKS, by kid; default one key "entra-key-1" (TEST_RSA_KEYS.issuer). */
  readonly keys?: Readonly<Record<string, JWK>>;
}

/** What a minted Entra token says. */
export interface EntraTokenOptions {
  /** When the token is minted: the gateway's clock or an instant. */
  readonly now: MintJwtOptions["now"];
  /** The client application's id: `appid` (v1) or `azp` (v2). */
  readonly clientId?: string;
  /** The `aud` claim. */
  readonly audience?: string | readonly string[];
  /** Seconds until `exp`; default 3600 (null: no exp). */
  readonly expiresIn?: number | null;
  /** Seconds from now to `nbf`; default 0. */
  readonly notBefore?: number;
  /** The kid (default the issuer's first key); its key signs unless `signWith` is given. */
  readonly kid?: string;
  /** Sign with this key instead (a key the tenant does not publish, or none). */
  readonly signWith?: MintJwtOptions["key"];
  /** Another tenant's id in `iss` and `tid`. */
  readonly tenantId?: string;
  /** Further claims (override the ones above). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** A fake tenant: its service mocks, what they were asked, and token minting. */
export interface FakeEntraIssuer {
  /** The tenant's id. */
  readonly tenantId: string;
  /** v1 and v2 issuers of the tenant. */
  readonly issuerV1: string;
  readonly issuerV2: string;
  /** Service mocks for GatewayOptions.services (spread them with the test's own). */
  readonly services: Readonly<Record<string, MockHandler>>;
  /** The URLs the gateway fetched, in order. */
  readonly calls: readonly string[];
  /** Answer every request with this status (simulate an outage); undefined: answer normally. */
  outage: number | undefined;
  /** A v1 access token (iss https://sts.windows.net/{tid}/, client in appid), RS256. */
  mintV1(options: EntraTokenOptions): Promise<string>;
  /** A v2 access token (iss https://login.microsoftonline.com/{tid}/v2.0, client in azp), RS256. */
  mintV2(options: EntraTokenOptions): Promise<string>;
}

/**
 * A fake Entra ID tenant. Its `services` answer the discovery document (by tenant id or a domain)
 * and the JWKS; anything else, including another tenant, gets 404 (the fake's choice).
 */
export function fakeEntraIssuer(options: FakeEntraIssuerOptions): FakeEntraIssuer {
  const tid = options.tenantId;
  const keys = options.keys ?? { "entra-key-1": TEST_RSA_KEYS.issuer };
  const firstKid = Object.keys(keys)[0];
  const names = new Set([tid, ...(options.domains ?? [])].map((name) => name.toLowerCase()));
  const calls: string[] = [];
  const jwksUri = `${ENTRA_AUTHORITY}/${tid}/discovery/v2.0/keys`;
  const issuerV2 = `${ENTRA_AUTHORITY}/${tid}/v2.0`;
  const handler: MockHandler = (request): MockResponse => {
    calls.push(request.url);
    if (issuer.outage !== undefined) return { status: issuer.outage, body: "" };
    if (request.url === jwksUri)
      return {
        body: JSON.stringify({
          keys: Object.entries(keys).map(([kid, key]) => ({
            kty: "RSA",
            use: "sig",
            kid,
            n: key.n,
            e: key.e,
          })),
        }),
      };
    const discovery =
      /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(
        request.url,
      );
    if (discovery && names.has(decodeURIComponent(discovery[1]!).toLowerCase()))
      return {
        body: JSON.stringify({
          issuer: issuerV2,
          jwks_uri: jwksUri,
          token_endpoint: `${ENTRA_AUTHORITY}/${tid}/oauth2/v2.0/token`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      };
    // The fake knows no other path or tenant (chosen for the fake: 404).
    return { status: 404, body: "" };
  };
  const mint = (version: "1.0" | "2.0", token: EntraTokenOptions) => {
    const tenant = token.tenantId ?? tid;
    const kid = token.kid ?? firstKid;
    const claims: Record<string, unknown> = {
      tid: tenant,
      ver: version,
      ...(token.clientId === undefined
        ? {}
        : version === "1.0"
          ? { appid: token.clientId }
          : { azp: token.clientId }),
      ...token.claims,
    };
    return mintJwt({
      key: token.signWith ?? { rsa: keys[kid!] ?? TEST_RSA_KEYS.other },
      ...(token.signWith === "none" ? {} : { kid }),
      now: token.now,
      issuer:
        version === "1.0"
          ? `https://sts.windows.net/${tenant}/`
          : `${ENTRA_AUTHORITY}/${tenant}/v2.0`,
      audience: token.audience,
      expiresIn: token.expiresIn,
      notBefore: token.notBefore ?? 0,
      claims,
    });
  };
  const issuer: FakeEntraIssuer = {
    tenantId: tid,
    issuerV1: `https://sts.windows.net/${tid}/`,
    issuerV2,
    services: { [`${ENTRA_AUTHORITY}/`]: handler },
    calls,
    outage: undefined,
    mintV1: (token) => mint("1.0", token),
    mintV2: (token) => mint("2.0", token),
  };
  return issuer;
}
