// System.Text.Encoding.UTF8 and ASCII: invalid UTF-8 decodes to U+FFFD and lone surrogates encode
// as EF BF BD (as .NET's replacement fallback does); ASCII maps every UTF-16 unit above 0x7F to
// '?', so a surrogate pair is "??" (dotnet/runtime, EncoderReplacementFallbackBuffer: the
// replacement string "2X in case we're a surrogate pair"; mono 6.8 prints the same).
// A null argument is ArgumentNullException with Encoding's own messages (reference source
// Encoding.GetString / GetBytes: ArgumentNull_Array, ArgumentNull_String; mono prints the same).
import { ArgumentNullException } from "./exceptions.ts";

/** A System.Text.Encoding instance. */
export interface EncodingValue {
  readonly WebName: string;
  GetString(bytes: Uint8Array | null): string;
  GetBytes(s: string | null): Uint8Array;
}

const NULL_ARRAY = "Array cannot be null.";
const NULL_STRING = "String reference not set to an instance of a String.";

const utf8Decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

const UTF8: EncodingValue = Object.freeze({
  WebName: "utf-8",
  GetString(bytes: Uint8Array | null): string {
    if (bytes === null || bytes === undefined) throw new ArgumentNullException("bytes", NULL_ARRAY);
    return utf8Decoder.decode(bytes);
  },
  GetBytes(s: string | null): Uint8Array {
    if (s === null || s === undefined) throw new ArgumentNullException("s", NULL_STRING);
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
    if (bytes === null || bytes === undefined) throw new ArgumentNullException("bytes", NULL_ARRAY);
    let out = "";
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : "?";
    return out;
  },
  GetBytes(s: string | null): Uint8Array {
    if (s === null || s === undefined) throw new ArgumentNullException("s", NULL_STRING);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[i] = c < 0x80 ? c : 0x3f;
    }
    return out;
  },
  toString: () => "System.Text.ASCIIEncoding",
});

/** System.Text.Encoding statics. */
export const Encoding = Object.freeze({ UTF8, ASCII });
