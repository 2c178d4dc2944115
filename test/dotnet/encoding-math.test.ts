// Encoding.UTF8 / ASCII at the ASCII boundary and for nulls, and System.Math's declared members.
// Expected values: Microsoft's pages (ASCIIEncoding: "characters ... greater than U+007F are
// replaced with a question mark"; UTF8Encoding: U+0080 is the first two-byte character, RFC 3629
// §3; Math.Floor/Ceiling(-1.5) are -2 and -1, Math.Abs(Int32.MinValue) is OverflowException),
// .NET's EncoderReplacementFallbackBuffer (dotnet/runtime: the replacement string twice for a
// surrogate pair) and Encoding's own ArgumentNullException messages (reference source,
// ArgumentNull_Array / ArgumentNull_String); mono 6.8 prints each of them.
import { describe, expect, it } from "vitest";
import {
  ArgumentNullException,
  Encoding,
  MathStatics,
  OverflowException,
} from "../../harness/dotnet/index.ts";

describe("Encoding", () => {
  it("UTF8 writes U+007F as one byte and U+0080 as two", () => {
    expect([...Encoding.UTF8.GetBytes("\u0080\u007f")]).toEqual([0xc2, 0x80, 0x7f]);
    expect([...Encoding.UTF8.GetBytes("a\u007f")]).toEqual([0x61, 0x7f]);
  });

  it("ASCII maps byte 0x80 and unit U+0080 to '?', keeps 0x7F", () => {
    expect(Encoding.ASCII.GetString(new Uint8Array([0x7f, 0x80]))).toBe("\u007f?");
    expect([...Encoding.ASCII.GetBytes("\u007f\u0080")]).toEqual([0x7f, 0x3f]);
  });

  it("ASCII writes '?' for each unit of a surrogate pair and for a lone surrogate", () => {
    expect([...Encoding.ASCII.GetBytes("\ud800\udc00")]).toEqual([0x3f, 0x3f]);
    expect([...Encoding.ASCII.GetBytes("\ud83dA")]).toEqual([0x3f, 0x41]);
    expect([...Encoding.ASCII.GetBytes("a\ud83d")]).toEqual([0x61, 0x3f]);
  });

  it("prints as its type's full name (Object.ToString)", () => {
    expect(String(Encoding.UTF8)).toBe("System.Text.UTF8Encoding");
    expect(String(Encoding.ASCII)).toBe("System.Text.ASCIIEncoding");
  });

  it("throws ArgumentNullException with Encoding's messages for null (and undefined)", () => {
    const nullArray = new ArgumentNullException("bytes", "Array cannot be null.");
    const nullString = new ArgumentNullException(
      "s",
      "String reference not set to an instance of a String.",
    );
    for (const encoding of [Encoding.UTF8, Encoding.ASCII])
      for (const value of [null, undefined]) {
        expect(() => encoding.GetString(value as unknown as null)).toThrow(nullArray);
        expect(() => encoding.GetBytes(value as unknown as null)).toThrow(nullString);
      }
  });
});

describe("Math", () => {
  it("Max, Min, Floor and Ceiling", () => {
    expect(MathStatics.Max(2, 3)).toBe(3);
    expect(MathStatics.Min(2, 3)).toBe(2);
    expect(MathStatics.Min(3, 2)).toBe(2);
    expect(MathStatics.Floor(-1.5)).toBe(-2);
    expect(MathStatics.Ceiling(-1.5)).toBe(-1);
  });

  it("Abs of an int, and OverflowException for Int32.MinValue", () => {
    expect(MathStatics.Abs(-5)).toBe(5);
    expect(MathStatics.Abs(2147483647)).toBe(2147483647);
    expect(() => MathStatics.Abs(-2147483648)).toThrow(
      new OverflowException("Negating the minimum value of a twos complement number is invalid."),
    );
  });
});
