// validate-jwt's `openid-config`: the discovery document and its JWKS, fetched from the service
// mocks a test configures (GatewayOptions.services, as send-request reaches them) and cached per
// gateway as Microsoft describes (validate-jwt-policy.md, Elements, openid-config): "pulled from
// the endpoint every 1 hour and cached. If the token being validated references a validation key
// (using kid claim) that is missing in cached configuration, or if retrieval fails, API Management
// pulls from the endpoint at most once per 5 min." Times are the virtual clock's.
import type { JWK } from "jose";
import { jose } from "../../jwt/jose.ts";
import type { GatewayRuntime } from "../../gateway-runtime.ts";
import { HarnessRefusal } from "../../harness-refusal.ts";
import { importOnce, type VerificationKey } from "./signing-keys.ts";

const REFRESH_MS = 60 * 60 * 1000;
const RETRY_MS = 5 * 60 * 1000;

/** A configuration as the cache holds it. */
export interface OpenIdConfiguration {
  readonly issuer: string | undefined;
  readonly keys: readonly VerificationKey[];
}

interface CacheEntry {
  configuration?: OpenIdConfiguration;
  /** When the configuration was last fetched successfully. */
  fetchedAt?: number;
  /** When a fetch was last attempted (successful or not). */
  attemptedAt?: number;
}

const CACHE_OWNER = {};

/** Thrown when the endpoint or its JWKS cannot be read (the caller decides the failure). */
export class OpenIdRetrievalError extends Error {}

async function getJson(gateway: GatewayRuntime, url: string, what: string): Promise<unknown> {
  const service = gateway.service(url);
  if (!service)
    throw new HarnessRefusal(
      `validate-jwt / validate-azure-ad-token: no service mock is configured for the ${what} ${url}; add it to GatewayOptions.services (for Entra ID: fakeEntraIssuer().services)`,
    );
  const answer = await service({
    method: "GET",
    url,
    headers: {},
    body: "",
    clientCertificate: null,
  });
  const status = answer.status ?? 200;
  if (status !== 200) throw new OpenIdRetrievalError(`${what} ${url} answered ${status}`);
  try {
    return JSON.parse(answer.body ?? "");
  } catch {
    throw new OpenIdRetrievalError(`${what} ${url} is not JSON`);
  }
}

async function fetchConfiguration(
  gateway: GatewayRuntime,
  url: string,
): Promise<OpenIdConfiguration> {
  // OpenID Connect Discovery 1.0, section 3 (Provider Metadata): `issuer` and `jwks_uri`.
  const document = (await getJson(gateway, url, "openid-config")) as Record<string, unknown>;
  const jwksUri = document?.jwks_uri;
  if (typeof jwksUri !== "string")
    throw new OpenIdRetrievalError(`openid-config ${url} has no jwks_uri`);
  const jwks = (await getJson(gateway, jwksUri, "JWKS")) as { keys?: unknown };
  if (!Array.isArray(jwks?.keys)) throw new OpenIdRetrievalError(`JWKS ${jwksUri} has no keys`);
  const keys: VerificationKey[] = [];
  for (const jwk of jwks.keys as JWK[]) {
    // Only RSA signing keys: the asymmetric algorithms validate-jwt supports are PS256, RS256
    // and RS512 (validate-jwt-policy.md, Usage notes); an encryption key (use "enc") is skipped.
    if (jwk.kty !== "RSA" || (jwk.use !== undefined && jwk.use !== "sig")) continue;
    keys.push({
      kind: "rsa",
      id: jwk.kid,
      key: (alg: string) =>
        importOnce(`${jwk.n}.${jwk.e}.${alg}`, async () =>
          (await jose()).importJWK({ kty: "RSA", n: jwk.n, e: jwk.e }, alg),
        ),
      from: `openid-config ${url}`,
    });
  }
  return {
    issuer: typeof document.issuer === "string" ? document.issuer : undefined,
    keys,
  };
}

/**
 * The configuration for `url`, fetched or cached. `kidMissing`: the token names a kid that the
 * cached configuration lacks, which allows a refresh once per 5 minutes.
 */
export async function openIdConfiguration(
  gateway: GatewayRuntime,
  url: string,
  wantedKid: string | undefined,
): Promise<OpenIdConfiguration> {
  const cache = gateway.state(CACHE_OWNER, () => new Map<string, CacheEntry>());
  const entry = cache.get(url) ?? {};
  cache.set(url, entry);
  const now = gateway.clock.now();
  const kidMissing =
    wantedKid !== undefined &&
    entry.configuration !== undefined &&
    !entry.configuration.keys.some((key) => key.id === wantedKid);
  const stale = entry.fetchedAt === undefined || now - entry.fetchedAt >= REFRESH_MS;
  const retryAllowed = entry.attemptedAt === undefined || now - entry.attemptedAt >= RETRY_MS;
  const failedBefore =
    entry.attemptedAt !== undefined &&
    (entry.fetchedAt === undefined || entry.attemptedAt > entry.fetchedAt);
  const due = failedBefore || kidMissing ? retryAllowed : stale;
  if (due) {
    entry.attemptedAt = now;
    try {
      entry.configuration = await fetchConfiguration(gateway, url);
      entry.fetchedAt = now;
    } catch (error) {
      if (!(error instanceof OpenIdRetrievalError)) throw error;
      if (!entry.configuration) throw error;
    }
  }
  if (!entry.configuration)
    throw new OpenIdRetrievalError(
      `openid-config ${url} could not be retrieved (retried at most once per 5 minutes)`,
    );
  return entry.configuration;
}

export { REFRESH_MS, RETRY_MS };
