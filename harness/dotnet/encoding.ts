// System.Text.Encoding.UTF8 and ASCII: invalid UTF-8 decodes to U+FFFD and lone surrogates encode
// as EF BF BD (as .NET's replacement fallback does); ASCII maps everything above 0x7F to '?'.
import { ArgumentNullException } from "./exceptions.ts";

/** A System.Text.Encoding instance. */
export interface EncodingValue {
  readonly WebName: string;
  GetString(bytes: Uint8Array | null): string;
  GetBytes(s: string | null): Uint8Array;
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

const UTF8: EncodingValue = Object.freeze({
  WebName: "utf-8",
  GetString(bytes: Uint8Array | null): string {
    if (bytes === null || bytes === undefined) throw new ArgumentNullException("bytes");
    return utf8Decoder.decode(bytes);
  },
  GetBytes(s: string | null): Uint8Array {
    if (s === null || s === undefined) throw new ArgumentNullException("s");
    // ASCII text, what signatures and headers mostly are, byte for byte; anything else through
    // TextEncoder (several times slower on short strings: bench/hmac-signing.bench.ts).
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return utf8Encoder.encode(s);
      out[i] = c;
    }
    return out;
  },
  toString: () => "System.Text.UTF8Encoding",
});

const ASCII: EncodingValue = Object.freeze({
  WebName: "us-ascii",
  GetString(bytes: Uint8Array | null): string {
    if (bytes === null || bytes === undefined) throw new ArgumentNullException("bytes");
    let out = "";
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : "?";
    return out;
  },
  GetBytes(s: string | null): Uint8Array {
    if (s === null || s === undefined) throw new ArgumentNullException("s");
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // A surrogate pair is one character to the encoder: one '?'.
      if (
        c >= 0xd800 &&
        c <= 0xdbff &&
        i + 1 < s.length &&
        (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      )
        i++;
      out.push(c < 0x80 ? c : 0x3f);
    }
    return Uint8Array.from(out);
  },
  toString: () => "System.Text.ASCIIEncoding",
});

/** System.Text.Encoding statics. */
export const Encoding = Object.freeze({ UTF8, ASCII });
