// System.Convert's base64 members with .NET's exact tolerance: spaces, tabs, CR and LF anywhere
// are ignored; any other character outside the alphabet, a length that is not a multiple of four
// or misplaced padding is a FormatException. Unused trailing bits are not checked (as in .NET).
import { ConvertNumbers } from "./convert-numbers.ts";
import {
  ArgumentNullException,
  ArgumentOutOfRangeException,
  FormatException,
} from "./exceptions.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

const BAD_CHAR =
  "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.";
const BAD_LENGTH = "Invalid length for a Base-64 char array or string.";

/**
 * The common case decoded in one pass: no whitespace, a length that is a multiple of four, at
 * most two '=' at the end. Undefined for anything else, which FromBase64String checks as .NET
 * does and, once valid and without its whitespace, decodes here too (one decoder for both).
 */
function decodeCanonical(s: string): Uint8Array | undefined {
  const length = s.length;
  if (length % 4 !== 0) return undefined;
  // charCodeAt(-1) of "" is NaN: no padding.
  const padding = s.charCodeAt(length - 1) !== 0x3d ? 0 : s.charCodeAt(length - 2) === 0x3d ? 2 : 1;
  const data = length - padding;
  const out = new Uint8Array((data * 3) >> 2);
  let o = 0;
  let bits = 0;
  let count = 0;
  for (let i = 0; i < data; i++) {
    const c = s.charCodeAt(i);
    const value = c < 128 ? VALUES[c]! : -1;
    if (value < 0) return undefined;
    bits = (bits << 6) | value;
    if (++count === 4) {
      out[o++] = bits >> 16;
      out[o++] = (bits >> 8) & 0xff;
      out[o++] = bits & 0xff;
      bits = 0;
      count = 0;
    }
  }
  // The final quad's data characters (2 or 3 when padded); unused trailing bits are dropped.
  if (count === 2) out[o] = bits >> 4;
  else if (count === 3) {
    out[o] = bits >> 10;
    out[o + 1] = (bits >> 2) & 0xff;
  }
  return out;
}

/** System.Convert (base64 members here, numbers in convert-numbers.ts). */
export const Convert = {
  ...ConvertNumbers,
  /** Decodes base64 as .NET does; throws FormatException for malformed text, ArgumentNullException for null. */
  FromBase64String(s: string | null): Uint8Array {
    if (s === null || s === undefined) throw new ArgumentNullException("s");
    const canonical = decodeCanonical(s);
    if (canonical) return canonical;
    const text = s.replace(/[ \t\n\r]/g, "");
    let padding = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3d) padding++;
      // Data after padding, or a character outside the alphabet (past the table: undefined).
      else if (padding > 0 || !(VALUES[c]! >= 0)) throw new FormatException(BAD_CHAR);
    }
    // "Q===": a final quad has at least two data characters.
    if (padding > 2) throw new FormatException(BAD_CHAR);
    if (text.length % 4 !== 0) throw new FormatException(BAD_LENGTH);
    // Canonical now: data characters, then at most two '=', a multiple of four in all.
    return decodeCanonical(text)!;
  },
  /** Encodes bytes as base64 without line breaks. */
  ToBase64String(inArray: Uint8Array | null, offset?: number, length?: number): string {
    if (inArray === null || inArray === undefined) throw new ArgumentNullException("inArray");
    // The declared overloads: (inArray) and (inArray, offset, length).
    if (length !== undefined) {
      // .NET's order of checks (reference source, Convert.ToBase64String(byte[], int, int)).
      if (length < 0) throw new ArgumentOutOfRangeException("length");
      if (offset! < 0) throw new ArgumentOutOfRangeException("offset");
      if (offset! > inArray.length - length) throw new ArgumentOutOfRangeException("offset");
      inArray = inArray.subarray(offset, offset! + length);
    }
    return Buffer.from(inArray.buffer, inArray.byteOffset, inArray.byteLength).toString("base64");
  },
};
