// APIM's Jwt in the harness (harness/dotnet/jwt.ts): what `AsJwt()` / `TryParseJwt()` accept and
// what each member gives. Microsoft, "API Management policy expressions" (context types): `Jwt
// AsJwt(input: this string)`: "If the input parameter contains a valid JWT token value, the method
// returns an object of type Jwt; otherwise the method returns null"; `Jwt` lists Algorithm,
// Audiences (IEnumerable<string>), Claims (IReadOnlyDictionary<string, string[]>),
// ExpirationTime, Id, Issuer, IssuedAt, NotBefore, Subject, Type; `Jwt.Claims.GetValueOrDefault`
// "Returns comma-separated claim values or defaultValue". "Valid JWT token value" is read as RFC
// 7519's compact JWS (RFC 7515 section 7.1: three base64url parts; the header and claims set JSON
// objects, RFC 7519 section 7.2), and non-string claims as their JSON text
// (docs/project-choices.md). NumericDate is seconds since the epoch (RFC 7519 section 2).
import { beforeAll, describe, expect, it } from "vitest";
import { installDotnet } from "../../harness/dotnet/install.ts";
import { decodeJwt, JwtValue } from "../../harness/dotnet/jwt.ts";
import { UNIX_EPOCH_TICKS } from "../../harness/dotnet/environment.ts";

const part = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const token = (header: unknown, payload: unknown, signature = "c2ln") =>
  `${part(header)}.${part(payload)}.${signature}`;
const HEADER = { alg: "RS256", typ: "JWT" };

describe("AsJwt: what is a JWT", () => {
  it("reads a three-part compact JWS, an unsecured one (empty signature) included", () => {
    expect(JwtValue.parse(token(HEADER, { sub: "a" }))?.Subject).toBe("a");
    expect(JwtValue.parse(token({ alg: "none" }, { sub: "b" }, ""))?.Subject).toBe("b");
    expect(decodeJwt(token(HEADER, { sub: "a" }, "c2ln"))?.signature).toBe("c2ln");
  });

  it("gives null for text that is not three base64url parts of JSON objects", () => {
    const good = token(HEADER, { sub: "a" });
    const [h, p] = good.split(".");
    const standard = Buffer.from(JSON.stringify({ sub: "???>>>" }))
      .toString("base64")
      .replace(/=+$/, "");
    expect(standard).toMatch(/[+/]/);
    for (const text of [
      null,
      undefined,
      "",
      "a.b",
      `${good}.x`, // five parts would be JWE; four are nothing
      `${h}.${p}`,
      `.${p}.c2ln`, // empty header
      `${h}..c2ln`, // empty payload
      `${h}+.${p}.c2ln`, // '+' is base64, not base64url
      `${h}.${p}.c2l+`,
      `${h}.${p}.c2l=`, // no padding in base64url (RFC 7515 section 2)
      `${h}.${part({ sub: "a" })}=.c2ln`, // padding, which Node's decoder would accept
      `${h}.${standard}.c2ln`, // base64's '/' and '+', which Node's decoder would accept
      `${part("[1]")}.${p}.c2ln`, // an array
      `${h}.${part("null")}.c2ln`,
      `${h}.${part('"text"')}.c2ln`,
      `${h}.${part("{not json")}.c2ln`,
      // 4n+1 characters cannot be base64url (a lone last character carries 6 of a byte's 8
      // bits); Node's decoder would drop it and read the 16 characters before it.
      `${h}.${part({ sub: "ab" })}A.c2ln`,
    ])
      expect(JwtValue.parse(text as string)).toBeNull();
  });

  it("TryParseJwt pairs the outcome with the value", () => {
    const [ok, jwt] = JwtValue.tryParse(token(HEADER, { jti: "1" }));
    expect(ok).toBe(true);
    expect(jwt?.Id).toBe("1");
    expect(JwtValue.tryParse("nope")).toEqual([false, null]);
  });
});

describe("Jwt's members", () => {
  // Built in each test, not when the file loads: per-test coverage must see the constructor.
  const parsed = () =>
    JwtValue.parse(
      token(
        { alg: "HS256", typ: "at+jwt" },
        {
          iss: "https://issuer.example/",
          sub: "user-1",
          jti: "id-7",
          aud: ["api://one", "api://two"],
          iat: 1_700_000_000,
          nbf: 1_700_000_000.9,
          exp: 1_700_003_600,
          roles: ["reader", "writer"],
          count: 3,
          admin: false,
          nested: { a: 1 },
          nothing: null,
          mixed: ["x", 2, null, ["y"]],
        },
      ),
    )!;

  it("reads the header's alg and typ and the registered string claims", () => {
    const jwt = parsed();
    expect(jwt.Algorithm).toBe("HS256");
    expect(jwt.Type).toBe("at+jwt");
    expect(jwt.Issuer).toBe("https://issuer.example/");
    expect(jwt.Subject).toBe("user-1");
    expect(jwt.Id).toBe("id-7");
    expect(jwt.decoded.text.split(".")).toHaveLength(3);
  });

  it("gives null for registered claims that are absent or not strings", () => {
    const other = JwtValue.parse(token({ alg: 5 }, { iss: 1, sub: ["a"], jti: null }))!;
    expect([other.Algorithm, other.Type, other.Issuer, other.Subject, other.Id]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(other.Audiences.ToArray()).toEqual([]);
    expect([other.IssuedAt, other.NotBefore, other.ExpirationTime]).toEqual([null, null, null]);
  });

  it("reads NumericDates as UTC DateTimes, whole seconds", () => {
    const jwt = parsed();
    const ticks = (seconds: number) => UNIX_EPOCH_TICKS + BigInt(seconds) * 10_000_000n;
    expect(jwt.IssuedAt?.ticks).toBe(ticks(1_700_000_000));
    expect(jwt.IssuedAt?.Kind).toBe("Utc");
    expect(jwt.NotBefore?.ticks).toBe(ticks(1_700_000_000));
    expect(jwt.ExpirationTime?.ticks).toBe(ticks(1_700_003_600));
    const text = JwtValue.parse(token(HEADER, { exp: "1700003600", iat: 1e400 }))!;
    expect(text.ExpirationTime).toBeNull();
    expect(text.IssuedAt).toBeNull();
  });

  it("Audiences: one string, or one per array element", () => {
    const jwt = parsed();
    expect(jwt.Audiences.ToArray()).toEqual(["api://one", "api://two"]);
    expect(JwtValue.parse(token(HEADER, { aud: "api://x" }))!.Audiences.ToArray()).toEqual([
      "api://x",
    ]);
  });

  it("Claims: every claim as string[], non-strings as their JSON text", () => {
    const jwt = parsed();
    const claims = jwt.Claims as Record<string, string[]> & {
      GetValueOrDefault(name: string, defaultValue?: string | null): string | null;
      Count: number;
    };
    expect(claims["roles"]).toEqual(["reader", "writer"]);
    expect(claims["count"]).toEqual(["3"]);
    expect(claims["admin"]).toEqual(["false"]);
    expect(claims["nested"]).toEqual(['{"a":1}']);
    expect(claims["nothing"]).toEqual([""]);
    expect(claims["mixed"]).toEqual(["x", "2", "", "y"]);
    expect(claims["sub"]).toEqual(["user-1"]);
    expect(claims.Count).toBe(13);
    // "Returns comma-separated claim values or defaultValue".
    expect(claims.GetValueOrDefault("roles", "none")).toBe("reader,writer");
    expect(claims.GetValueOrDefault("group", "none")).toBe("none");
    expect(claims.GetValueOrDefault("group")).toBeNull();
  });
});

describe("AsJwt() and TryParseJwt() on string", () => {
  beforeAll(() => installDotnet());
  const text = token(HEADER, { sub: "ext" });
  const ext = (s: string) =>
    s as string & { AsJwt(): JwtValue | null; TryParseJwt(): [boolean, JwtValue | null] };

  it("are extension methods of every string, not enumerable", () => {
    expect(ext(text).AsJwt()?.Subject).toBe("ext");
    expect(ext(text).TryParseJwt()[1]?.Subject).toBe("ext");
    expect(ext("x").TryParseJwt()).toEqual([false, null]);
    expect(ext("x").AsJwt()).toBeNull();
    expect(Object.getOwnPropertyDescriptor(String.prototype, "AsJwt")?.enumerable).toBe(false);
    const before = Object.getOwnPropertyDescriptor(String.prototype, "TryParseJwt")?.value;
    installDotnet();
    expect(Object.getOwnPropertyDescriptor(String.prototype, "TryParseJwt")?.value).toBe(before);
  });
});
