// APIM's AsBasic() in the harness: what the page leaves open is refused, not guessed (control
// and non-ASCII credentials); the parsing itself is compared with C# in
// test/conformance/cases/basic-credentials.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { installDotnet } from "../../harness/dotnet/install.ts";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { BasicAuthCredentialsValue } from "../../harness/dotnet/basic-credentials.ts";

const basic = (bytes: number[]) => `Basic ${Buffer.from(bytes).toString("base64")}`;

describe("AsBasic", () => {
  it("splits at the first ':'", () => {
    const credentials = BasicAuthCredentialsValue.parse(`Basic ${btoa("ops:a:b")}`);
    expect([credentials?.UserId, credentials?.Password]).toEqual(["ops", "a:b"]);
  });

  it("refuses control and non-ASCII bytes, whose reading APIM does not document", () => {
    expect(() => BasicAuthCredentialsValue.parse(basic([0x61, 0x3a, 0xe9]))).toThrow(
      HarnessRefusal,
    );
    expect(() => BasicAuthCredentialsValue.parse(basic([0x61, 0x3a, 0x0a]))).toThrow(/RFC 7617/);
  });
});

// What "a valid HTTP Basic Authentication authorization request header value" (Microsoft, "API
// Management policy expressions", AsBasic: otherwise "the method returns null") is read as: RFC
// 7235 section 2.1 (the scheme is case-insensitive, then 1*SP, then the token68) and RFC 7617
// section 2 (base64 of user-id ":" password, the user-id without ':'), docs/project-choices.md.
describe("AsBasic: the header value", () => {
  const b64 = (text: string) => Buffer.from(text, "latin1").toString("base64");
  const read = (text: unknown) => {
    const credentials = BasicAuthCredentialsValue.parse(text as string);
    return credentials && [credentials.UserId, credentials.Password];
  };

  it("accepts the scheme in any case and one or more spaces", () => {
    expect(read(`Basic ${b64("ops:s3cret")}`)).toEqual(["ops", "s3cret"]);
    expect(read(`basic ${b64("ops:s3cret")}`)).toEqual(["ops", "s3cret"]);
    expect(read(`BASIC   ${b64("a:b")}`)).toEqual(["a", "b"]);
    expect(read(`bAsIc ${b64(":")}`)).toEqual(["", ""]);
    // One and two padding characters (RFC 4648 section 4).
    expect(read(`Basic ${b64("a:bc")}`)).toEqual(["a", "bc"]);
    expect(read(`Basic ${b64("a:bcd")}`)).toEqual(["a", "bcd"]);
    // The edges of printable ASCII: a space and '~'.
    expect(read(`Basic ${b64(" :~")}`)).toEqual([" ", "~"]);
  });

  it("gives null for anything else", () => {
    for (const text of [
      null,
      undefined,
      42,
      "",
      `Basic`,
      `Basic `,
      `Basic${b64("a:b")}`, // no space
      `Basic\t${b64("a:b")}`, // RFC 7235's 1*SP: a space, not any white space
      ` Basic ${b64("a:b")}`,
      `Basic ${b64("a:b")} `,
      `Bearer ${b64("a:b")}`,
      `Basics ${b64("a:b")}`,
      `Basic ${b64("a:bc").replace(/=+$/, "")}`, // padding left out
      `Basic ${b64("a:b")}=`, // too much padding
      `Basic ${b64("a:b")}-`, // '-' is base64url, not base64
      `Basic ${b64("no colon")}`,
    ])
      expect(read(text)).toBeNull();
  });

  it("refuses DEL and the bytes below a space, naming the byte", () => {
    expect(() => read(`Basic ${b64("a:\x7f")}`)).toThrow(/byte 0x7f/);
    expect(() => read(`Basic ${b64("a:\x1f")}`)).toThrow(/byte 0x1f/);
    expect(() => read(`Basic ${b64("\x01:")}`)).toThrow(/byte 0x01;/);
    expect(() => read(`Basic ${b64("a:\x7f")}`)).toThrow(
      /api-management-policy-expressions\.md does not say how APIM reads them$/,
    );
  });

  it("TryParseBasic pairs the outcome with the value", () => {
    const [ok, credentials] = BasicAuthCredentialsValue.tryParse(`Basic ${b64("u:p")}`);
    expect(ok).toBe(true);
    expect(credentials?.Password).toBe("p");
    expect(BasicAuthCredentialsValue.tryParse("Basic !")).toEqual([false, null]);
  });
});

describe("AsBasic() and TryParseBasic() on string", () => {
  beforeAll(() => installDotnet());
  const ext = (s: string) =>
    s as string & {
      AsBasic(): BasicAuthCredentialsValue | null;
      TryParseBasic(): [boolean, BasicAuthCredentialsValue | null];
    };

  it("are extension methods of every string, not enumerable, installed once", () => {
    expect(ext(`Basic ${btoa("u:p")}`).AsBasic()?.UserId).toBe("u");
    expect(ext(`Basic ${btoa("u:p")}`).TryParseBasic()[0]).toBe(true);
    expect(ext("Basic").TryParseBasic()).toEqual([false, null]);
    expect(ext("Basic").AsBasic()).toBeNull();
    expect(Object.getOwnPropertyDescriptor(String.prototype, "AsBasic")?.enumerable).toBe(false);
    const before = Object.getOwnPropertyDescriptor(String.prototype, "TryParseBasic")?.value;
    installDotnet();
    expect(Object.getOwnPropertyDescriptor(String.prototype, "TryParseBasic")?.value).toBe(before);
  });
});
