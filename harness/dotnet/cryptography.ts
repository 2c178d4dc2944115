// HMACMD5, HMACSHA1/256/384/512, SHA1/256/384/512 (also as SHA1Managed...SHA512Managed), MD5
// and BitConverter.ToString, with node:crypto. The
// algorithms are standard (HMAC: RFC 2104, keys longer than the block hashed first, as .NET's
// HMAC does; SHA: FIPS 180-4; MD5: RFC 1321), so the digests are the same bytes; the cases of
// test/conformance/cases/hashing.ts compare random keys and messages with mono. Argument checks
// follow .NET's reference source (HashAlgorithm.ComputeHash, HMAC's key, BitConverter.ToString).
import { createHash, createHmac } from "node:crypto";
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import {
  ArgumentException,
  ArgumentNullException,
  ArgumentOutOfRangeException,
} from "./exceptions.ts";

/** A HashAlgorithm instance of the twin. */
export class HashAlgorithmValue {
  constructor(
    private readonly algorithm: string,
    private readonly key: Uint8Array | undefined,
  ) {}

  ComputeHash(buffer: Uint8Array | null): Uint8Array {
    if (buffer == null) throw new ArgumentNullException("buffer");
    // The digest as "binary" (latin1) text, one char per byte, copied into a fresh byte[]: node's digest()
    // without an encoding allocates a Buffer outside the pool, which costs more than the HMAC of a
    // short message (bench/hmac-signing.bench.ts).
    const digest = this.key
      ? createHmac(this.algorithm, this.key).update(buffer).digest("binary")
      : createHash(this.algorithm).update(buffer).digest("binary");
    const out = new Uint8Array(digest.length);
    for (let i = 0; i < digest.length; i++) out[i] = digest.charCodeAt(i);
    return out;
  }
}

function hmac(algorithm: string) {
  return function HmacConstructor(key: Uint8Array | null): HashAlgorithmValue {
    // .NET Framework's reference source reads key.Length (NullReferenceException, as mono does);
    // .NET Core checks the argument (ArgumentNullException). Which one APIM runs is not known.
    if (key == null)
      throw new HarnessRefusal(
        "new HMAC...(null): .NET Framework throws NullReferenceException, .NET Core ArgumentNullException; the harness does not know which APIM runs",
      );
    // .NET copies the key: a later change of the caller's array does not change the HMAC.
    return new HashAlgorithmValue(algorithm, key.slice());
  };
}

function hash(algorithm: string) {
  return Object.freeze({ Create: () => new HashAlgorithmValue(algorithm, undefined) });
}

/** `new SHA256Managed()`: the same hash as SHA256.Create(). */
function managed(algorithm: string) {
  return function ManagedHashConstructor(): HashAlgorithmValue {
    return new HashAlgorithmValue(algorithm, undefined);
  };
}

export const HMACMD5 = hmac("md5");
export const HMACSHA1 = hmac("sha1");
export const HMACSHA256 = hmac("sha256");
export const HMACSHA384 = hmac("sha384");
export const HMACSHA512 = hmac("sha512");
export const SHA1 = hash("sha1");
export const SHA256 = hash("sha256");
export const SHA384 = hash("sha384");
export const SHA512 = hash("sha512");
export const MD5 = hash("md5");
export const SHA1Managed = managed("sha1");
export const SHA256Managed = managed("sha256");
export const SHA384Managed = managed("sha384");
export const SHA512Managed = managed("sha512");

/** System.BitConverter. */
export const BitConverter = Object.freeze({
  ToString(value: Uint8Array | null, startIndex?: number, length?: number): string {
    if (startIndex === undefined) {
      // ToString(byte[]): `if (value == null) throw new ArgumentNullException("value")`.
      if (value == null) throw new ArgumentNullException("value");
      return hexPairs(value);
    }
    // ToString(byte[], int, int) in .NET Framework's mscorlib (BitConverter.cs): this overload
    // names the parameter "byteArray", then checks in this order with these resources
    // (ArgumentOutOfRange_StartIndex, ArgumentOutOfRange_GenericPositive, Arg_ArrayPlusOffTooSmall).
    if (value == null) throw new ArgumentNullException("byteArray");
    const count = length ?? value.length - startIndex;
    if (startIndex < 0 || (startIndex >= value.length && startIndex > 0))
      throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
    if (count < 0) throw new ArgumentOutOfRangeException("length", "Value must be positive.");
    if (startIndex > value.length - count)
      throw new ArgumentException(
        "Destination array is not long enough to copy all the items in the collection. Check array index and length.",
      );
    return hexPairs(value.subarray(startIndex, startIndex + count));
  },
});

function hexPairs(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).toUpperCase().padStart(2, "0")).join("-");
}
