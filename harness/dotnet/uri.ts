// System.Uri's twin. Escaping follows RFC 3986 as .NET Framework 4.5+ and .NET Core do (Uri.
// EscapeDataString: "unreserved" characters stay, every other UTF-8 byte becomes %XX, upper-case;
// learn.microsoft.com, Uri.EscapeDataString, Remarks). Unescaping decodes %XX runs that are valid
// UTF-8 and writes the other bytes of 0x80 and above escaped again, in upper case (.NET's
// UriHelper.UnescapeString and MatchUTF8Sequence; checked on mono, test/conformance/cases/uris.ts).
//
// Parsing (new Uri, Uri.TryCreate) is simulated only where .NET's result is plain: absolute http
// and https URLs whose host is a DNS name or a dotted IPv4 address, and whose path, query and
// fragment hold only RFC 3986's unreserved characters, sub-delimiters, ":" and "@" (and "/", "?"
// in the query). There .NET only lower-cases scheme and host and fills in the default port. Text
// outside that set is refused (HarnessRefusal): .NET rewrites it in ways not simulated here
// (percent-escapes unescaped or kept, dot segments removed, spaces escaped, numeric hosts read as
// IPv4, "/path" a file URI on Unix but an error on Windows). Known errors are simulated: null,
// "", text with no scheme at all, "http://" without a host and a port above 65535.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { ArgumentNullException, DotnetException } from "./exceptions.ts";

/** System.UriFormatException. */
export class UriFormatException extends DotnetException {
  constructor(message: string) {
    super("System.UriFormatException", `Invalid URI: ${message}`);
  }
}

/** .NET Framework refuses longer text (UriFormatException); .NET Core does not: not simulated. */
const MAX_LENGTH = 32766;

function checkLength(text: string, member: string): void {
  if (text.length > MAX_LENGTH)
    throw new HarnessRefusal(
      `Uri.${member} of more than ${MAX_LENGTH} characters: .NET Framework throws UriFormatException, .NET Core does not; the harness does not know which APIM runs`,
    );
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Uri.EscapeDataString. */
function escapeDataString(text: string | null): string {
  if (text === null || text === undefined) throw new ArgumentNullException("stringToEscape");
  checkLength(text, "EscapeDataString");
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    throw new HarnessRefusal(
      "Uri.EscapeDataString of a lone surrogate: mono throws UriFormatException, .NET Core writes U+FFFD; not simulated",
    );
  let out = "";
  for (const char of text) {
    if (UNRESERVED.test(char)) out += char;
    else
      for (const byte of Buffer.from(char, "utf8"))
        out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** The length of the valid UTF-8 sequence at `i` (shortest form, no surrogates), or 0. */
function utf8Sequence(bytes: readonly number[], i: number): number {
  const first = bytes[i]!;
  const length =
    first >= 0xc2 && first <= 0xdf
      ? 2
      : first >= 0xe0 && first <= 0xef
        ? 3
        : first >= 0xf0 && first <= 0xf4
          ? 4
          : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[i + 1]!;
  if (first === 0xe0 && second < 0xa0) return 0; // overlong
  if (first === 0xed && second >= 0xa0) return 0; // a surrogate
  if (first === 0xf0 && second < 0x90) return 0; // overlong
  if (first === 0xf4 && second >= 0x90) return 0; // above U+10FFFF
  return length;
}

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/** Uri.UnescapeDataString. */
function unescapeDataString(text: string | null): string {
  if (text === null || text === undefined) throw new ArgumentNullException("stringToUnescape");
  checkLength(text, "UnescapeDataString");
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "%" || !HEX_PAIR.test(text.slice(i + 1, i + 3))) {
      out += text[i];
      i++;
      continue;
    }
    // A run of %XX: decoded byte by byte, a valid UTF-8 sequence as its character.
    const bytes: number[] = [];
    while (text[i] === "%" && HEX_PAIR.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    }
    for (let b = 0; b < bytes.length;) {
      if (bytes[b]! < 0x80) {
        out += String.fromCharCode(bytes[b]!);
        b++;
        continue;
      }
      const length = utf8Sequence(bytes, b);
      if (length === 0) {
        // Re-escaped in upper case, as .NET's UriHelper.MatchUTF8Sequence does (EscapeAsciiChar
        // with its upper-case hex digits): "%c3x" is "%C3x" (mono prints the same).
        out += `%${bytes[b]!.toString(16).toUpperCase()}`;
        b++;
      } else {
        out += Buffer.from(bytes.slice(b, b + length)).toString("utf8");
        b += length;
      }
    }
  }
  return out;
}

const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const PLAIN = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
const SIMULATED = new RegExp(
  `^(https?)://(${LABEL}(?:\\.${LABEL})*)(?::(0|[1-9][0-9]{0,4}))?((?:/[${PLAIN}]+)*/?)(\\?[${PLAIN}/?]*)?(#[${PLAIN}/?]*)?$`,
  "i",
);
const IPV4 =
  /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;

/** An absolute http(s) URI of the simulated form (see the module comment). */
export class UriValue {
  constructor(
    readonly Scheme: string,
    readonly Host: string,
    readonly Port: number,
    readonly AbsolutePath: string,
    readonly Query: string,
  ) {}

  get PathAndQuery(): string {
    return this.AbsolutePath + this.Query;
  }

  get Segments(): string[] {
    return this.AbsolutePath.match(/[^/]*\//g)!.concat(
      this.AbsolutePath.endsWith("/")
        ? []
        : [this.AbsolutePath.slice(this.AbsolutePath.lastIndexOf("/") + 1)],
    );
  }
}

/** The parsed URI, or the UriFormatException .NET throws for it. */
function parse(text: string): UriValue | UriFormatException {
  checkLength(text, "new Uri");
  if (text === "") return new UriFormatException("The URI is empty.");
  const match = SIMULATED.exec(text);
  if (match) {
    const [, scheme, host, port, path, query] = match;
    // A host whose last label is a number is read as an IPv4 address in .NET's own forms
    // (octal, hex, one 32-bit number): only the dotted-decimal form is simulated.
    if (/(^|\.)[0-9]+$/.test(host!) && !IPV4.test(host!))
      throw new HarnessRefusal(
        `new Uri("${text}"): a numeric host other than dotted IPv4 is not simulated`,
      );
    if (path!.split("/").some((segment) => segment === "." || segment === ".."))
      throw new HarnessRefusal(
        `new Uri("${text}"): .NET removes dot segments ("/a/../b" is "/b"); not simulated`,
      );
    if (path!.includes("//"))
      throw new HarnessRefusal(`new Uri("${text}"): an empty path segment is not simulated`);
    const lowerScheme = scheme!.toLowerCase();
    const portNumber = port === undefined ? (lowerScheme === "https" ? 443 : 80) : Number(port);
    if (portNumber > 65535) return new UriFormatException("Invalid port specified.");
    return new UriValue(lowerScheme, host!.toLowerCase(), portNumber, path || "/", query ?? "");
  }
  if (/^https?:\/\/$/i.test(text))
    return new UriFormatException("The hostname could not be parsed.");
  // No scheme separator and no path or UNC start: .NET cannot tell what the text is.
  if (!/[:/\\]/.test(text) && text.trim() === text)
    return new UriFormatException("The format of the URI could not be determined.");
  throw new HarnessRefusal(
    `new Uri("${text.length > 80 ? `${text.slice(0, 80)}…` : text}"): the harness simulates .NET's parsing only for absolute http and https URLs of plain characters (harness/dotnet/uri.ts)`,
  );
}

function requireAbsolute(kind: unknown): void {
  if (kind !== UriKindValues.Absolute)
    throw new HarnessRefusal(
      `Uri.TryCreate with UriKind.${String(kind)}: only UriKind.Absolute is simulated`,
    );
}

function kindMember(name: string, value: number) {
  return Object.freeze({ __uriKind: "UriKind", name, value, toString: () => name });
}

/** The UriKind enum (.NET's values). */
export const UriKindValues = Object.freeze({
  RelativeOrAbsolute: kindMember("RelativeOrAbsolute", 0),
  Absolute: kindMember("Absolute", 1),
  Relative: kindMember("Relative", 2),
});

/** System.Uri: `new Uri(s)` and the statics. */
export const UriStatics = Object.assign(
  function UriConstructor(text: string | null): UriValue {
    if (text === null || text === undefined) throw new ArgumentNullException("uriString");
    const parsed = parse(text);
    if (parsed instanceof UriFormatException) throw parsed;
    return parsed;
  },
  {
    EscapeDataString: escapeDataString,
    UnescapeDataString: unescapeDataString,
    TryCreate(text: string | null, kind: unknown): [boolean, UriValue | null] {
      requireAbsolute(kind);
      if (text === null || text === undefined) return [false, null];
      const parsed = parse(text);
      return parsed instanceof UriFormatException ? [false, null] : [true, parsed];
    },
  },
);
