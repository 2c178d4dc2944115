// APIM's byte[].Encrypt / Decrypt in the harness: a published AES-CBC vector (NIST SP 800-38A,
// F.2.1) with .NET's PKCS7 padding block after it, and what the twin refuses instead of guessing
// (names it does not simulate, null arguments, an empty ciphertext). Random cases against mono:
// test/conformance/cases/encryption.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { installDotnet } from "../../harness/dotnet/install.ts";
import { CryptographicException } from "../../harness/dotnet/exceptions.ts";

const hex = (text: string) => new Uint8Array(Buffer.from(text, "hex"));
const KEY = hex("2b7e151628aed2a6abf7158809cf4f3c");
const IV = hex("000102030405060708090a0b0c0d0e0f");
const PLAIN = hex("6bc1bee22e409f96e93d7e117393172a");

describe("byte[].Encrypt / Decrypt", () => {
  beforeAll(() => installDotnet());

  it("encrypts with CBC and PKCS7 (SP 800-38A F.2.1's first block, then a padding block)", () => {
    const cipher = PLAIN.Encrypt("Aes", KEY, IV);
    expect(Buffer.from(cipher.subarray(0, 16)).toString("hex")).toBe(
      "7649abac8119b246cee98e9b12e9197d",
    );
    expect(cipher.length).toBe(32);
    expect([...cipher.Decrypt("aes", KEY, IV)]).toEqual([...PLAIN]);
  });

  it("throws CryptographicException for a wrong size or a bad padding", () => {
    expect(() => PLAIN.Encrypt("Aes", KEY.subarray(1), IV)).toThrow(CryptographicException);
    expect(() => PLAIN.Encrypt("Aes", KEY, IV.subarray(1))).toThrow(CryptographicException);
    expect(() => PLAIN.Decrypt("Aes", KEY, IV)).toThrow(/Padding is invalid/);
    expect(() => PLAIN.subarray(1).Decrypt("Aes", KEY, IV)).toThrow(/Length of the data/);
  });

  it("refuses what it does not simulate or what .NET's runtimes disagree on", () => {
    expect(() => PLAIN.Encrypt("DES", KEY.subarray(0, 8), IV.subarray(0, 8))).toThrow(
      HarnessRefusal,
    );
    expect(() => PLAIN.Encrypt("Aes", null as never, IV)).toThrow(HarnessRefusal);
    expect(() => new Uint8Array(0).Decrypt("Aes", KEY, IV)).toThrow(HarnessRefusal);
    expect(() => PLAIN.Encrypt("Rijndael", KEY.subarray(1), IV)).toThrow(HarnessRefusal);
  });
});
