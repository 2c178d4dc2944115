// The harness's Convert, WebUtility, DateTime and TimeSpan against .NET (Mono) on the same inputs:
// hand-picked edge cases plus a fixed-seed sample of generated ones, all in one C# batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Convert,
  DateTimeValue,
  DotnetException,
  TimeSpanValue,
  WebUtility,
} from "../../harness/dotnet/index.ts";
import { b64, compileCSharp, monoAvailable, unb64 } from "./support/mono.ts";

const PROGRAM = String.raw`
using System; using System.Globalization; using System.Net; using System.Text;
static class P {
  static void Main() {
    System.Threading.Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
    string line;
    while ((line = Console.ReadLine()) != null) {
      var p = line.Split('\t'); string kind = p[0]; string a = Encoding.UTF8.GetString(Convert.FromBase64String(p[1]));
      string r;
      try {
        var parts = a.Split('|');
        switch (kind) {
          case "B64": r = BitConverter.ToString(Convert.FromBase64String(a)); break;
          case "URLDEC": r = WebUtility.UrlDecode(a); break;
          case "URLENC": r = WebUtility.UrlEncode(a); break;
          case "HTMLENC": r = WebUtility.HtmlEncode(a); break;
          case "ADD": r = new DateTime(long.Parse(parts[0])).AddDays(double.Parse(parts[1], CultureInfo.InvariantCulture)).ToString("o"); break;
          case "ADDMONTHS": r = new DateTime(long.Parse(parts[0])).AddMonths(int.Parse(parts[1])).ToString("o"); break;
          case "SPAN": r = TimeSpan.FromDays(double.Parse(parts[0], CultureInfo.InvariantCulture)).ToString(); break;
          case "FMT": r = new DateTime(long.Parse(parts[0]), DateTimeKind.Utc).ToString(parts[1]); break;
          default: r = "?"; break;
        }
      } catch (Exception e) { r = "!" + e.GetType().FullName; }
      Console.WriteLine("R" + Convert.ToBase64String(Encoding.UTF8.GetBytes(r ?? "(null)")));
    }
  }
}`;

function harness(kind: string, a: string): string {
  const parts = a.split("|");
  try {
    switch (kind) {
      case "B64":
        return Buffer.from(Convert.FromBase64String(a))
          .toString("hex")
          .toUpperCase()
          .replace(/(..)(?!$)/g, "$1-");
      case "URLDEC":
        return WebUtility.UrlDecode(a) ?? "(null)";
      case "URLENC":
        return WebUtility.UrlEncode(a) ?? "(null)";
      case "HTMLENC":
        return WebUtility.HtmlEncode(a) ?? "(null)";
      case "ADD":
        return new DateTimeValue(BigInt(parts[0]!)).AddDays(Number(parts[1])).ToString("o");
      case "ADDMONTHS":
        return new DateTimeValue(BigInt(parts[0]!)).AddMonths(Number(parts[1])).ToString("o");
      case "SPAN":
        return TimeSpanValue.FromDays(Number(parts[0])).ToString();
      case "FMT":
        return new DateTimeValue(BigInt(parts[0]!), "Utc").ToString(parts[1]);
    }
  } catch (error) {
    if (error instanceof DotnetException) return "!" + error.dotnetType;
    throw error;
  }
  return "?";
}

// Known difference, not compared: invalid UTF-8 inside UrlDecode (e.g. %ED%A0%80) yields one U+FFFD
// per maximal subpart in the harness (.NET Core 3+, WHATWG) and fewer under Mono/.NET Framework.
const base64Alphabet = fc.constantFrom(..."ABCQRSabcz0189+/= \n\t%-".split(""));
const ticks = fc.bigInt({ min: 0n, max: 3155378975999999999n });
const sample = <T>(arbitrary: fc.Arbitrary<T>, n = 40) =>
  fc.sample(arbitrary, { seed: 42, numRuns: n });

const CASES: [string, string][] = [
  ...[
    "",
    " ",
    "QQ==",
    "QR==",
    "QQ=",
    "Q===",
    "QQ==\n",
    "QUJD",
    "QUJD=",
    "QQ=A",
    "QQ==QQ==",
    "AAAA\u00a0",
    "QQ\f==",
  ].map((s) => ["B64", s] as [string, string]),
  ...sample(fc.array(base64Alphabet, { maxLength: 12 }).map((cs) => cs.join(""))).map(
    (s) => ["B64", s] as [string, string],
  ),
  ...[
    "a+b%2B%zz%4%e2%82%ac%e2%82x%C3%A9\u00e9%",
    "%",
    "%%41",
    "%u0041",
    "+%20+",
    "%F0%9F%98%80",
  ].map((s) => ["URLDEC", s] as [string, string]),
  ...sample(fc.string({ unit: "grapheme-ascii", maxLength: 12 })).map(
    (s) => ["URLDEC", s] as [string, string],
  ),
  ...sample(fc.string({ unit: "grapheme", maxLength: 8 })).map(
    (s) => ["URLENC", s] as [string, string],
  ),
  // Mono encodes every character from U+00A0 up; .NET Framework and .NET Core only U+00A0..U+00FF
  // and astral ones, which the harness follows: compare on ASCII and Latin-1 text only.
  ...sample(
    fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
      maxLength: 8,
    }),
  ).map((s) => ["HTMLENC", s] as [string, string]),
  ...sample(fc.tuple(ticks, fc.double({ min: -1e6, max: 1e6, noNaN: true }))).map(
    ([t, d]) => ["ADD", `${t}|${d}`] as [string, string],
  ),
  ...sample(fc.tuple(ticks, fc.integer({ min: -130000, max: 130000 }))).map(
    ([t, m]) => ["ADDMONTHS", `${t}|${m}`] as [string, string],
  ),
  ...sample(fc.double({ min: -1e7, max: 1e7, noNaN: true })).map(
    (d) => ["SPAN", `${d}`] as [string, string],
  ),
  ...[
    "G",
    "o",
    "s",
    "u",
    "R",
    "D",
    "f",
    "M",
    "Y",
    "t",
    "yyyy-MM-dd HH:mm:ss.fff",
    "h:mm tt",
    "ddd dd MMM yy",
    "FFFFFFF",
  ].map((f) => ["FMT", `638823508610000000|${f}`] as [string, string]),
];

const hasMono = monoAvailable();
let expected: string[] = [];

beforeAll(() => {
  if (!hasMono) return;
  expected = compileCSharp(PROGRAM)
    .run(CASES.map(([k, a]) => `${k}\t${b64(a)}`).join("\n") + "\n")
    .map((line) => unb64(line.slice(1)));
}, 60_000);

describe.runIf(hasMono)("harness agrees with Mono", () => {
  it.each(CASES.map(([kind, a], i) => [kind, JSON.stringify(a), i] as const))(
    "%s %s",
    (kind, _label, i) => {
      expect(harness(kind, CASES[i]![1])).toBe(expected[i]);
    },
  );
});
