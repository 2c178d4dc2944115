// APIM's `Jwt` for the harness: what validate-jwt stores in output-token-variable-name and what
// `AsJwt()` / `TryParseJwt` give. Members as Microsoft's "API Management policy expressions"
// page (api-management-policy-expressions.md, table of the context's types, rows `Jwt`,
// `Jwt AsJwt`, `TryParseJwt`, `Jwt.Claims.GetValueOrDefault`) lists them: Algorithm, Audiences,
// Claims (IReadOnlyDictionary<string, string[]>), ExpirationTime, Id, Issuer, IssuedAt, NotBefore,
// Subject, Type. Parsing reads the token without verifying it (the page: "a valid JWT token value"
// gives a Jwt, otherwise null); verification is validate-jwt's.
import { UNIX_EPOCH_TICKS } from "./environment.ts";
import { DateTimeValue } from "./date-time.ts";
import { ReadOnlyDictionary } from "../apim/read-only-dictionary.ts";
import { EnumerableValue } from "./enumerable.ts";

/** A JWT's decoded JOSE header and claims set. */
export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  /** The signature part as sent (empty for an unsecured token). */
  readonly signature: string;
  /** The compact token as given. */
  readonly text: string;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodeJsonObject(part: string): Record<string, unknown> | null {
  if (part === "" || !BASE64URL.test(part) || part.length % 4 === 1) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * A compact JWS (three Base64url parts, header and payload JSON objects) decoded, or null when
 * the text is not one. Chosen (docs/project-choices.md): "a valid JWT token value" is read as
 * RFC 7519's compact serialisation of a JWS; an encrypted (five-part) token is not parsed.
 */
export function decodeJwt(text: string | null | undefined): DecodedJwt | null {
  if (typeof text !== "string") return null;
  const parts = text.split(".");
  if (parts.length !== 3) return null;
  const header = decodeJsonObject(parts[0]!);
  const payload = decodeJsonObject(parts[1]!);
  if (!header || !payload || !BASE64URL.test(parts[2]!)) return null;
  return { header, payload, signature: parts[2]!, text };
}

/** A claim's values as APIM's `string[]`: arrays give one string per element. */
function claimStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => claimStrings(item));
  if (typeof value === "string") return [value];
  if (value === null) return [""];
  // Numbers and booleans as their JSON text; objects as JSON (chosen: JSON claim text).
  return [JSON.stringify(value)];
}

/** NumericDate (seconds since the epoch) as a UTC DateTime; null when absent or not a number. */
function numericDate(value: unknown): DateTimeValue | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return DateTimeValue.fromTicks(UNIX_EPOCH_TICKS + BigInt(Math.trunc(value)) * 10_000_000n, "Utc");
}

function stringClaim(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** The claims dictionary with APIM's `GetValueOrDefault(name, default)`: values joined by ",". */
class JwtClaims extends ReadOnlyDictionary<string[]> {
  override GetValueOrDefault(key: string, defaultValue: unknown = null): never {
    const values = super.GetValueOrDefault(key, null);
    return (values === null ? defaultValue : values.join(",")) as never;
  }

  override source() {
    const source = super.source();
    return { ...source, members: { GetValueOrDefault: this.GetValueOrDefault.bind(this) } };
  }
}

/** APIM's Jwt. */
export class JwtValue {
  readonly Algorithm: string | null;
  readonly Type: string | null;
  readonly Id: string | null;
  readonly Issuer: string | null;
  readonly Subject: string | null;
  readonly Audiences: EnumerableValue<string>;
  readonly IssuedAt: DateTimeValue | null;
  readonly NotBefore: DateTimeValue | null;
  readonly ExpirationTime: DateTimeValue | null;
  readonly #claims: JwtClaims;
  /** The decoded token (the harness reads it; not an APIM member). */
  readonly decoded: DecodedJwt;

  constructor(decoded: DecodedJwt) {
    const { header, payload } = decoded;
    this.decoded = decoded;
    this.Algorithm = stringClaim(header.alg);
    this.Type = stringClaim(header.typ);
    this.Id = stringClaim(payload.jti);
    this.Issuer = stringClaim(payload.iss);
    this.Subject = stringClaim(payload.sub);
    this.Audiences = EnumerableValue.of(payload.aud === undefined ? [] : claimStrings(payload.aud));
    this.IssuedAt = numericDate(payload.iat);
    this.NotBefore = numericDate(payload.nbf);
    this.ExpirationTime = numericDate(payload.exp);
    this.#claims = new JwtClaims(
      Object.entries(payload).map(([name, value]) => [name, claimStrings(value)] as const),
    );
  }

  /** IReadOnlyDictionary<string, string[]> of every claim in the payload. */
  get Claims(): unknown {
    return this.#claims.view;
  }

  /** `AsJwt()`: the token's Jwt, or null when the text is not a JWT. */
  static parse(text: string | null | undefined): JwtValue | null {
    const decoded = decodeJwt(text);
    return decoded ? new JwtValue(decoded) : null;
  }

  /** `TryParseJwt(out Jwt)` as the project's `[ok, value]` pair. */
  static tryParse(text: string | null | undefined): [boolean, JwtValue | null] {
    const jwt = JwtValue.parse(text);
    return [jwt !== null, jwt];
  }
}

/**
 * Installs `AsJwt()` and `TryParseJwt()` on String.prototype (non-enumerable), as the extension
 * methods C# resolves on any string. Called by installDotnet.
 */
export function installJwtExtensions(): void {
  if (Object.hasOwn(String.prototype, "AsJwt")) return;
  Object.defineProperties(String.prototype, {
    AsJwt: {
      value: function (this: string) {
        return JwtValue.parse(String(this));
      },
      configurable: true,
      writable: true,
    },
    TryParseJwt: {
      value: function (this: string) {
        return JwtValue.tryParse(String(this));
      },
      configurable: true,
      writable: true,
    },
  });
}
