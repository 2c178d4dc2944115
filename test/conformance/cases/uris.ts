// Conformance cases: System.Uri (EscapeDataString, UnescapeDataString, new Uri and its parts,
// Uri.TryCreate with its out parameter). Inputs are generated (fast-check, fixed seeds): text of
// every kind for escaping (ASCII punctuation, Latin-1, CJK, astral characters); for unescaping,
// the escapes of that text cut at random points and mixed with invalid UTF-8 (lone continuation
// bytes, overlong forms, encoded surrogates, truncated sequences, lower-case hex, "%zz"); and for
// parsing, absolute http(s) URLs of the form the harness simulates (mixed-case scheme and host,
// DNS and IPv4 hosts, ports with and without defaults, paths with and without a trailing "/",
// queries, fragments) plus text .NET rejects. Expected values are mono's (every case runs in C#).
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one } from "../generators.ts";

const N = 250;
const CHARACTERS = [
  ..."abcXYZ019-._~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}",
  "é",
  "ß",
  "€",
  "中",
  "\u{1F600}",
  "\u00A0",
  "\t",
];

const texts = fc.sample(
  fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }).map((chars) => chars.join("")),
  { numRuns: N, seed: 1501 },
);

const INVALID_ESCAPES = [
  "%FF",
  "%C3",
  "%80",
  "%C0%AF",
  "%ED%A0%80",
  "%E2%82",
  "%F4%90%80%80",
  "%zz",
  "%4",
  "%",
  "%e2%82%ac",
  // invalid UTF-8 in lower case: .NET escapes the bytes again in upper case
  "%c3",
  "%ed%a0%80",
  "%2541",
  "+",
];
const escapedTexts = fc
  .sample(
    fc.tuple(
      fc.constantFrom(...texts),
      fc.array(fc.constantFrom(...INVALID_ESCAPES), { maxLength: 3 }),
      fc.nat(40),
    ),
    { numRuns: N, seed: 1502 },
  )
  .map(([text, junk, cut]) => {
    const escaped = encodeURIComponent(text);
    const at = Math.min(cut, escaped.length);
    return escaped.slice(0, at) + junk.join("") + escaped.slice(at);
  });

const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,6}[a-zA-Z0-9])?$/);
const host = fc.oneof(
  fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => [...labels, "com"].join(".")),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join(".")),
);
const segment = fc.stringMatching(/^[A-Za-z0-9\-_~!$&'()*+,;=:@]{1,6}$/);
const urls = fc.sample(
  fc
    .tuple(
      fc.constantFrom("http", "https", "HTTP", "Https"),
      host,
      fc.oneof(fc.constant(""), fc.constantFrom(":80", ":443", ":8080", ":0", ":65535", ":65536")),
      fc.array(segment, { maxLength: 3 }),
      fc.boolean(),
      fc.oneof(
        fc.constant(""),
        fc.constant("?"),
        segment.map((s) => `?${s}=${s}/?`),
      ),
      fc.oneof(
        fc.constant(""),
        segment.map((s) => `#${s}`),
      ),
    )
    .map(
      ([scheme, h, port, segments, slash, query, fragment]) =>
        `${scheme}://${h}${port}${segments.map((s) => `/${s}`).join("")}${slash ? "/" : ""}${query}${fragment}`,
    ),
  { numRuns: N, seed: 1503 },
);
const INVALID = ["", "abc", "example.com", "http://", "HTTPS://", "not a url".replace(/ /g, "_")];
const uriTexts = [...INVALID, ...urls];

export const uriCases: readonly SnippetSpec[] = [
  {
    id: "Uri.EscapeDataString",
    source: "(s: string | null) => Uri.EscapeDataString(s)",
    inputs: one([null, ...texts]),
  },
  {
    id: "Uri.UnescapeDataString",
    source: "(s: string | null) => Uri.UnescapeDataString(s)",
    inputs: one([null, ...escapedTexts]),
  },
  {
    id: "Uri.UnescapeDataString.round-trip",
    source: "(s: string) => Uri.UnescapeDataString(Uri.EscapeDataString(s))",
    inputs: one(texts.slice(0, 50)),
  },
  {
    id: "Uri.parts",
    source:
      '(s: string | null) => { const uri = new Uri(s); return uri.Scheme + " " + uri.Host + " " + uri.Port + " " + uri.AbsolutePath + " " + uri.Query; }',
    inputs: one([null, ...uriTexts]),
  },
  {
    id: "Uri.PathAndQuery",
    source: "(s: string) => new Uri(s).PathAndQuery",
    inputs: one(uriTexts),
  },
  {
    id: "Uri.Segments",
    source: "(s: string) => new Uri(s).Segments",
    inputs: one(uriTexts),
  },
  {
    id: "Uri.TryCreate",
    source:
      '(s: string | null) => { const [ok, uri] = Uri.TryCreate(s, UriKind.Absolute); return ok ? uri!.Host + ":" + uri!.Port : "invalid"; }',
    inputs: one([null, ...uriTexts]),
  },
];
