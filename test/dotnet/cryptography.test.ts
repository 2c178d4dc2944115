// The hashing twin: published test vectors for every algorithm it names, the argument checks of
// .NET Framework's reference source, and what it refuses (the rest is compared with mono in
// test/conformance/cases/hashing.ts).
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import {
  BitConverter,
  HMACMD5,
  HMACSHA1,
  HMACSHA256,
  HMACSHA384,
  HMACSHA512,
  MD5,
  SHA1,
  SHA1Managed,
  SHA256,
  SHA256Managed,
  SHA384,
  SHA384Managed,
  SHA512,
  SHA512Managed,
} from "../../harness/dotnet/cryptography.ts";
import {
  ArgumentException,
  ArgumentNullException,
  ArgumentOutOfRangeException,
} from "../../harness/dotnet/exceptions.ts";

const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

// FIPS 180-4's examples ("abc", Appendix B of FIPS 180-2) and RFC 1321, A.5 (MD5 ("abc")).
const ABC = {
  md5: "900150983cd24fb0d6963f7d28e17f72",
  sha1: "a9993e364706816aba3e25717850c26c9cd0d89d",
  sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  sha384:
    "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
  sha512:
    "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
};

// RFC 2202, test case 2 (HMAC-MD5, HMAC-SHA-1) and RFC 4231, test case 2 (HMAC-SHA-2): key
// "Jefe", data "what do ya want for nothing?".
const JEFE = {
  md5: "750c783e6ab0b503eaa86e310a5db738",
  sha1: "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
  sha256: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  sha384:
    "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
  sha512:
    "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
};

describe("hashing twin", () => {
  it("hashes 'abc' as FIPS 180 and RFC 1321 publish, by Create() and by the Managed classes", () => {
    expect(hex(MD5.Create().ComputeHash(ascii("abc")))).toBe(ABC.md5);
    expect(hex(SHA1.Create().ComputeHash(ascii("abc")))).toBe(ABC.sha1);
    expect(hex(SHA256.Create().ComputeHash(ascii("abc")))).toBe(ABC.sha256);
    expect(hex(SHA384.Create().ComputeHash(ascii("abc")))).toBe(ABC.sha384);
    expect(hex(SHA512.Create().ComputeHash(ascii("abc")))).toBe(ABC.sha512);
    expect(hex(SHA1Managed().ComputeHash(ascii("abc")))).toBe(ABC.sha1);
    expect(hex(SHA256Managed().ComputeHash(ascii("abc")))).toBe(ABC.sha256);
    expect(hex(SHA384Managed().ComputeHash(ascii("abc")))).toBe(ABC.sha384);
    expect(hex(SHA512Managed().ComputeHash(ascii("abc")))).toBe(ABC.sha512);
  });

  it("computes RFC 2202's and RFC 4231's test case 2 (key 'Jefe') for every HMAC", () => {
    const data = ascii("what do ya want for nothing?");
    const key = ascii("Jefe");
    expect(hex(HMACMD5(key).ComputeHash(data))).toBe(JEFE.md5);
    expect(hex(HMACSHA1(key).ComputeHash(data))).toBe(JEFE.sha1);
    expect(hex(HMACSHA256(key).ComputeHash(data))).toBe(JEFE.sha256);
    expect(hex(HMACSHA384(key).ComputeHash(data))).toBe(JEFE.sha384);
    expect(hex(HMACSHA512(key).ComputeHash(data))).toBe(JEFE.sha512);
  });

  it("keeps a copy of the key: changing the caller's array later does not change the HMAC", () => {
    // HMAC's Key setter stores `(byte[])value.Clone()` (.NET Framework, HMAC.cs, InitializeKey).
    const key = ascii("Jefe");
    const hmac = HMACSHA256(key);
    key.fill(0);
    expect(hex(hmac.ComputeHash(ascii("what do ya want for nothing?")))).toBe(JEFE.sha256);
  });

  it("throws ArgumentNullException('buffer') for ComputeHash(null)", () => {
    // HashAlgorithm.ComputeHash(byte[] buffer): `if (buffer == null) throw new ArgumentNullException("buffer")`.
    for (const algorithm of [SHA256.Create(), HMACSHA256(ascii("k"))]) {
      expect(() => algorithm.ComputeHash(null)).toThrow(ArgumentNullException);
      expect(() => algorithm.ComputeHash(null)).toThrow(/Parameter name: buffer$/);
    }
  });

  it("refuses a null HMAC key: .NET Framework and .NET Core throw different exceptions", () => {
    expect(() => HMACSHA256(null)).toThrow(HarnessRefusal);
    expect(() => HMACSHA1(null)).toThrow(
      /NullReferenceException, \.NET Core ArgumentNullException; the harness does not know which APIM runs/,
    );
  });
});

describe("BitConverter.ToString", () => {
  const bytes = new Uint8Array([0x00, 0x01, 0x0a, 0xab, 0xff]);

  it("writes upper-case hex pairs joined by '-', '' for no bytes", () => {
    // BitConverter.ToString(Byte[]), Examples: { 0, 1, 2, 4, 8, 16, 32, 64, 128, 255 } gives
    // "00-01-02-04-08-10-20-40-80-FF".
    expect(BitConverter.ToString(new Uint8Array([0, 1, 2, 4, 8, 16, 32, 64, 128, 255]))).toBe(
      "00-01-02-04-08-10-20-40-80-FF",
    );
    expect(BitConverter.ToString(new Uint8Array(0))).toBe("");
    expect(BitConverter.ToString(bytes, 1, 3)).toBe("01-0A-AB");
    expect(BitConverter.ToString(bytes, 4, 1)).toBe("FF");
    expect(BitConverter.ToString(bytes, 0, 0)).toBe("");
    // "Don't throw for a 0 length array" (startIndex 0 of an empty array).
    expect(BitConverter.ToString(new Uint8Array(0), 0, 0)).toBe("");
    // ToString(byte[], int): `ToString(value, startIndex, value.Length - startIndex)`.
    expect(BitConverter.ToString(bytes, 2)).toBe("0A-AB-FF");
    expect(() => BitConverter.ToString(bytes, 5)).toThrow(ArgumentOutOfRangeException);
  });

  // .NET Framework's mscorlib, BitConverter.ToString(byte[], int, int): null is
  // ArgumentNullException("byteArray") (ToString(byte[]) says "value"); then startIndex < 0 or
  // past the end (unless 0) is ArgumentOutOfRange_StartIndex, a negative length
  // ArgumentOutOfRange_GenericPositive, and a slice past the end Arg_ArrayPlusOffTooSmall. Mono
  // agrees on the types and the order (checked by hand with mcs/mono 6.8).
  it("checks its arguments in .NET Framework's order, with its messages", () => {
    expect(() => BitConverter.ToString(null)).toThrow(/Parameter name: value$/);
    expect(() => BitConverter.ToString(null, 0, 0)).toThrow(ArgumentNullException);
    expect(() => BitConverter.ToString(null, 0, 0)).toThrow(/Parameter name: byteArray$/);
    const startIndex = "StartIndex cannot be less than zero.\nParameter name: startIndex";
    expect(() => BitConverter.ToString(bytes, -1, 0)).toThrow(ArgumentOutOfRangeException);
    expect(() => BitConverter.ToString(bytes, -1, 0)).toThrow(startIndex);
    expect(() => BitConverter.ToString(bytes, 5, 0)).toThrow(startIndex);
    expect(() => BitConverter.ToString(new Uint8Array(0), 1, 0)).toThrow(startIndex);
    expect(() => BitConverter.ToString(bytes, 0, -1)).toThrow(
      "Value must be positive.\nParameter name: length",
    );
    expect(() => BitConverter.ToString(bytes, 5, -1)).toThrow(/startIndex/);
    const tooSmall = (start: number, length: number) => {
      let thrown: unknown;
      try {
        BitConverter.ToString(bytes, start, length);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ArgumentException);
      expect(thrown).not.toBeInstanceOf(ArgumentOutOfRangeException);
      expect((thrown as Error).message).toBe(
        "Destination array is not long enough to copy all the items in the collection. Check array index and length.",
      );
    };
    tooSmall(3, 3);
    tooSmall(0, 6);
  });
});
