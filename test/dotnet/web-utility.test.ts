// WebUtility beyond text.test.ts: hex digits of both cases in UrlDecode, escapes below 0x10 in
// UrlEncode, the Latin-1 and astral ranges and lone surrogates of HtmlEncode, the numeric
// reference bounds of HtmlDecode, and the nulls. Expected values: .NET's WebUtility (reference
// source, System.Net.WebUtility: UrlDecode's `%XX` bytes decoded as UTF-8, invalid escapes kept;
// UrlEncode's upper-case hex; HtmlEncode's "seemingly arbitrary 160" to 255 range, astral scalars
// as `&#N;`, a lone surrogate as U+FFFD written as it is; HtmlDecode's code points up to U+10FFFF
// outside the surrogates), each also printed by mono 6.8 except HtmlEncode's "\u0100", which
// mono's own implementation encodes too (test/conformance/README.md, "Harness twin vs mono").
import { describe, expect, it } from "vitest";
import { WebUtility } from "../../harness/dotnet/index.ts";

describe("WebUtility.UrlDecode / UrlEncode", () => {
  it("reads hex digits of either case, refuses other letters, keeps a % without two digits", () => {
    expect(WebUtility.UrlDecode("%4A%4a%0A%4g%fF%4")).toBe("JJ\n%4g\ufffd%4");
    expect(WebUtility.UrlDecode("%7e%7E%09%")).toBe("~~\t%");
    expect(WebUtility.UrlDecode("%%41")).toBe("%A");
    // Neighbours of the hex ranges (':' '@' after the digits, 'Z' '_' '`' around the lower
    // case) are not digits; digits without a '%' are text.
    expect(WebUtility.UrlDecode("%3:%4@%4Z%5_x4A%4`")).toBe("%3:%4@%4Z%5_x4A%4`");
  });

  it("returns null for null (the harness's undefined too) and the empty string for empty", () => {
    expect(WebUtility.UrlDecode(undefined as unknown as null)).toBeUndefined();
    expect(WebUtility.UrlDecode("")).toBe("");
    expect(WebUtility.UrlEncode(null)).toBeNull();
    expect(WebUtility.UrlEncode(undefined as unknown as null)).toBeUndefined();
    expect(WebUtility.UrlEncode("")).toBe("");
  });

  it("UrlEncode writes two hex digits for bytes below 0x10", () => {
    expect(WebUtility.UrlEncode("\n\u0007")).toBe("%0A%07");
  });
});

describe("WebUtility.HtmlEncode / HtmlDecode", () => {
  it("encodes U+00A0..U+00FF as numeric references, not U+009F or U+0100", () => {
    expect(WebUtility.HtmlEncode("\u009f\u00a0\u00ff\u0100")).toBe("\u009f&#160;&#255;\u0100");
  });

  it("encodes a surrogate pair as its scalar value, at both ends of the planes", () => {
    expect(WebUtility.HtmlEncode("a\ud83d\ude00b")).toBe("a&#128512;b");
    expect(WebUtility.HtmlEncode("\ud800\udc00")).toBe("&#65536;");
    expect(WebUtility.HtmlEncode("\udbff\udfff")).toBe("&#1114111;");
  });

  it("writes a lone surrogate as U+FFFD itself", () => {
    expect(WebUtility.HtmlEncode("a\ud83dA")).toBe("a\ufffdA");
    expect(WebUtility.HtmlEncode("\ude00")).toBe("\ufffd");
    expect(WebUtility.HtmlEncode("a\ud83d")).toBe("a\ufffd");
    expect(WebUtility.HtmlEncode("\ude00\ud83d\ude00")).toBe("\ufffd&#128512;");
    expect(WebUtility.HtmlEncode("\udc00\udc00")).toBe("\ufffd\ufffd");
    expect(WebUtility.HtmlEncode("\udfff")).toBe("\ufffd");
  });

  it("writes other characters past U+00FF as they are, the private use area included", () => {
    // Reference source: only 160..255 and surrogates are encoded; mono encodes these too.
    expect(WebUtility.HtmlEncode("\ue000\uffff\u0391")).toBe("\ue000\uffff\u0391");
  });

  it("returns null for null (the harness's undefined too)", () => {
    expect(WebUtility.HtmlEncode(null)).toBeNull();
    expect(WebUtility.HtmlEncode(undefined as unknown as null)).toBeUndefined();
    expect(WebUtility.HtmlDecode(null)).toBeNull();
    expect(WebUtility.HtmlDecode(undefined as unknown as null)).toBeUndefined();
    expect(WebUtility.HtmlDecode("abc")).toBe("abc");
  });

  it("decodes numeric references up to U+10FFFF except the surrogates, which stay as written", () => {
    expect(
      WebUtility.HtmlDecode(
        "&#x10FFFF;|&#x110000;|&#xD800;|&#xDFFF;|&#xE000;|&#xd7ff;|&#55295;|&#57344;|&#1114111;|&#1114112;|&#X41;",
      ),
    ).toBe(
      "\u{10FFFF}|&#x110000;|&#xD800;|&#xDFFF;|\uE000|\uD7FF|\uD7FF|\uE000|\u{10FFFF}|&#1114112;|A",
    );
  });

  it("decodes the named entities it knows and keeps the others", () => {
    expect(WebUtility.HtmlDecode("&quot;&apos;&gt;&euro;&hellip;&unknown;")).toBe(
      "\"'>\u20ac\u2026&unknown;",
    );
  });
});
