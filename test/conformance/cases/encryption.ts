// Conformance cases: APIM's byte[].Encrypt / Decrypt (alg, key, iv) with random keys, IVs and
// messages for "Aes", "Rijndael" and "TripleDES" (and CryptoConfig's other spellings: "AES",
// "3DES"): keys of every valid size and of sizes .NET refuses, IVs of the block size, shorter
// and longer (Rijndael and TripleDES accept some longer ones), TripleDES keys that are weak only
// once their parity bits are fixed, round trips, ciphertexts decrypted with a wrong key or IV
// (bad padding, now and then good padding and garbage), truncated ciphertexts. Expected values
// are mono's; the cases keep clear of what the twin refuses (null arguments, empty ciphertexts,
// DES and RC2).
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";

const N = 50;
const sample = <T>(arbitrary: fc.Arbitrary<T>, seed: number, numRuns = N) =>
  fc.sample(arbitrary, { numRuns, seed });

const AES_NAMES = ["Aes", "AES", "Rijndael"] as const;
const DES3_NAMES = ["TripleDES", "3DES"] as const;

/** A key or IV of one of the sizes, random bytes. */
const sized = (sizes: readonly number[]) =>
  fc.constantFrom(...sizes).chain((n) => fc.uint8Array({ minLength: n, maxLength: n }));

const message = fc.uint8Array({ maxLength: 70 });

const aesValid = sample(
  fc.tuple(fc.constantFrom(...AES_NAMES), sized([16, 24, 32]), sized([16]), message),
  1311,
);
const des3Valid = sample(
  fc.tuple(fc.constantFrom(...DES3_NAMES), sized([16, 24]), sized([8]), message),
  1312,
);
/**
 * Sizes .NET refuses next to ones it accepts: keys 0, 8, 15, 17, 31, 33; IVs 0, 7, 15, 17, 20.
 * Rijndael only with valid keys: the twin refuses the others (mono accepts some).
 */
const edges: [string, Uint8Array, Uint8Array, Uint8Array][] = [
  ...sample(
    fc.tuple(
      fc.constantFrom("Aes", "AES", ...DES3_NAMES),
      sized([0, 8, 15, 16, 17, 24, 31, 32, 33]),
      sized([0, 7, 8, 9, 15, 16, 17, 19, 20]),
      message,
    ),
    1313,
    120,
  ),
  ...sample(
    fc.tuple(fc.constant("Rijndael"), sized([16, 24, 32]), sized([0, 15, 16, 17, 19, 20]), message),
    1315,
    30,
  ),
];

/** TripleDES keys whose halves differ only in parity bits (weak to .NET) or are equal. */
const weakKeys = sample(fc.uint8Array({ minLength: 8, maxLength: 8 }), 1314, 6).flatMap((k1) => {
  const parity = k1.map((b) => b ^ 1);
  const k3 = k1.map((b) => b ^ 0x80);
  return [
    new Uint8Array([...k1, ...parity]),
    new Uint8Array([...k1, ...k1, ...k3]),
    new Uint8Array([...k3, ...k1, ...parity]),
  ];
});

/** A ciphertext of the twin's own making, for the Decrypt cases. */
function encrypt(alg: string, key: Uint8Array, iv: Uint8Array, plain: Uint8Array): Uint8Array {
  const { createCipheriv } = require("node:crypto") as typeof import("node:crypto");
  const name = alg.includes("DES")
    ? key.length === 16
      ? "des-ede-cbc"
      : "des-ede3-cbc"
    : `aes-${key.length * 8}-cbc`;
  const cipher = createCipheriv(name, key, iv);
  return new Uint8Array(Buffer.concat([cipher.update(plain), cipher.final()]));
}

/** Decrypt inputs: the right key and IV, a flipped IV byte, a flipped last byte, a wrong key, a cut. */
const decryptInputs = [...aesValid.slice(0, 30), ...des3Valid.slice(0, 30)].flatMap(
  ([alg, key, iv, plain], index) => {
    const text = encrypt(alg, key, iv, plain);
    const flippedIv = iv.map((b, i) => (i === 0 ? b ^ 1 : b));
    const flippedLast = text.map((b, i) => (i === text.length - 1 ? b ^ (index + 1) : b));
    const wrongKey = key.map((b, i) => (i === key.length - 1 ? b ^ 0x10 : b));
    return [
      [alg, key, iv, text],
      [alg, key, flippedIv, text],
      [alg, key, iv, flippedLast],
      [alg, wrongKey, iv, text],
      [alg, key, iv, text.subarray(0, text.length - 1)],
    ];
  },
);

export const encryptionCases: readonly SnippetSpec[] = [
  {
    id: "byte[].Encrypt",
    source:
      "(alg: string, key: bytes, iv: bytes, message: bytes) => Convert.ToBase64String(message.Encrypt(alg, key, iv))",
    inputs: [...aesValid, ...des3Valid, ...edges],
  },
  {
    id: "byte[].Encrypt.weak-keys",
    source: '(key: bytes, iv: bytes, message: bytes) => message.Encrypt("TripleDES", key, iv)',
    inputs: weakKeys.flatMap((key, i) => [
      [key, new Uint8Array(8), new Uint8Array(i)],
      // The same key with its second half changed beyond parity: not weak.
      [key.map((b, j) => (j === 8 ? b ^ 0x80 : b)), new Uint8Array(8), new Uint8Array(i)],
    ]),
  },
  {
    id: "byte[].Decrypt.round-trip",
    source:
      "(alg: string, key: bytes, iv: bytes, message: bytes) => Convert.ToBase64String(message.Encrypt(alg, key, iv).Decrypt(alg, key, iv)) === Convert.ToBase64String(message)",
    inputs: [...aesValid, ...des3Valid, ...edges],
  },
  {
    id: "byte[].Decrypt",
    source:
      "(alg: string, key: bytes, iv: bytes, ciphertext: bytes) => ciphertext.Decrypt(alg, key, iv)",
    inputs: decryptInputs,
  },
];
