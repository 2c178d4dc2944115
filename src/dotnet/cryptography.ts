// Hashing as policies sign and fingerprint requests: HMACMD5 and HMACSHA1/256/384/512 with a key
// (`new HMACSHA256(key).ComputeHash(bytes)`), SHA1/256/384/512 and MD5 (`SHA256.Create()
// .ComputeHash`; SHA1Managed to SHA512Managed constructed with `new`),
// and BitConverter.ToString for hex. APIM's expression page allows these types with all their
// members ("API Management policy expressions", ".NET Framework types allowed in policy
// expressions": HashAlgorithm, HMACMD5, HMACSHA256, SHA256, SHA256Managed, MD5, BitConverter, ...). C#'s `using` block
// around the algorithm has no spelling here: chosen (docs/project-choices.md), the algorithm is
// used without it, as APIM samples do; it holds no resource a policy expression could exhaust.
import type { bytes, int } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.Security.Cryptography.HashAlgorithm (an HMAC or a plain hash). */
export interface HashAlgorithm {
  /** The hash (HMAC) of all the bytes. Throws ArgumentNullException for null. */
  ComputeHash(buffer: bytes | null): bytes;
}

/** An HMAC's constructor: `new HMACSHA256(key)` (any key length; a long key is hashed first). */
export interface HmacConstructor {
  /** A null key is refused by the harness (.NET Framework and .NET Core throw different exceptions). */
  new (key: bytes): HashAlgorithm;
}

/** A managed hash's constructor: `new SHA256Managed()`. */
export interface HashAlgorithmConstructor {
  new (): HashAlgorithm;
}

/** A hash algorithm's statics: `SHA256.Create()`. */
export interface HashAlgorithmStatic {
  /** The platform's implementation of the algorithm. */
  Create(): HashAlgorithm;
}

/** System.BitConverter (bytes as hex text). */
export interface BitConverterStatic {
  /**
   * Upper-case hex pairs separated by "-": [0x0A, 0xFF] gives "0A-FF"; "" for no bytes. With
   * startIndex and length, that slice: ArgumentOutOfRangeException for a negative index or
   * length or an index past the end, ArgumentException when the slice overruns the array.
   * Throws ArgumentNullException for null.
   */
  ToString(value: bytes | null): string;
  ToString(value: bytes | null, startIndex: int, length: int): string;
}

/** System.Security.Cryptography.HMACMD5. */
export const HMACMD5: HmacConstructor = dotnetValue<HmacConstructor>("HMACMD5");
/** System.Security.Cryptography.HMACSHA1. */
export const HMACSHA1: HmacConstructor = dotnetValue<HmacConstructor>("HMACSHA1");
/** System.Security.Cryptography.HMACSHA256. */
export const HMACSHA256: HmacConstructor = dotnetValue<HmacConstructor>("HMACSHA256");
/** System.Security.Cryptography.HMACSHA384. */
export const HMACSHA384: HmacConstructor = dotnetValue<HmacConstructor>("HMACSHA384");
/** System.Security.Cryptography.HMACSHA512. */
export const HMACSHA512: HmacConstructor = dotnetValue<HmacConstructor>("HMACSHA512");
/** System.Security.Cryptography.SHA1. */
export const SHA1: HashAlgorithmStatic = dotnetValue<HashAlgorithmStatic>("SHA1");
/** System.Security.Cryptography.SHA256. */
export const SHA256: HashAlgorithmStatic = dotnetValue<HashAlgorithmStatic>("SHA256");
/** System.Security.Cryptography.SHA384. */
export const SHA384: HashAlgorithmStatic = dotnetValue<HashAlgorithmStatic>("SHA384");
/** System.Security.Cryptography.SHA512. */
export const SHA512: HashAlgorithmStatic = dotnetValue<HashAlgorithmStatic>("SHA512");
/** System.Security.Cryptography.MD5. */
export const MD5: HashAlgorithmStatic = dotnetValue<HashAlgorithmStatic>("MD5");
/** System.Security.Cryptography.SHA1Managed. */
export const SHA1Managed: HashAlgorithmConstructor =
  dotnetValue<HashAlgorithmConstructor>("SHA1Managed");
/** System.Security.Cryptography.SHA256Managed. */
export const SHA256Managed: HashAlgorithmConstructor =
  dotnetValue<HashAlgorithmConstructor>("SHA256Managed");
/** System.Security.Cryptography.SHA384Managed. */
export const SHA384Managed: HashAlgorithmConstructor =
  dotnetValue<HashAlgorithmConstructor>("SHA384Managed");
/** System.Security.Cryptography.SHA512Managed. */
export const SHA512Managed: HashAlgorithmConstructor =
  dotnetValue<HashAlgorithmConstructor>("SHA512Managed");
/** System.BitConverter. */
export const BitConverter: BitConverterStatic = dotnetValue<BitConverterStatic>("BitConverter");
