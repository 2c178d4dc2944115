// The fake credential manager behind get-authorization-context: credential providers and their
// connections as GatewayOptions.credentialManager configures them. A connection hands out its
// access token when it is connected and the caller's identity is in its access policy
// (credentials-process-flow.md, "Access policy"). Access tokens expire on the virtual clock and
// are then refreshed "using the OAuth 2.0 flow" (credentials-overview.md, "How does credential
// manager work?"); a connection whose refresh fails has no valid token.
import { createHash } from "node:crypto";
import type { VirtualClock } from "./clock.ts";
import type { CredentialConnection, CredentialManagerOptions } from "./gateway-options.ts";
import { HarnessRefusal } from "./harness-refusal.ts";

/** Project's choice (docs/project-choices.md): the identity provider decides it in the service. */
const DEFAULT_LIFETIME_SECONDS = 3600;

/** Who asks: the service's system-assigned identity, or the caller's Entra token's oid + tid. */
export type CredentialIdentity =
  | { readonly kind: "managed" }
  | { readonly kind: "jwt"; readonly oid: string; readonly tid: string };

/** Why no token was handed out (the harness's own codes; see the handler for the reasons). */
export type CredentialFailure =
  | "ProviderNotFound"
  | "ConnectionNotFound"
  | "ConnectionNotConnected"
  | "RefreshFailed"
  | "IdentityNotAllowed";

export type CredentialOutcome =
  | {
      readonly ok: true;
      readonly accessToken: string;
      readonly claims: Readonly<Record<string, string>>;
      readonly refreshed: boolean;
    }
  | { readonly ok: false; readonly failure: CredentialFailure; readonly why: string };

interface Issued {
  readonly token: string;
  readonly expiresAt: number;
  readonly issue: number;
}

export class FakeCredentialManager {
  readonly #options: CredentialManagerOptions;
  readonly #clock: VirtualClock;
  readonly #issued = new Map<string, Issued>();

  constructor(options: CredentialManagerOptions, clock: VirtualClock) {
    this.#options = options;
    this.#clock = clock;
    for (const [provider, { connections = {} }] of Object.entries(options.providers ?? {}))
      for (const [id, connection] of Object.entries(connections)) {
        const where = `createGateway(): credentialManager.providers['${provider}'].connections['${id}']`;
        const lifetime = connection.tokenLifetime;
        if (lifetime !== undefined && !(Number.isInteger(lifetime) && lifetime > 0))
          throw new HarnessRefusal(
            `${where}.tokenLifetime must be a positive whole number of seconds, got ${String(lifetime)}`,
          );
        if (
          connection.status !== undefined &&
          !["connected", "disconnected"].includes(connection.status)
        )
          throw new HarnessRefusal(
            `${where}.status must be "connected" or "disconnected", got ${String(connection.status)}`,
          );
      }
  }

  /** The connection's access token for `identity`, refreshed when it has expired. */
  token(
    providerId: string,
    authorizationId: string,
    identity: CredentialIdentity,
  ): CredentialOutcome {
    const provider = this.#options.providers?.[providerId];
    if (!provider)
      return {
        ok: false,
        failure: "ProviderNotFound",
        why: `no credential provider '${providerId}'`,
      };
    const connection: CredentialConnection | undefined = provider.connections?.[authorizationId];
    if (!connection)
      return {
        ok: false,
        failure: "ConnectionNotFound",
        why: `credential provider '${providerId}' has no connection '${authorizationId}'`,
      };
    if (!allowed(connection, identity))
      return {
        ok: false,
        failure: "IdentityNotAllowed",
        why:
          identity.kind === "managed"
            ? `the access policy of connection '${authorizationId}' does not list the service's managed identity`
            : `the access policy of connection '${authorizationId}' does not list oid ${identity.oid} in tenant ${identity.tid}`,
      };
    if ((connection.status ?? "connected") !== "connected")
      return {
        ok: false,
        failure: "ConnectionNotConnected",
        why: `connection '${authorizationId}' of '${providerId}' is ${connection.status}`,
      };
    const key = `${providerId}\n${authorizationId}`;
    const now = this.#clock.now();
    const current = this.#issued.get(key);
    const lifetime = connection.tokenLifetime ?? DEFAULT_LIFETIME_SECONDS;
    let issued = current;
    let refreshed = false;
    if (current === undefined) {
      issued = this.#issue(key, connection, 1, now, lifetime);
    } else if (now >= current.expiresAt) {
      if (connection.refreshable === false)
        return {
          ok: false,
          failure: "RefreshFailed",
          why: `the access token of connection '${authorizationId}' expired and its refresh failed`,
        };
      issued = this.#issue(key, connection, current.issue + 1, now, lifetime);
      refreshed = true;
    }
    const token = issued!;
    return {
      ok: true,
      accessToken: token.token,
      refreshed,
      // RFC 6749 section 5.1: access_token, token_type, expires_in (seconds left).
      claims: {
        access_token: token.token,
        token_type: "Bearer",
        expires_in: String(Math.max(0, Math.floor((token.expiresAt - now) / 1000))),
        ...connection.claims,
      },
    };
  }

  #issue(
    key: string,
    connection: CredentialConnection,
    issue: number,
    now: number,
    lifetime: number,
  ): Issued {
    const base =
      connection.accessToken ??
      `gho_${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
    // A refreshed token differs from the one it replaces (the issue number is appended).
    const token = issue === 1 ? base : `${base}.${issue}`;
    const issued = { token, expiresAt: now + lifetime * 1000, issue };
    this.#issued.set(key, issued);
    return issued;
  }
}

function allowed(connection: CredentialConnection, identity: CredentialIdentity): boolean {
  const policy = connection.accessPolicy;
  if (identity.kind === "managed") return policy?.managed ?? true;
  return (policy?.identities ?? []).some(
    (entry) => entry.oid === identity.oid && entry.tid === identity.tid,
  );
}
