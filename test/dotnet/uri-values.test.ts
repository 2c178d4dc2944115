// System.Uri's twin (harness/dotnet/uri.ts) called directly, on what it simulates: escaping
// (Uri.EscapeDataString, Remarks: RFC 3986's unreserved characters stay, every other UTF-8 byte is
// %XX in upper case), unescaping (Uri.UnescapeDataString: %XX runs that are valid UTF-8 become
// their characters, the rest stays as written), and parsing absolute http(s) URLs (Scheme, Host,
// Port, AbsolutePath, Query, PathAndQuery, Segments; UriFormatException's texts; Uri.TryCreate).
// Every expected value was printed by mono 6.8 (System.dll, .NET Framework's Uri); the
// conformance cases (test/conformance/cases/uris.ts) compare generated inputs with mono through
// the translator, too slow to run per mutant.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { UriKindValues, UriStatics, type UriValue } from "../../harness/dotnet/uri.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const parse = (text: string | null) => Reflect.construct(UriStatics, [text]) as UriValue;
const parts = (uri: UriValue) => [
  uri.Scheme,
  uri.Host,
  uri.Port,
  uri.AbsolutePath,
  uri.Query,
  uri.PathAndQuery,
  uri.Segments,
];

// The tables' titles give a case's index, not its text: a title holding "%" is not found again
// when Stryker runs one test by its name (mutation/equivalent-mutants.md, dotnet-twins-runtime-uri).
describe("Uri.EscapeDataString", () => {
  it.each([
    ["", ""],
    ["AZaz09-._~", "AZaz09-._~"],
    [" !*'()", "%20%21%2A%27%28%29"],
    ["a/b?c=d&e#f", "a%2Fb%3Fc%3Dd%26e%23f"],
    ["%", "%25"],
    ["\n\u007f", "%0A%7F"],
    ["\u00e9", "%C3%A9"],
    ["\u20ac", "%E2%82%AC"],
    ["\u{1F600}", "%F0%9F%98%80"],
  ])("escapes case %# as mono does", (text, expected) => {
    expect(UriStatics.EscapeDataString(text)).toBe(expected);
  });

  it("null: ArgumentNullException for stringToEscape", () => {
    throwsDotnet(
      () => UriStatics.EscapeDataString(null),
      "System.ArgumentNullException",
      "Value cannot be null.\nParameter name: stringToEscape",
    );
  });

  it("refuses lone surrogates, high or low, and keeps pairs", () => {
    expect(() => UriStatics.EscapeDataString("\uD800a")).toThrow(HarnessRefusal);
    expect(() => UriStatics.EscapeDataString("a\uDC00")).toThrow(HarnessRefusal);
    expect(() => UriStatics.EscapeDataString("\uDC00\uD800")).toThrow(HarnessRefusal);
    expect(UriStatics.EscapeDataString("\uD83D\uDE00")).toBe("%F0%9F%98%80");
  });

  it("escapes up to .NET Framework's 32766 characters and refuses longer text", () => {
    expect(UriStatics.EscapeDataString("a".repeat(32766))).toHaveLength(32766);
    expect(() => UriStatics.EscapeDataString("a".repeat(32767))).toThrow(/32766 characters/);
  });
});

describe("Uri.UnescapeDataString", () => {
  it.each([
    ["%41%42", "AB"],
    ["%4", "%4"],
    ["%zz", "%zz"],
    ["%", "%"],
    ["a%2", "a%2"],
    ["%25", "%"],
    ["%2541", "%41"],
    ["%C3%A9", "\u00e9"],
    ["%c3%a9", "\u00e9"],
    ["%C2%80", "\u0080"],
    ["%DF%BF", "\u07ff"],
    ["%E0%A0%80", "\u0800"],
    ["%ED%9F%BF", "\ud7ff"],
    ["%EF%BF%BF", "\uffff"],
    ["%E2%82%AC", "\u20ac"],
    ["%F0%90%80%80", "\u{10000}"],
    ["%F4%8F%BF%BF", "\u{10FFFF}"],
    ["%F0%9F%98%80", "\u{1F600}"],
    ["x%E2%82%ACy%41", "x\u20acyA"],
    ["%C3%A9%41", "\u00e9A"],
    // a run of escapes ends at the first character that is not "%"
    ["%41xAB", "AxAB"],
  ])("decodes case %# as mono does", (text, expected) => {
    expect(UriStatics.UnescapeDataString(text)).toBe(expected);
  });

  it.each([
    // a lead byte without its continuation bytes, or followed by a byte that is not one
    ["%C3", "%C3"],
    ["%C3%41", "%C3A"],
    // kept bytes are escaped again with upper-case hex (UriHelper.MatchUTF8Sequence's EscapeAsciiChar)
    ["%c3x", "%C3x"],
    ["%e2%82", "%E2%82"],
    ["%ff%41", "%FFA"],
    ["%8a", "%8A"],
    ["%C3%28", "%C3("],
    ["%E2%82", "%E2%82"],
    ["%E2%28%AC", "%E2(%AC"],
    ["%F0%9F%98", "%F0%9F%98"],
    // a continuation byte alone, and bytes that never start a sequence
    ["%80", "%80"],
    ["%FF%41", "%FFA"],
    ["%C1%81", "%C1%81"],
    ["%F5%80%80%80", "%F5%80%80%80"],
    // overlong forms, an encoded surrogate, a code point above U+10FFFF
    ["%E0%80%80", "%E0%80%80"],
    ["%F0%8F%BF%BF", "%F0%8F%BF%BF"],
    ["%ED%A0%80", "%ED%A0%80"],
    ["%F4%90%80%80", "%F4%90%80%80"],
  ])("keeps invalid UTF-8 escaped, case %# (mono)", (text, expected) => {
    expect(UriStatics.UnescapeDataString(text)).toBe(expected);
  });

  it("null: ArgumentNullException for stringToUnescape", () => {
    throwsDotnet(
      () => UriStatics.UnescapeDataString(null),
      "System.ArgumentNullException",
      "Value cannot be null.\nParameter name: stringToUnescape",
    );
  });

  it("unescapes up to 32766 characters and refuses longer text", () => {
    expect(UriStatics.UnescapeDataString("a".repeat(32766))).toHaveLength(32766);
    expect(() => UriStatics.UnescapeDataString("a".repeat(32767))).toThrow(/UnescapeDataString/);
  });
});

describe("new Uri", () => {
  it.each([
    ["http://Example.COM", ["http", "example.com", 80, "/", "", "/", ["/"]]],
    [
      "https://h:8443/a/b?x=1&y=2",
      ["https", "h", 8443, "/a/b", "?x=1&y=2", "/a/b?x=1&y=2", ["/", "a/", "b"]],
    ],
    ["https://h", ["https", "h", 443, "/", "", "/", ["/"]]],
    ["http://h:0/", ["http", "h", 0, "/", "", "/", ["/"]]],
    ["http://h:65535/", ["http", "h", 65535, "/", "", "/", ["/"]]],
    ["http://10.0.0.1/", ["http", "10.0.0.1", 80, "/", "", "/", ["/"]]],
    ["http://255.249.199.99/", ["http", "255.249.199.99", 80, "/", "", "/", ["/"]]],
    ["HtTp://H/a.b/c#top", ["http", "h", 80, "/a.b/c", "", "/a.b/c", ["/", "a.b/", "c"]]],
    ["http://h/?a/b?c", ["http", "h", 80, "/", "?a/b?c", "/?a/b?c", ["/"]]],
    ["http://h?q", ["http", "h", 80, "/", "?q", "/?q", ["/"]]],
    ["http://h/#f", ["http", "h", 80, "/", "", "/", ["/"]]],
    ["http://h/a", ["http", "h", 80, "/a", "", "/a", ["/", "a"]]],
    ["http://h/a/", ["http", "h", 80, "/a/", "", "/a/", ["/", "a/"]]],
    ["http://a-b.c/", ["http", "a-b.c", 80, "/", "", "/", ["/"]]],
    [
      "http://h/a!$&'()*+,;=:@b",
      ["http", "h", 80, "/a!$&'()*+,;=:@b", "", "/a!$&'()*+,;=:@b", ["/", "a!$&'()*+,;=:@b"]],
    ],
  ])(
    "new Uri(%j): Scheme, Host, Port, AbsolutePath, Query, PathAndQuery, Segments (mono)",
    (text, expected) => {
      expect(parts(parse(text))).toEqual(expected);
    },
  );

  it("takes a host label of 63 characters (mono)", () => {
    const label = "a".repeat(63);
    expect(parse(`http://${label}.com/`).Host).toBe(`${label}.com`);
    expect(parse(`http://x${"-".repeat(61)}y/`).Host).toBe(`x${"-".repeat(61)}y`);
  });

  it.each([
    ["", "Invalid URI: The URI is empty."],
    ["http://", "Invalid URI: The hostname could not be parsed."],
    ["HTTPS://", "Invalid URI: The hostname could not be parsed."],
    ["example", "Invalid URI: The format of the URI could not be determined."],
    ["http://h:65536/", "Invalid URI: Invalid port specified."],
    ["http://h:99999", "Invalid URI: Invalid port specified."],
  ])("new Uri(%j): UriFormatException %j (mono)", (text, message) => {
    throwsDotnet(() => parse(text), "System.UriFormatException", message);
  });

  it("null: ArgumentNullException for uriString", () => {
    throwsDotnet(
      () => parse(null),
      "System.ArgumentNullException",
      "Value cannot be null.\nParameter name: uriString",
    );
  });

  it.each([
    // numeric last labels .NET reads as IPv4 in its own forms
    "http://256.0.0.1/",
    "http://1.2.3/",
    "http://a.1/",
    "http://01.2.3.4/",
    // dot segments and empty segments .NET rewrites
    "http://h/.",
    "http://h/a/..",
    "http://h/a//b",
    // what falls outside the simulated form: a leading zero in the port, a label too long or
    // starting with "-", text with white space around it, a scheme separator without http(s)
    "http://h:080/",
    `http://${"a".repeat(64)}/`,
    "http://-a/",
    "example ",
    "mailto:x@y",
    "a/b",
    "a\\b",
  ])("refuses new Uri(%j)", (text) => {
    expect(() => parse(text)).toThrow(HarnessRefusal);
  });

  it("refuses text longer than .NET Framework's 32766 characters", () => {
    expect(() => parse(`http://h/${"a".repeat(32758)}`)).toThrow(/new Uri of more than 32766/);
    expect(parse(`http://h/${"a".repeat(32757)}`).AbsolutePath).toHaveLength(32758);
  });

  it("quotes at most 80 characters of refused text", () => {
    const text = `ftp://${"a".repeat(100)}`;
    expect(() => parse(text)).toThrow(`new Uri("${text.slice(0, 80)}…")`);
    expect(() => parse("ftp://x")).toThrow('new Uri("ftp://x")');
  });
});

describe("Uri.TryCreate and UriKind", () => {
  it("UriKind has .NET's values: RelativeOrAbsolute 0, Absolute 1, Relative 2", () => {
    expect(
      [UriKindValues.RelativeOrAbsolute, UriKindValues.Absolute, UriKindValues.Relative].map(
        (kind) => [kind.name, kind.value, String(kind)],
      ),
    ).toEqual([
      ["RelativeOrAbsolute", 0, "RelativeOrAbsolute"],
      ["Absolute", 1, "Absolute"],
      ["Relative", 2, "Relative"],
    ]);
  });

  it("false and null for null, empty text and a bad port; true and the Uri otherwise (mono)", () => {
    expect(UriStatics.TryCreate(null, UriKindValues.Absolute)).toEqual([false, null]);
    expect(UriStatics.TryCreate("", UriKindValues.Absolute)).toEqual([false, null]);
    expect(UriStatics.TryCreate("http://h:70000/", UriKindValues.Absolute)).toEqual([false, null]);
    const [ok, uri] = UriStatics.TryCreate("http://H/x", UriKindValues.Absolute);
    expect([ok, uri?.Host]).toEqual([true, "h"]);
  });

  it("refuses UriKind.Relative and text it does not simulate", () => {
    expect(() => UriStatics.TryCreate("http://h/", UriKindValues.Relative)).toThrow(
      "Uri.TryCreate with UriKind.Relative: only UriKind.Absolute is simulated",
    );
    expect(() => UriStatics.TryCreate("ftp://h/", UriKindValues.Absolute)).toThrow(HarnessRefusal);
  });
});
