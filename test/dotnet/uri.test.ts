// System.Uri's twin outside the form it simulates: the harness refuses rather than guess how
// .NET would rewrite the text (harness/dotnet/uri.ts). What it simulates is compared with mono
// in test/conformance/cases/uris.ts.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { UriKindValues, UriStatics } from "../../harness/dotnet/uri.ts";

const parse = (text: string) => Reflect.construct(UriStatics, [text]);

describe("Uri twin refusals", () => {
  it.each([
    // .NET unescapes %41 to "A" in a path (mono: "/A~"); not simulated
    "http://h/%41%7e",
    // dot segments are removed by .NET ("/a/c")
    "http://h/a/./b/../c",
    // a space is escaped by .NET ("/x%20y")
    "http://10.0.0.1/x y",
    // a file URI on Unix (mono), an error on Windows (.NET Framework)
    "/abs/path",
    // a host of one number is an IPv4 address in .NET ("0.0.48.57")
    "http://12345/",
    "ftp://h/x",
    " http://h/",
  ])("refuses new Uri(%j)", (text) => {
    expect(() => parse(text)).toThrow(HarnessRefusal);
  });

  it("refuses UriKind other than Absolute", () => {
    expect(() => UriStatics.TryCreate("http://h/", UriKindValues.RelativeOrAbsolute)).toThrow(
      HarnessRefusal,
    );
  });

  it("refuses a lone surrogate in EscapeDataString and text longer than .NET Framework's limit", () => {
    expect(() => UriStatics.EscapeDataString("a\uD800")).toThrow(HarnessRefusal);
    expect(() => UriStatics.UnescapeDataString("a".repeat(32767))).toThrow(HarnessRefusal);
  });

  it("parses what it simulates: scheme and host lower-cased, the default port filled in", () => {
    const uri = parse("HTTPS://Api.Example.COM/Orders/42/?x=1#top");
    expect([uri.Scheme, uri.Host, uri.Port, uri.AbsolutePath, uri.Query]).toEqual([
      "https",
      "api.example.com",
      443,
      "/Orders/42/",
      "?x=1",
    ]);
    expect(uri.Segments).toEqual(["/", "Orders/", "42/"]);
  });
});
