// APIM's `byte[].Encrypt(alg, key, iv)` and `Decrypt(alg, key, iv)` for the harness
// (api-management-policy-expressions.md, rows Encrypt and Decrypt with `alg: string`: "name of a
// symmetric encryption algorithm"). The page does not say how the name is read; chosen
// (docs/project-choices.md): as .NET's SymmetricAlgorithm.Create(name) reads it (CryptoConfig,
// case-insensitive), with that algorithm's defaults, CBC mode and PKCS7 padding (SymmetricAlgorithm
// docs, Mode and Padding properties). node:crypto computes the same standard ciphers (AES: FIPS
// 197; TripleDES: SP 800-67; CBC and PKCS7: SP 800-38A, RFC 5652 section 6.3); the argument
// checks are .NET Framework's (reference source: AesCryptoServiceProvider, RijndaelManagedTransform,
// TripleDESCryptoServiceProvider, TripleDES.IsWeakKey); test/conformance/cases/encryption.ts
// compares random keys, IVs and messages with mono. DES and RC2 are refused (Node's OpenSSL 3 has
// no DES or RC2 without its legacy provider), as are names the harness does not know and null
// arguments (.NET Framework and mono throw different exceptions for them).
import { createCipheriv, createDecipheriv } from "node:crypto";
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { CryptographicException } from "./exceptions.ts";

/** A cipher as the harness runs it: node's name for the key length, and .NET's checks. */
interface Cipher {
  readonly blockSize: number;
  /** node:crypto's cipher name for a key of this length, or undefined for a size .NET refuses. */
  cipherName(keyLength: number): string | undefined;
  /** The IV .NET uses, or undefined when .NET refuses this length. */
  iv(iv: Uint8Array): Uint8Array | undefined;
  /** Whether .NET refuses this (right-sized) key as weak. */
  weak(key: Uint8Array): boolean;
}

const aesNames: Record<number, string> = {
  16: "aes-128-cbc",
  24: "aes-192-cbc",
  32: "aes-256-cbc",
};

/** AesCryptoServiceProvider: the IV must be exactly one block. */
const AES: Cipher = {
  blockSize: 16,
  cipherName: (length) => aesNames[length],
  iv: (iv) => (iv.length === 16 ? iv : undefined),
  weak: () => false,
};

/** RijndaelManaged (block 128): its transform checks `iv.Length / 4` against 4 words, so 16 to 19 bytes pass. */
const RIJNDAEL: Cipher = {
  ...AES,
  iv: (iv) => (Math.floor(iv.length / 4) === 4 ? iv.subarray(0, 16) : undefined),
};

/**
 * Whether the 8-byte DES keys at `a` and `b` are equal but for their parity bits: TripleDES.IsWeakKey
 * compares the key's parts after Utils.FixupKeyParity, which sets each byte's lowest bit from
 * the other seven, so two bytes agree after it exactly when their upper seven bits do.
 */
function sameDesKey(key: Uint8Array, a: number, b: number): boolean {
  for (let i = 0; i < 8; i++) if ((key[a + i]! ^ key[b + i]!) & 0xfe) return false;
  return true;
}

/** TripleDESCryptoServiceProvider: 16 or 24-byte keys, not weak; an IV of 8 bytes or more (its first 8). */
const TRIPLE_DES: Cipher = {
  blockSize: 8,
  cipherName: (length) =>
    length === 16 ? "des-ede-cbc" : length === 24 ? "des-ede3-cbc" : undefined,
  iv: (iv) => (iv.length >= 8 ? iv.subarray(0, 8) : undefined),
  weak: (key) => sameDesKey(key, 0, 8) || (key.length === 24 && sameDesKey(key, 8, 16)),
};

/** CryptoConfig's names (case-insensitive) for the ciphers the harness simulates. */
const CIPHERS = new Map<string, Cipher>([
  ["aes", AES],
  ["rijndael", RIJNDAEL],
  ["tripledes", TRIPLE_DES],
  ["3des", TRIPLE_DES],
  ["triple des", TRIPLE_DES],
]);

function cipherOf(alg: unknown, member: string): Cipher {
  const cipher = typeof alg === "string" ? CIPHERS.get(alg.toLowerCase()) : undefined;
  if (!cipher)
    throw new HarnessRefusal(
      `${member}(${JSON.stringify(alg)}, ...): the harness simulates "Aes", "Rijndael" and ` +
        `"TripleDES" ("3DES"); api-management-policy-expressions.md names no algorithm`,
    );
  return cipher;
}

function run(
  member: "Encrypt" | "Decrypt",
  input: Uint8Array,
  alg: unknown,
  key: Uint8Array | null,
  iv: Uint8Array | null,
): Uint8Array {
  const cipher = cipherOf(alg, member);
  // `input` is the array the extension method was called on, never null here.
  if (key == null || iv == null)
    throw new HarnessRefusal(
      `${member} with a null key or IV: .NET Framework and mono throw different ` +
        "exceptions, and api-management-policy-expressions.md does not say which APIM's gives",
    );
  const name = cipher.cipherName(key.length);
  if (!name && cipher === RIJNDAEL)
    throw new HarnessRefusal(
      `${member}("Rijndael") with a key of ${key.length} bytes: mono accepts some such keys and ` +
        "fails on others, and what .NET Framework throws is not confirmed here",
    );
  if (!name)
    throw new CryptographicException("Specified key is not a valid size for this algorithm.");
  if (cipher.weak(key))
    throw new CryptographicException(
      "Specified key is a known weak key for 'TripleDES' and cannot be used.",
    );
  const usedIv = cipher.iv(iv);
  if (!usedIv)
    throw new CryptographicException(
      "Specified initialization vector (IV) does not match the block size for this algorithm.",
    );
  if (member === "Encrypt") return bytesOf(createCipheriv(name, key, usedIv), input);
  if (input.length === 0)
    throw new HarnessRefusal(
      "Decrypt of no bytes: .NET Framework, .NET and mono do not agree on it (an empty result or a padding error)",
    );
  if (input.length % cipher.blockSize !== 0)
    throw new CryptographicException("Length of the data to decrypt is invalid.");
  try {
    return bytesOf(createDecipheriv(name, key, usedIv), input);
  } catch {
    // OpenSSL's "bad decrypt": the last block's PKCS7 padding is not n bytes of value n.
    throw new CryptographicException("Padding is invalid and cannot be removed.");
  }
}

function bytesOf(transform: { update(b: Uint8Array): Buffer; final(): Buffer }, input: Uint8Array) {
  const head = transform.update(input);
  const tail = transform.final();
  const out = new Uint8Array(head.length + tail.length);
  out.set(head, 0);
  out.set(tail, head.length);
  return out;
}

/**
 * Installs `Encrypt` and `Decrypt` on Uint8Array.prototype (non-enumerable), as the extension
 * methods C# resolves on any byte[]. Called by installDotnet.
 */
export function installSymmetricExtensions(): void {
  if (Object.hasOwn(Uint8Array.prototype, "Encrypt")) return;
  Object.defineProperties(Uint8Array.prototype, {
    Encrypt: {
      value: function (
        this: Uint8Array,
        alg: unknown,
        key: Uint8Array | null,
        iv: Uint8Array | null,
      ) {
        return run("Encrypt", this, alg, key, iv);
      },
      configurable: true,
      writable: true,
    },
    Decrypt: {
      value: function (
        this: Uint8Array,
        alg: unknown,
        key: Uint8Array | null,
        iv: Uint8Array | null,
      ) {
        return run("Decrypt", this, alg, key, iv);
      },
      configurable: true,
      writable: true,
    },
  });
}
