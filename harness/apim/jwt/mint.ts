// Test tokens for validate-jwt: `mintJwt` signs a JWT with jose (HMAC, RSA or none) at an instant
// of the virtual clock, and `testTokens` gives the usual broken variants of one valid token
// (expired, not yet valid, wrong audience, wrong issuer, wrong key, `alg: none`, missing claim),
// so a test names the failure it checks rather than building it by hand.
import type { JWK } from "jose";
import { jose } from "./jose.ts";
import type { VirtualClock } from "../clock.ts";
import { TEST_RSA_KEYS, TEST_SYMMETRIC_KEYS } from "./test-keys.ts";

/** What signs a token: nothing (`alg: none`), a Base64 symmetric key, or an RSA private JWK. */
export type MintKey = "none" | { readonly symmetric: string } | { readonly rsa: JWK };

export interface MintJwtOptions {
  readonly key: MintKey;
  /** Default HS256 for a symmetric key, RS256 for RSA. */
  readonly alg?: string;
  /** The `kid` header. */
  readonly kid?: string;
  /** When the token is minted (`iat`): the gateway's clock, epoch milliseconds, ISO text or a Date. */
  readonly now: VirtualClock | number | string | Date;
  readonly issuer?: string;
  readonly subject?: string;
  readonly audience?: string | readonly string[];
  /** Seconds from `now` to `exp`; default 3600; null for a token without `exp`. */
  readonly expiresIn?: number | null;
  /** Seconds from `now` to `nbf` (negative: in the past); default none. */
  readonly notBefore?: number;
  readonly jwtId?: string;
  /** Further claims (they override the registered ones above). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

function epochSeconds(now: MintJwtOptions["now"]): number {
  const ms =
    typeof now === "number"
      ? now
      : typeof now === "string"
        ? Date.parse(now)
        : now instanceof Date
          ? now.getTime()
          : now.now();
  if (!Number.isFinite(ms)) throw new RangeError(`mintJwt: now is not an instant: ${String(now)}`);
  return Math.floor(ms / 1000);
}

/** A signed (or unsecured) compact JWT. */
export async function mintJwt(options: MintJwtOptions): Promise<string> {
  const iat = epochSeconds(options.now);
  const payload: Record<string, unknown> = { iat };
  if (options.issuer !== undefined) payload.iss = options.issuer;
  if (options.subject !== undefined) payload.sub = options.subject;
  if (options.audience !== undefined)
    payload.aud = typeof options.audience === "string" ? options.audience : [...options.audience];
  const expiresIn = options.expiresIn === undefined ? 3600 : options.expiresIn;
  if (expiresIn !== null) payload.exp = iat + expiresIn;
  if (options.notBefore !== undefined) payload.nbf = iat + options.notBefore;
  if (options.jwtId !== undefined) payload.jti = options.jwtId;
  Object.assign(payload, options.claims);

  const { importJWK, SignJWT, UnsecuredJWT } = await jose();
  const key = options.key;
  if (key === "none") {
    const unsecured = new UnsecuredJWT(payload);
    if (options.kid !== undefined)
      throw new TypeError("mintJwt: an unsecured token (key 'none') carries no kid");
    return unsecured.encode();
  }
  const symmetric = "symmetric" in key;
  const alg = options.alg ?? (symmetric ? "HS256" : "RS256");
  const signingKey = symmetric
    ? new Uint8Array(Buffer.from(key.symmetric, "base64"))
    : await importJWK(key.rsa, alg);
  return new SignJWT(payload)
    .setProtectedHeader({
      alg,
      typ: "JWT",
      ...(options.kid === undefined ? {} : { kid: options.kid }),
    })
    .sign(signingKey);
}

/** One valid token's description and its broken variants, each minted on demand. */
export interface TestTokens {
  valid(): Promise<string>;
  /** `exp` one minute before `now`. */
  expired(): Promise<string>;
  /** `nbf` one hour after `now`. */
  notYetValid(): Promise<string>;
  /** No `exp` claim. */
  withoutExpiration(): Promise<string>;
  wrongAudience(): Promise<string>;
  wrongIssuer(): Promise<string>;
  /** Signed with a key the policy does not trust (the `other` test key of the same kind). */
  wrongKey(): Promise<string>;
  /** `alg: none`, no signature. */
  unsigned(): Promise<string>;
  /** The valid token without one claim. */
  missingClaim(name: string): Promise<string>;
}

/**
 * Variants of a valid token. `base` describes the valid one (its key, issuer, audience, claims);
 * the variants change one thing each, so a test fails for the reason it names.
 */
export function testTokens(base: MintJwtOptions): TestTokens {
  const mint = (change: Partial<MintJwtOptions>) => mintJwt({ ...base, ...change });
  const otherKey = (): MintKey => {
    if (base.key === "none") return { symmetric: TEST_SYMMETRIC_KEYS.other };
    return "symmetric" in base.key
      ? { symmetric: TEST_SYMMETRIC_KEYS.other }
      : { rsa: TEST_RSA_KEYS.other };
  };
  return {
    valid: () => mint({}),
    expired: () => mint({ expiresIn: -60 }),
    notYetValid: () => mint({ notBefore: 3600, expiresIn: 7200 }),
    withoutExpiration: () => mint({ expiresIn: null }),
    wrongAudience: () => mint({ audience: "https://not-this-api.example" }),
    wrongIssuer: () => mint({ issuer: "https://not-this-issuer.example/" }),
    wrongKey: () => mint({ key: otherKey() }),
    unsigned: () => mint({ key: "none", kid: undefined, alg: undefined }),
    missingClaim: (name) => {
      const claims = { ...base.claims };
      delete claims[name];
      const change: Record<string, unknown> = { claims };
      const registered: Record<string, keyof MintJwtOptions> = {
        iss: "issuer",
        sub: "subject",
        aud: "audience",
        jti: "jwtId",
      };
      if (registered[name]) change[registered[name]!] = undefined;
      if (name === "exp") change.expiresIn = null;
      return mint(change as Partial<MintJwtOptions>);
    },
  };
}

/** The public half of an RSA test key, as validate-jwt's `<key n e>` takes it. */
export function rsaPublicKey(key: JWK): { readonly n: string; readonly e: string } {
  if (key.kty !== "RSA" || !key.n || !key.e) throw new TypeError("rsaPublicKey: not an RSA JWK");
  return { n: key.n, e: key.e };
}
