// APIM's `BasicAuthCredentials` for the harness: what `AsBasic()` and `TryParseBasic` give
// (api-management-policy-expressions.md, rows AsBasic, TryParseBasic, BasicAuthCredentials: "a
// valid HTTP Basic Authentication authorization request header value" gives the credentials,
// otherwise null). The page does not define "valid"; the harness reads it as RFC 7235 and RFC
// 7617 define the header (chosen, docs/project-choices.md): the scheme `Basic` in any case
// (RFC 7235 section 2.1: "case-insensitive"), one or more spaces, a token68 that is base64 with
// its padding, and decoded credentials holding a ':' (RFC 7617 section 2: user-pass = user-id
// ":" password). Decoded bytes outside printable ASCII are refused: RFC 7617 forbids control
// characters and leaves the charset open, and the page says nothing of either.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { Convert } from "./convert.ts";

// The scheme's letters as ASCII classes, not a case-insensitive flag: JavaScript's and .NET's
// case folding differ beyond ASCII (İ, ſ), and RFC 7235's scheme is an ASCII token.
const BASIC = /^[Bb][Aa][Ss][Ii][Cc] +([A-Za-z0-9+/]+={0,2})$/;

/** APIM's BasicAuthCredentials. */
export class BasicAuthCredentialsValue {
  constructor(
    readonly UserId: string,
    readonly Password: string,
  ) {}

  /** `AsBasic()`: the credentials of a Basic authorization value, or null. */
  static parse(text: string | null | undefined): BasicAuthCredentialsValue | null {
    if (typeof text !== "string") return null;
    const match = BASIC.exec(text);
    if (!match) return null;
    const token68 = match[1]!;
    let bytes: Uint8Array;
    try {
      bytes = Convert.FromBase64String(token68);
    } catch {
      return null;
    }
    for (const byte of bytes) {
      if (byte < 0x20 || byte > 0x7e)
        throw new HarnessRefusal(
          `AsBasic/TryParseBasic: the credentials hold the byte 0x${byte.toString(16).padStart(2, "0")}; ` +
            "RFC 7617 forbids control characters and leaves the charset open, and " +
            "api-management-policy-expressions.md does not say how APIM reads them",
        );
    }
    const text8 = String.fromCharCode(...bytes);
    const colon = text8.indexOf(":");
    if (colon < 0) return null;
    return new BasicAuthCredentialsValue(text8.slice(0, colon), text8.slice(colon + 1));
  }

  /** `TryParseBasic(out BasicAuthCredentials)` as the project's `[ok, value]` pair. */
  static tryParse(text: string | null | undefined): [boolean, BasicAuthCredentialsValue | null] {
    const credentials = BasicAuthCredentialsValue.parse(text);
    return [credentials !== null, credentials];
  }
}

/**
 * Installs `AsBasic()` and `TryParseBasic()` on String.prototype (non-enumerable), as the
 * extension methods C# resolves on any string. Called by installDotnet.
 */
export function installBasicExtensions(): void {
  if (Object.hasOwn(String.prototype, "AsBasic")) return;
  Object.defineProperties(String.prototype, {
    AsBasic: {
      value: function (this: string) {
        return BasicAuthCredentialsValue.parse(String(this));
      },
      configurable: true,
      writable: true,
    },
    TryParseBasic: {
      value: function (this: string) {
        return BasicAuthCredentialsValue.tryParse(String(this));
      },
      configurable: true,
      writable: true,
    },
  });
}
