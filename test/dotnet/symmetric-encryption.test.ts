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

// Each key size and algorithm name the twin maps, against the published vectors (NIST SP 800-38A,
// F.2.3 CBC-AES192 and F.2.5 CBC-AES256, first block) and mono 6.8 (SymmetricAlgorithm.Create(alg)
// with CreateEncryptor(key, iv), CBC and PKCS7, run by hand with mcs: the whole ciphertexts
// below, padding block included, are mono's).
describe("byte[].Encrypt / Decrypt: algorithms and sizes", () => {
  beforeAll(() => installDotnet());
  const DES_KEY_16 = hex("0123456789abcdef23456789abcdef01");
  const DES_KEY_24 = hex("0123456789abcdef23456789abcdef01456789abcdef0123");
  const DES_IV = hex("0001020304050607");
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
  const ivMessage =
    "Specified initialization vector (IV) does not match the block size for this algorithm.";
  const weakMessage = "Specified key is a known weak key for 'TripleDES' and cannot be used.";

  it("AES-192 and AES-256 (SP 800-38A F.2.3, F.2.5), names in any case", () => {
    const key192 = hex("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b");
    const key256 = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    expect(text(PLAIN.Encrypt("Aes", key192, IV))).toBe(
      "4f021db243bc633d7178183a9fa071e8a647f1643b94812a175a13c8fa2014b2",
    );
    expect(text(PLAIN.Encrypt("AES", key256, IV))).toBe(
      "f58c4c04d6e5f1ba779eabfb5f7bfbd6485a5c81519cf378fa36d42b8547edc0",
    );
    expect(text(hex("").Encrypt("aes", KEY, IV))).toBe("c84af0b613435d5d9182801a9bd9320b");
    const cipher = PLAIN.Encrypt("Aes", key256, IV);
    expect(text(cipher.Decrypt("Aes", key256, IV))).toBe(text(PLAIN));
  });

  it("Rijndael reads 16 to 19 IV bytes (iv.Length / 4 words) and uses the first 16", () => {
    // RijndaelManagedTransform: `if (rgbIV.Length / 4 != m_Nb) throw ... Cryptography_InvalidIVSize`.
    const sixteen = text(PLAIN.Encrypt("Aes", KEY, IV));
    const iv17 = hex("000102030405060708090a0b0c0d0e0fff");
    const iv19 = hex("000102030405060708090a0b0c0d0e0fffeedd");
    expect(text(PLAIN.Encrypt("Rijndael", KEY, iv17))).toBe(sixteen);
    expect(text(PLAIN.Encrypt("rijndael", KEY, iv19))).toBe(sixteen);
    expect(text(PLAIN.Encrypt("Rijndael", KEY, iv19).Decrypt("Rijndael", KEY, iv17))).toBe(
      text(PLAIN),
    );
    expect(() =>
      PLAIN.Encrypt("Rijndael", KEY, hex("000102030405060708090a0b0c0d0e0fffeeddcc")),
    ).toThrow(ivMessage);
    expect(() => PLAIN.Encrypt("Rijndael", KEY, IV.subarray(1))).toThrow(ivMessage);
    // AesCryptoServiceProvider wants exactly one block.
    expect(() => PLAIN.Encrypt("Aes", KEY, iv17)).toThrow(ivMessage);
    expect(() => PLAIN.Encrypt("Aes", KEY, IV.subarray(1))).toThrow(CryptographicException);
  });

  it("TripleDES with two and three keys, by each of CryptoConfig's names", () => {
    expect(text(PLAIN.Encrypt("TripleDES", DES_KEY_16, DES_IV))).toBe(
      "ebbbf774adb48eb5471016d5ff74521dca40e6e7e686baf0",
    );
    expect(text(PLAIN.Encrypt("3DES", DES_KEY_24, DES_IV))).toBe(
      "df4fb48a5c3414fa340a1553efae84314078cce6cc64a2c4",
    );
    // An IV longer than a block: TripleDESCryptoServiceProvider uses its first 8 bytes.
    expect(text(PLAIN.Encrypt("Triple DES", DES_KEY_24, hex("000102030405060708")))).toBe(
      "df4fb48a5c3414fa340a1553efae84314078cce6cc64a2c4",
    );
    expect(text(hex("").Encrypt("tripledes", DES_KEY_16, DES_IV))).toBe("45f0b449fb185ffd");
    const cipher = PLAIN.Encrypt("TripleDES", DES_KEY_24, DES_IV);
    expect(text(cipher.Decrypt("3des", DES_KEY_24, DES_IV))).toBe(text(PLAIN));
    // A key differing from a weak one in a single non-parity bit is not weak.
    expect(() =>
      PLAIN.Encrypt("TripleDES", hex("0123456789abcdef0123456789abcdcf"), DES_IV),
    ).not.toThrow();
    expect(() =>
      PLAIN.Encrypt("TripleDES", hex("0123456789abcdef23456789abcdef01234567890bcdef01"), DES_IV),
    ).not.toThrow();
    // K1 = K3 with K2 different is not weak (it is two-key 3DES: the same ciphertext).
    const k1k2k1 = hex("0123456789abcdef23456789abcdef010123456789abcdef");
    expect(text(PLAIN.Encrypt("TripleDES", k1k2k1, DES_IV))).toBe(
      "ebbbf774adb48eb5471016d5ff74521dca40e6e7e686baf0",
    );
  });

  it("TripleDES refuses weak keys (halves equal up to parity), wrong sizes and short IVs", () => {
    // TripleDES.IsWeakKey (reference source): the key with odd parity fixed, K1 = K2 or K2 = K3.
    const weak16 = hex("0123456789abcdef0123456789abcdef");
    const weakParity = hex("0123456789abcdef0022446688aaccee");
    // Only the parity bits differ, in every byte of K3 against K2.
    const weak24Parity = hex("0123456789abcdef23456789abcdef0122446688aaccee00");
    const weak24 = hex("0123456789abcdef23456789abcdef0123456789abcdef01");
    for (const key of [weak16, weakParity, weak24, weak24Parity]) {
      expect(() => PLAIN.Encrypt("TripleDES", key, DES_IV)).toThrow(CryptographicException);
      expect(() => PLAIN.Encrypt("TripleDES", key, DES_IV)).toThrow(weakMessage);
    }
    expect(() => PLAIN.Encrypt("TripleDES", DES_KEY_16.subarray(0, 8), DES_IV)).toThrow(
      "Specified key is not a valid size for this algorithm.",
    );
    expect(() => PLAIN.Encrypt("TripleDES", DES_KEY_24, DES_IV.subarray(1))).toThrow(ivMessage);
    expect(() => PLAIN.subarray(0, 12).Decrypt("TripleDES", DES_KEY_24, DES_IV)).toThrow(
      "Length of the data to decrypt is invalid.",
    );
    // One whole block whose last byte is not a PKCS7 padding.
    expect(() => DES_IV.Decrypt("TripleDES", DES_KEY_16, DES_IV)).toThrow(
      "Padding is invalid and cannot be removed.",
    );
    // 8 bytes are not a whole AES block.
    expect(() => DES_IV.Decrypt("Aes", KEY, IV)).toThrow(
      "Length of the data to decrypt is invalid.",
    );
  });

  it("names the algorithm and the member in its refusals", () => {
    expect(() => PLAIN.Encrypt("RC2", KEY, IV)).toThrow(
      /the harness simulates "Aes", "Rijndael" and "TripleDES" \("3DES"\); api-management-policy-expressions\.md names no algorithm$/,
    );
    expect(() => PLAIN.Encrypt("Aes", null as never, IV)).toThrow(
      /throw different exceptions, and api-management-policy-expressions\.md does not say which APIM's gives$/,
    );
    expect(() => PLAIN.Encrypt("Rijndael", KEY.subarray(2), IV)).toThrow(
      /mono accepts some such keys and fails on others, and what \.NET Framework throws is not confirmed here$/,
    );
    expect(() => new Uint8Array(0).Decrypt("Aes", KEY, IV)).toThrow(
      /^Decrypt of no bytes: \.NET Framework, \.NET and mono do not agree on it/,
    );
    expect(() => PLAIN.Encrypt("DES", KEY, IV)).toThrow(/^Encrypt\("DES", \.\.\.\)/);
    expect(() => PLAIN.Decrypt(42 as never, KEY, IV)).toThrow(/^Decrypt\(42, \.\.\.\)/);
    expect(() => PLAIN.Decrypt("Aes", KEY, null as never)).toThrow(/^Decrypt with a null/);
    expect(() => PLAIN.Encrypt("Aes", KEY, null as never)).toThrow(HarnessRefusal);
    expect(() => PLAIN.Encrypt("Aes", KEY, null as never)).toThrow(/^Encrypt with a null/);
    expect(() => PLAIN.Encrypt("Rijndael", KEY.subarray(1), IV)).toThrow(
      /^Encrypt\("Rijndael"\) with a key of 15 bytes/,
    );
  });

  it("is installed once, as non-enumerable extension methods of every byte[]", () => {
    const descriptor = Object.getOwnPropertyDescriptor(Uint8Array.prototype, "Encrypt")!;
    expect(descriptor.enumerable).toBe(false);
    installDotnet();
    expect(Object.getOwnPropertyDescriptor(Uint8Array.prototype, "Encrypt")!.value).toBe(
      descriptor.value,
    );
    expect(Object.keys(new Uint8Array(1))).toEqual(["0"]);
  });
});
