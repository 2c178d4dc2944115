// APIM's `Jwt` and its string extensions `AsJwt()` and `TryParseJwt(out Jwt)`, as Microsoft's
// expression reference lists them (api-management-policy-expressions.md, the context's types:
// rows `Jwt`, `Jwt AsJwt(input: this string)`, `bool TryParseJwt(input: this string, result: out
// Jwt)`, `string Jwt.Claims.GetValueOrDefault(claimName, defaultValue)`). The extensions are
// declared on TypeScript's `String`, so a policy writes `token.AsJwt()` as C# does, and
// `const [ok, jwt] = token.TryParseJwt()` for the out parameter (the project's pattern).
import type { IEnumerable, Indexed } from "./collections.ts";
import type { DateTime } from "./date-time.ts";

/**
 * Jwt.Claims (IReadOnlyDictionary<string, string[]>): the indexer gives a claim's values (an
 * array claim one string per element) and throws KeyNotFoundException when the token has none.
 */
export interface JwtClaims {
  /** Whether the token has the claim. */
  ContainsKey(name: string): boolean;
  /** APIM's extension: the claim's values joined by "," (no space), or `defaultValue` when absent. */
  GetValueOrDefault(name: string, defaultValue: string): string;
}

/**
 * A JSON web token as APIM exposes it: from `AsJwt()`, `TryParseJwt`, or validate-jwt's
 * output-token-variable-name. Members absent from the token are null (Audiences: empty).
 */
export interface Jwt {
  /** The `alg` header, e.g. "RS256". */
  readonly Algorithm: string | null;
  /** The `typ` header, e.g. "JWT". */
  readonly Type: string | null;
  /** The `jti` claim. */
  readonly Id: string | null;
  /** The `iss` claim. */
  readonly Issuer: string | null;
  /** The `sub` claim. */
  readonly Subject: string | null;
  /** The `aud` claim's values (a single string gives one). */
  readonly Audiences: IEnumerable<string>;
  /** `iat` as a UTC DateTime. */
  readonly IssuedAt: DateTime | null;
  /** `nbf` as a UTC DateTime. */
  readonly NotBefore: DateTime | null;
  /** `exp` as a UTC DateTime. */
  readonly ExpirationTime: DateTime | null;
  /** Every claim of the payload, by name. */
  readonly Claims: Indexed<JwtClaims, string[]>;
}

declare global {
  interface String {
    /**
     * APIM's `AsJwt()`: the token as a Jwt when the string is a valid JWT (a compact JWS whose
     * header and payload are JSON objects; the signature is not checked), otherwise null.
     */
    AsJwt(): Jwt | null;
    /**
     * APIM's `TryParseJwt(out Jwt result)`, written `const [ok, jwt] = token.TryParseJwt()`:
     * `ok` false and `jwt` null when the string is not a valid JWT.
     */
    TryParseJwt(): [ok: boolean, result: Jwt | null];
  }
}
