// Conformance cases: HMACMD5 and HMACSHA1/256/384/512 with random keys (empty, short, one block, longer than
// the block, which HMAC hashes first) and random messages, SHA1/256/384/512 (Create() and the
// *Managed constructors) and MD5, the base64
// and hex texts policies make of digests (Convert.ToBase64String with and without a slice,
// BitConverter.ToString with and without a slice, their argument checks), and the signing
// pattern of an HMAC over UTF-8 text. Inputs: fast-check, fixed seeds; expected values are
// mono's (every case runs in C#).
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { bytes, one, two } from "../generators.ts";

const N = 120;
/** Keys of every length class: 0, short, exactly SHA-256's and SHA-512's blocks, longer. */
const keys = [
  new Uint8Array(0),
  new Uint8Array(64).fill(7),
  new Uint8Array(128).fill(9),
  ...fc.sample(
    fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ minLength: 60, maxLength: 200 })),
    { numRuns: N, seed: 1601 },
  ),
];
const messages = [
  new Uint8Array(0),
  ...fc.sample(fc.uint8Array({ maxLength: 300 }), { numRuns: N, seed: 1602 }),
];
const texts = fc.sample(fc.string({ unit: "grapheme", maxLength: 40 }), { numRuns: N, seed: 1603 });
/** Slices at and past the array's ends, negative ones included. */
const slices = fc.sample(
  fc.tuple(
    fc.uint8Array({ maxLength: 12 }),
    fc.integer({ min: -2, max: 14 }),
    fc.integer({ min: -2, max: 14 }),
  ),
  { numRuns: N, seed: 1604 },
);

export const hashingCases: readonly SnippetSpec[] = [
  ...["HMACMD5", "HMACSHA1", "HMACSHA256", "HMACSHA384", "HMACSHA512"].map(
    (algorithm): SnippetSpec => ({
      id: `${algorithm}.ComputeHash`,
      source: `(key: bytes, message: bytes) => new ${algorithm}(key).ComputeHash(message)`,
      inputs: two(keys, messages),
    }),
  ),
  ...["SHA1", "SHA256", "SHA384", "SHA512", "MD5"].map((algorithm): SnippetSpec => ({
    id: `${algorithm}.ComputeHash`,
    source: `(message: bytes) => ${algorithm}.Create().ComputeHash(message)`,
    inputs: one(messages),
  })),
  ...["SHA1Managed", "SHA256Managed", "SHA384Managed", "SHA512Managed"].map(
    (algorithm): SnippetSpec => ({
      id: `${algorithm}.ComputeHash`,
      source: `(message: bytes) => new ${algorithm}().ComputeHash(message)`,
      inputs: one(messages),
    }),
  ),
  {
    id: "HashAlgorithm.null",
    source: "(key: bytes, message: bytes | null) => new HMACSHA256(key).ComputeHash(message)",
    inputs: [
      [new Uint8Array(1), null],
      [new Uint8Array(0), new Uint8Array(0)],
    ],
  },
  {
    id: "HMACSHA256.signature",
    source:
      "(secret: string, text: string) => Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(secret)).ComputeHash(Encoding.UTF8.GetBytes(text)))",
    inputs: two(texts, [...texts].reverse()),
  },
  {
    id: "BitConverter.ToString",
    source: "(value: bytes | null) => BitConverter.ToString(value)",
    inputs: one([null, ...bytes(N, 1605)]),
  },
  {
    id: "BitConverter.ToString.slice",
    source:
      "(value: bytes, start: int, length: int) => BitConverter.ToString(value, start, length)",
    inputs: slices,
  },
  {
    id: "Convert.ToBase64String.slice",
    source:
      "(value: bytes, offset: int, length: int) => Convert.ToBase64String(value, offset, length)",
    inputs: slices,
  },
  {
    id: "SHA256.hex",
    source:
      '(text: string) => BitConverter.ToString(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes(text))).replaceAll("-", "").toLowerCase()',
    inputs: one(texts),
  },
];
