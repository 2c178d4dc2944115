// System.Uri as policies use it: escaping a value for a URL (EscapeDataString), decoding one
// (UnescapeDataString), and taking an absolute URL apart (new Uri(s), Uri.TryCreate) to read its
// scheme, host, port, path and query. APIM's expression reference lists System.Uri with all its
// members ("API Management policy expressions", ".NET Framework types allowed in policy
// expressions"). The harness simulates .NET's parsing for absolute http and https URLs of plain
// characters and refuses other text (harness/dotnet/uri.ts says which).
import type { int } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.UriKind, the kind of text Uri.TryCreate accepts. */
export interface UriKind {
  readonly __uriKind: "UriKind";
}

/**
 * Members of the UriKind enum: Absolute only, the kind the harness simulates (a relative URI's
 * Host or Port throws InvalidOperationException in .NET; not declared until simulated).
 */
export interface UriKindStatic {
  /** An absolute URI (scheme and host). */
  readonly Absolute: UriKind;
}

/** An absolute URI, canonical as .NET makes it (scheme and host lower-case, default port known). */
export interface Uri {
  /** The scheme, lower-case: "https". */
  readonly Scheme: string;
  /** The host, lower-case for a DNS name: "api.example.com". */
  readonly Host: string;
  /** The port: the written one, else the scheme's default (80 for http, 443 for https). */
  readonly Port: int;
  /** The path, "/" when none is written: "/orders/42". */
  readonly AbsolutePath: string;
  /** The query with its "?", or "" when there is none (the fragment is not part of it). */
  readonly Query: string;
  /** AbsolutePath followed by Query: "/orders/42?expand=items". */
  readonly PathAndQuery: string;
  /** The path's segments, each with its trailing "/": "/a/b" gives ["/", "a/", "b"]. */
  readonly Segments: string[];
}

/** System.Uri's constructor and statics. */
export interface UriConstructor {
  /**
   * Parses an absolute URI. Throws UriFormatException for text that is not one ("" and text
   * without a scheme included) and ArgumentNullException for null.
   */
  new (uriString: string | null): Uri;
  /**
   * Percent-encodes the UTF-8 bytes of every character except RFC 3986's unreserved ones
   * (letters, digits, `-._~`), with upper-case hex. Throws ArgumentNullException for null.
   */
  EscapeDataString(stringToEscape: string | null): string;
  /**
   * Decodes `%XX` sequences that form valid UTF-8 (once: `%2541` gives `%41`); invalid ones and
   * `+` stay as they are. Throws ArgumentNullException for null.
   */
  UnescapeDataString(stringToUnescape: string | null): string;
  /**
   * C#'s `Uri.TryCreate(s, kind, out Uri result)`, written
   * `const [ok, uri] = Uri.TryCreate(s, UriKind.Absolute)`: `ok` false and `uri` null when the
   * text is not a URI of that kind (null included).
   */
  TryCreate(uriString: string | null, uriKind: UriKind): [ok: boolean, result: Uri | null];
}

/** System.Uri. */
export const Uri: UriConstructor = dotnetValue<UriConstructor>("Uri");
/** System.UriKind. */
export const UriKind: UriKindStatic = dotnetValue<UriKindStatic>("UriKind");
