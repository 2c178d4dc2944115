// The runtime twin of APIM's `Authorization` (get-authorization-context-policy.md, "Authorization
// object"): what get-authorization-context stores in its context variable. `AccessToken` is the
// bearer token for the backend; `Claims` the fields of the authorization server's token response
// (RFC 6749 section 5.1), by name.
import type { Authorization } from "../../src/dotnet/authorization.ts";

export class AuthorizationValue implements Authorization {
  readonly AccessToken: string;
  readonly #claims: ReadonlyMap<string, string>;

  constructor(accessToken: string, claims: Readonly<Record<string, string>>) {
    this.AccessToken = accessToken;
    this.#claims = new Map(Object.entries(claims));
  }

  /** The token response's fields (name → value), for tests and the C# cross-check. */
  get claimEntries(): readonly (readonly [string, string])[] {
    return [...this.#claims];
  }
}
