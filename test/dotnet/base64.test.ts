// Convert.FromBase64String / ToBase64String beyond the round trip (text.test.ts): the tolerated
// whitespace between data characters, the characters and paddings .NET refuses, and the
// (byte[], offset, length) overload's argument checks. Expected values: Microsoft's
// Convert.FromBase64String page (Remarks: "white-space characters ... are ignored", Exceptions:
// FormatException for a length that is not a multiple of 4 or a non-base-64 character, "more than
// two padding characters, or ... a non-white space-character among the padding characters") and
// Convert.ToBase64String(Byte[], Int32, Int32) (Exceptions: "offset or length is negative",
// "offset plus length is greater than the length of inArray"); each also printed by mono 6.8.
import { describe, expect, it } from "vitest";
import {
  ArgumentNullException,
  ArgumentOutOfRangeException,
  Convert,
  FormatException,
} from "../../harness/dotnet/index.ts";

const BAD_CHAR =
  "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.";
const bytes = (s: string) => [...Convert.FromBase64String(s)];

describe("Convert.FromBase64String", () => {
  it("decodes whole quads, one '=' and two '=' with whitespace between the characters", () => {
    // "ABCD", "ABCDEF" and "AB" in ASCII (RFC 4648 §4's alphabet).
    expect(bytes(" QUJD RA==")).toEqual([0x41, 0x42, 0x43, 0x44]);
    expect(bytes("QUJD\nREVG")).toEqual([0x41, 0x42, 0x43, 0x44, 0x45, 0x46]);
    expect(bytes(" QUJ=")).toEqual([0x41, 0x42]);
    expect(bytes("\tAAAA")).toEqual([0, 0, 0]);
    expect(bytes(" /+/+")).toEqual([0xff, 0xef, 0xfe]);
  });

  it("decodes the canonical form (no whitespace) the same way", () => {
    expect(bytes("QUJDRA==")).toEqual([0x41, 0x42, 0x43, 0x44]);
    expect(bytes("QUJDREVG")).toEqual([0x41, 0x42, 0x43, 0x44, 0x45, 0x46]);
    expect(bytes("QUJ=")).toEqual([0x41, 0x42]);
    expect(bytes("")).toEqual([]);
    expect(bytes(" \t")).toEqual([]);
  });

  it.each([
    ["QUJ\u00e9", "a non-ASCII letter in a whole quad"],
    [" QUJ\u00e9", "the same after whitespace"],
    ["QUJ\u0080", "U+0080, the first unit past ASCII"],
    [" QUJ\u0080", "the same after whitespace"],
    [" QU\u00a0=", "a no-break space (not base64 whitespace) before the padding"],
    [" QQ=A", "data after the padding"],
    [" QU!=", "an ASCII character outside the alphabet"],
    ["QU!=", "the same without whitespace"],
    ["Q===", "three padding characters"],
    [" Q===", "the same after whitespace"],
  ])("refuses %j (%s) with FormatException", (text) => {
    expect(() => Convert.FromBase64String(text)).toThrow(FormatException);
    expect(() => Convert.FromBase64String(text)).toThrow(BAD_CHAR);
  });

  it("refuses a length that is not a multiple of four", () => {
    expect(() => Convert.FromBase64String(" QUJ")).toThrow(FormatException);
    expect(() => Convert.FromBase64String("QUJDR")).toThrow(FormatException);
  });

  it("throws ArgumentNullException naming `s` for null (the harness's undefined too)", () => {
    for (const value of [null, undefined])
      expect(() => Convert.FromBase64String(value as unknown as string)).toThrow(
        new ArgumentNullException("s"),
      );
  });
});

describe("Convert.ToBase64String(inArray, offset, length)", () => {
  const five = new Uint8Array([1, 2, 3, 4, 5]);

  it("encodes the slice: inside, at the end, the whole array and an empty one", () => {
    expect(Convert.ToBase64String(five, 1, 3)).toBe("AgME");
    expect(Convert.ToBase64String(five, 2, 3)).toBe("AwQF");
    expect(Convert.ToBase64String(five, 0, 5)).toBe("AQIDBAU=");
    expect(Convert.ToBase64String(five, 5, 0)).toBe("");
    expect(Convert.ToBase64String(five)).toBe("AQIDBAU=");
  });

  it("throws ArgumentOutOfRangeException naming length, then offset (.NET's order)", () => {
    const named = (name: string) => new RegExp(`Parameter name: ${name}$`);
    expect(() => Convert.ToBase64String(five, 3, 3)).toThrow(ArgumentOutOfRangeException);
    expect(() => Convert.ToBase64String(five, 3, 3)).toThrow(named("offset"));
    expect(() => Convert.ToBase64String(five, -1, -1)).toThrow(named("length"));
    expect(() => Convert.ToBase64String(five, -1, 1)).toThrow(named("offset"));
    expect(() => Convert.ToBase64String(five, 0, -1)).toThrow(named("length"));
  });

  it("throws ArgumentNullException naming inArray", () => {
    for (const value of [null, undefined])
      expect(() => Convert.ToBase64String(value as unknown as Uint8Array)).toThrow(
        new ArgumentNullException("inArray"),
      );
  });
});
