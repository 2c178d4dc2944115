// Convert, WebUtility, Encoding, String statics, Math, Guid and Regex of the harness.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ArgumentNullException,
  Convert,
  Encoding,
  FormatException,
  GuidValue,
  MathStatics,
  OverflowException,
  RegexStatics,
  runInDotnetEnvironment,
  StringStatics,
  WebUtility,
  ArgumentException,
} from "../../harness/dotnet/index.ts";

describe("Convert", () => {
  it("round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(
          Buffer.from(Convert.FromBase64String(Convert.ToBase64String(bytes))).equals(
            Buffer.from(bytes),
          ),
        ).toBe(true);
      }),
    );
  });

  it("ignores space, tab, CR and LF anywhere, nothing else", () => {
    expect([...Convert.FromBase64String(" Q\tQ\r\n= = ")]).toEqual([0x41]);
    expect(() => Convert.FromBase64String("QQ\u00a0==")).toThrow(FormatException);
    expect(() => Convert.FromBase64String("QQ\f==")).toThrow(FormatException);
  });

  it.each(["QQ=", "QQ", "Q===", "QQ==QQ==", "QUJD=", "====", "QQ=A", "%2B", "-----BEGIN"])(
    "rejects %j with FormatException",
    (s) => {
      expect(() => Convert.FromBase64String(s)).toThrow(FormatException);
    },
  );

  it("decodes canonical base64 (the one-pass path) as Node's decoder does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = Buffer.from(bytes).toString("base64");
        expect(Buffer.from(Convert.FromBase64String(text)).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  it("does not check unused bits and rejects null", () => {
    expect([...Convert.FromBase64String("QR==")]).toEqual([0x41]);
    expect([...Convert.FromBase64String("QUJ=")]).toEqual([0x41, 0x42]);
    expect(() => Convert.FromBase64String(null)).toThrow(ArgumentNullException);
  });
});

describe("WebUtility", () => {
  it("UrlDecode turns + into a space and leaves invalid escapes", () => {
    expect(WebUtility.UrlDecode("a+b%2B%zz%4%e2%82%ac%e2%82x%C3%A9\u00e9%")).toBe(
      "a b+%zz%4\u20ac\ufffdx\u00e9\u00e9%",
    );
    expect(WebUtility.UrlDecode(null)).toBe(null);
  });

  it("UrlEncode writes upper-case hex and + for spaces", () => {
    expect(WebUtility.UrlEncode("a b+/=-_.!*()~'\u00e9\u20ac")).toBe(
      "a+b%2B%2F%3D-_.!*()%7E%27%C3%A9%E2%82%AC",
    );
  });

  it("decodes what encodeURIComponent produces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(WebUtility.UrlDecode(encodeURIComponent(s))).toBe(s);
      }),
    );
  });

  it("HtmlEncode/HtmlDecode", () => {
    expect(WebUtility.HtmlEncode(`<a href="x">'&'\u00e9</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&#233;&lt;/a&gt;",
    );
    expect(WebUtility.HtmlDecode("&lt;&#233;&#x41;&amp;&unknown;")).toBe("<\u00e9A&&unknown;");
  });
});

describe("Encoding", () => {
  it("UTF8 replaces invalid sequences; ASCII maps non-ASCII to '?'", () => {
    expect(Encoding.UTF8.GetString(new Uint8Array([0x41, 0xff, 0x42]))).toBe("A\ufffdB");
    expect([...Encoding.UTF8.GetBytes("\ud800")]).toEqual([0xef, 0xbf, 0xbd]);
    // A surrogate pair is "??": encoding.ts cites .NET's replacement fallback.
    expect([...Encoding.ASCII.GetBytes("a\u00e9\ud83d\ude00")]).toEqual([0x61, 0x3f, 0x3f, 0x3f]);
    expect(Encoding.ASCII.GetString(new Uint8Array([0x61, 0xe9]))).toBe("a?");
    expect(() => Encoding.UTF8.GetString(null)).toThrow(ArgumentNullException);
  });

  it("UTF8.GetBytes gives the bytes of TextEncoder for any text, ASCII or not", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect([...Encoding.UTF8.GetBytes(text)]).toEqual([...new TextEncoder().encode(text)]);
      }),
    );
  });
});

describe("String, Math, Guid, Regex", () => {
  it("String statics use .NET's whitespace set", () => {
    expect(StringStatics.IsNullOrWhiteSpace("\u0085\u00a0 ")).toBe(true);
    expect(StringStatics.IsNullOrWhiteSpace("\ufeff")).toBe(false);
    expect(StringStatics.IsNullOrEmpty("")).toBe(true);
    expect(StringStatics.Join(",", ["a", null, "b"])).toBe("a,,b");
  });

  it("Math.Abs(int.MinValue) overflows", () => {
    expect(() => MathStatics.Abs(-2147483648)).toThrow(OverflowException);
    expect(MathStatics.Max(2, 3)).toBe(3);
  });

  it("Guid.NewGuid is a deterministic sequence per environment", () => {
    const env = { instant: 0, guidSeed: "seed" };
    const first = runInDotnetEnvironment(env, () => [
      GuidValue.NewGuid().ToString(),
      GuidValue.NewGuid().ToString(),
    ]);
    const next = runInDotnetEnvironment(env, () => GuidValue.NewGuid().ToString());
    const fresh = runInDotnetEnvironment({ instant: 0, guidSeed: "seed" }, () =>
      GuidValue.NewGuid().ToString(),
    );
    expect(first[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(new Set([...first, next]).size).toBe(3);
    expect(fresh).toBe(first[0]);
    expect(GuidValue.Parse(`{${first[0]!.toUpperCase()}}`).Equals(GuidValue.Parse(first[0]!))).toBe(
      true,
    );
    expect(() => GuidValue.Parse("not-a-guid")).toThrow(FormatException);
  });

  it("Regex.IsMatch", () => {
    expect(RegexStatics.IsMatch("CN=Valid Client", "^CN=Valid")).toBe(true);
    expect(() => RegexStatics.IsMatch("x", "(")).toThrow(ArgumentException);
    expect(() => RegexStatics.IsMatch(null, "x")).toThrow(ArgumentNullException);
  });
});
