// APIM's byte[] extensions `Encrypt` and `Decrypt` with an algorithm's name, key and IV, as
// Microsoft's expression reference lists them (api-management-policy-expressions.md, the
// context's types: rows `byte[] Encrypt(input: this byte[], alg: string, key:byte[], iv:byte[])`
// and `byte[] Decrypt(input: this byte[], alg: string, key:byte[], iv:byte[])`). They are declared
// on TypeScript's Uint8Array (C#'s byte[]), so a policy writes `plain.Encrypt("Aes", key, iv)` as
// C# does. The page's overloads taking a SymmetricAlgorithm object are not declared: building one
// needs SymmetricAlgorithm.Create and its Key/IV/Mode/Padding setters, which apim-ts does not map.
import type { bytes } from "./types.ts";

declare global {
  interface Uint8Array<TArrayBuffer extends ArrayBufferLike> {
    /**
     * APIM's `Encrypt(alg, key, iv)`: the input encrypted with the named symmetric algorithm in
     * .NET's defaults, CBC mode and PKCS7 padding. The harness simulates "Aes" and "Rijndael"
     * (keys of 16, 24 or 32 bytes, a 16-byte IV) and "TripleDES"/"3DES" (keys of 16 or 24
     * bytes, an 8-byte IV); a key or IV of another size, or a known weak TripleDES key, throws
     * CryptographicException.
     */
    Encrypt(alg: string, key: bytes, iv: bytes): bytes;
    /**
     * APIM's `Decrypt(alg, key, iv)`: the plaintext of a ciphertext made by Encrypt with the
     * same algorithm, key and IV. CryptographicException for a length that is not a whole
     * number of blocks or for padding that is not PKCS7 (a wrong key or IV, mostly).
     */
    Decrypt(alg: string, key: bytes, iv: bytes): bytes;
  }
}

export {};
