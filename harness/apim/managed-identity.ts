// The fake Microsoft Entra ID behind authentication-managed-identity: issues access tokens for the
// service's configured managed identities (GatewayOptions.managedIdentity), per identity and
// resource, and caches each "until it expires" as APIM does (authentication-managed-identity-policy.md,
// first paragraph), on the virtual clock. The tokens are JWT-shaped so a backend mock can read
// their claims (aud, appid, oid, tid, iat/nbf/exp), but unsigned (`alg: none`): they are test
// tokens, never valid anywhere else.
import { createHash } from "node:crypto";
import type { VirtualClock } from "./clock.ts";
import type { ManagedIdentity, ManagedIdentityOptions } from "./gateway-options.ts";
import { HarnessRefusal } from "./harness-refusal.ts";

/** Project's choice (docs/project-choices.md): Entra ID decides a token's lifetime in the service. */
const DEFAULT_LIFETIME_SECONDS = 3600;
const ZERO_GUID = "00000000-0000-0000-0000-000000000000";

/** A token request's outcome: the token and when it expires (epoch ms), or why none was issued. */
export type TokenOutcome =
  | {
      readonly ok: true;
      readonly token: string;
      readonly expiresAt: number;
      readonly cached: boolean;
    }
  | { readonly ok: false; readonly why: string };

/** A deterministic GUID for an identity without a configured principal id. */
function derivedGuid(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The claims of a token the fake issued (for tests and backend mocks). */
export function fakeTokenClaims(token: string): Record<string, unknown> {
  const payload = token.split(".")[1];
  if (payload === undefined) throw new Error(`not a token of apim-ts's fake Entra ID: ${token}`);
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

export class FakeEntraId {
  readonly #options: ManagedIdentityOptions;
  readonly #clock: VirtualClock;
  readonly #cache = new Map<string, { token: string; expiresAt: number }>();
  #issued = 0;

  constructor(options: ManagedIdentityOptions, clock: VirtualClock) {
    this.#options = options;
    this.#clock = clock;
    const identities = [
      ["managedIdentity.systemAssigned", options.systemAssigned],
      ...Object.entries(options.userAssigned ?? {}).map(
        ([clientId, identity]) =>
          [`managedIdentity.userAssigned['${clientId}']`, identity] as const,
      ),
    ] as const;
    for (const [where, identity] of identities) {
      const lifetime = identity?.tokenLifetime;
      if (lifetime !== undefined && !(Number.isInteger(lifetime) && lifetime > 0))
        throw new HarnessRefusal(
          `createGateway(): ${where}.tokenLifetime must be a positive whole number of seconds, got ${String(lifetime)}`,
        );
    }
  }

  /** A token of the identity (`clientId` undefined: the system-assigned one) for `resource`. */
  token(clientId: string | undefined, resource: string): TokenOutcome {
    const identity: ManagedIdentity | undefined =
      clientId === undefined
        ? this.#options.systemAssigned
        : this.#options.userAssigned?.[clientId];
    if (!identity)
      return {
        ok: false,
        why:
          clientId === undefined
            ? "the service has no system-assigned managed identity (managedIdentity.systemAssigned)"
            : `the service has no user-assigned managed identity with client id '${clientId}' (managedIdentity.userAssigned)`,
      };
    if (identity.failure !== undefined) return { ok: false, why: identity.failure };
    if (identity.resources && !identity.resources.includes(resource))
      return {
        ok: false,
        why: `the identity cannot get a token for resource '${resource}' (its resources: ${identity.resources.join(", ")})`,
      };
    const key = `${clientId ?? ""}\n${resource}`;
    const now = this.#clock.now();
    const cached = this.#cache.get(key);
    if (cached && now < cached.expiresAt) return { ok: true, ...cached, cached: true };
    const lifetime = identity.tokenLifetime ?? DEFAULT_LIFETIME_SECONDS;
    const issuedAt = Math.floor(now / 1000);
    const tenant = this.#options.tenantId ?? ZERO_GUID;
    const principal = identity.principalId ?? derivedGuid(`principal:${clientId ?? "system"}`);
    this.#issued++;
    const claims = {
      aud: resource,
      iss: `https://sts.windows.net/${tenant}/`,
      iat: issuedAt,
      nbf: issuedAt,
      exp: issuedAt + lifetime,
      appid: clientId ?? derivedGuid("application:system"),
      idtyp: "app",
      oid: principal,
      sub: principal,
      tid: tenant,
      // Which issue this is (1, 2, ...): tells a test a cached token from a new one.
      "apim-ts-issue": this.#issued,
    };
    const token = `${base64url({ typ: "JWT", alg: "none" })}.${base64url(claims)}.`;
    const issued = { token, expiresAt: (issuedAt + lifetime) * 1000 };
    this.#cache.set(key, issued);
    return { ok: true, ...issued, cached: false };
  }
}
