// System.Net.WebUtility: URL and HTML encoding as .NET implements them. UrlDecode turns `+` into
// a space and leaves invalid `%` sequences as they are (the `+` vs `%2B` bug of certificate
// headers depends on exactly this); UrlEncode writes upper-case hex and `+` for spaces.
import { Encoding } from "./encoding.ts";

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

const UNRESERVED = /[A-Za-z0-9\-_.!*()]/;

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: "&",
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: "\u00a0",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  hellip: "\u2026",
  mdash: "\u2014",
  ndash: "\u2013",
  euro: "\u20ac",
};

/** System.Net.WebUtility. */
export const WebUtility = {
  /** .NET's UrlDecoder: `%XX` bytes and ASCII characters are decoded together as UTF-8. */
  UrlDecode(encodedValue: string | null): string | null {
    if (encodedValue === null || encodedValue === undefined) return encodedValue;
    let out = "";
    let bytes: number[] = [];
    const flush = () => {
      out += Encoding.UTF8.GetString(Uint8Array.from(bytes));
      bytes = [];
    };
    const count = encodedValue.length;
    for (let pos = 0; pos < count; pos++) {
      let c = encodedValue.charCodeAt(pos);
      if (c === 0x2b) c = 0x20;
      else if (c === 0x25) {
        // Past the end charCodeAt is NaN, not a hex digit: a `%` without two digits stays.
        const h1 = hex(encodedValue.charCodeAt(pos + 1));
        const h2 = hex(encodedValue.charCodeAt(pos + 2));
        if (h1 >= 0 && h2 >= 0) {
          bytes.push((h1 << 4) | h2);
          pos += 2;
          continue;
        }
      }
      if ((c & 0xff80) === 0) bytes.push(c);
      else {
        flush();
        out += String.fromCharCode(c);
      }
    }
    flush();
    return out;
  },
  /** Keeps `A-Z a-z 0-9 - _ . ! * ( )`, writes a space as `+`, everything else as `%XX` of UTF-8. */
  UrlEncode(value: string | null): string | null {
    if (value === null || value === undefined) return value;
    let out = "";
    for (const ch of value) {
      if (ch === " ") out += "+";
      else if (UNRESERVED.test(ch)) out += ch;
      else
        for (const b of Encoding.UTF8.GetBytes(ch))
          out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
  },
  /**
   * Encodes `< > " ' &`, Latin-1 160..255 and astral characters as numeric references; a lone
   * surrogate becomes U+FFFD, written as it is (.NET's WebUtility.HtmlEncode, reference source:
   * "Don't encode BMP characters (like U+FFFD) since they wouldn't have been encoded if
   * explicitly present in the string anyway"; mono 6.8 prints the same).
   */
  HtmlEncode(value: string | null): string | null {
    if (value === null || value === undefined) return value;
    let out = "";
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      const c = value.charCodeAt(i);
      if (ch === "<") out += "&lt;";
      else if (ch === ">") out += "&gt;";
      else if (ch === '"') out += "&quot;";
      else if (ch === "'") out += "&#39;";
      else if (ch === "&") out += "&amp;";
      else if (c >= 160 && c < 256) out += `&#${c};`;
      else if (c >= 0xd800 && c <= 0xdfff) {
        const next = value.charCodeAt(i + 1);
        if (c <= 0xdbff && (next & 0xfc00) === 0xdc00) {
          out += `&#${value.codePointAt(i)};`;
          i++;
        } else out += "\ufffd";
      } else out += ch;
    }
    return out;
  },
  /** Decodes numeric references and the common named entities (unknown ones stay as written). */
  HtmlDecode(value: string | null): string | null {
    if (value === null || value === undefined) return value;
    return value.replace(
      /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g,
      (whole, body: string) => {
        if (body[0] === "#") {
          const code =
            body[1] === "x" || body[1] === "X"
              ? parseInt(body.slice(2), 16)
              : parseInt(body.slice(1), 10);
          return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
            ? String.fromCodePoint(code)
            : whole;
        }
        return ENTITIES[body] ?? whole;
      },
    );
  },
};
