// Time in expressions: the exact C# of the TypeScript spellings of DateTimeOffset, DateTime and
// TimeSpan operators (a difference is Subtract, adding a span is Add, comparisons are C#'s own
// operators), the out parameter of DateTimeOffset.TryParse, and the comparisons the translator
// refuses because C# converts (or refuses) where JavaScript compares raw ticks (APIM1040).
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("time: mapping and refusals", (t) => {
  // Unix-time expiry as teams write it: a token that expires 60 s from now.
  t.expression(
    "(exp: long) => DateTimeOffset.FromUnixTimeSeconds(exp).Subtract(DateTimeOffset.UtcNow) > TimeSpan.FromSeconds(60)",
  )
    .withInputs([1893456000], [1893456060], [1893456061], [0], [253402300799])
    .withContexts({ now: "2030-01-01T00:00:00Z" })
    .expectCSharp(
      "@(DateTimeOffset.FromUnixTimeSeconds(exp).Subtract(DateTimeOffset.UtcNow) > TimeSpan.FromSeconds(60))",
    )
    .expectSameInCSharp();
  t.expression(
    "(s: string) => { const [ok, value] = DateTimeOffset.TryParse(s); return ok ? value.ToUnixTimeMilliseconds() : -1; }",
  )
    .withInputs(["2030-01-01T00:00:00Z"], ["2030-01-01T01:00:00+01:00"], ["soon"], [""])
    .expectCSharp(
      [
        "@{",
        "    DateTimeOffset value;",
        "    var ok = DateTimeOffset.TryParse(s, out value);",
        "    return ok ? value.ToUnixTimeMilliseconds() : -1;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  t.expression(
    '(ms: long) => DateTimeOffset.FromUnixTimeMilliseconds(ms).Add(TimeSpan.FromHours(1)).ToString("yyyy-MM-ddTHH:mm:ssK")',
  )
    .withInputs([0], [-1], [1700000000123], [253402300799999])
    .expectCSharp(
      '@(DateTimeOffset.FromUnixTimeMilliseconds(ms).Add(TimeSpan.FromHours(1)).ToString("yyyy-MM-ddTHH:mm:ssK"))',
    )
    .expectSameInCSharp();
  t.expression(
    '(ms: long) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ms), TimeZoneInfo.Local).ToString("o")',
  )
    .withInputs([1711846800000], [1711850400000], [1729990800000], [0])
    .withContexts({ now: "2030-01-01T00:00:00Z", timeZone: "Europe/Amsterdam" })
    .expectSameInCSharp();

  // DateTime < DateTimeOffset compiles in C# (the DateTime is converted at the gateway's offset);
  // JavaScript would compare the DateTime's clock ticks with the instant's UTC ticks.
  t.expression(
    "(ms: long) => DateTimeOffset.FromUnixTimeMilliseconds(ms).DateTime < DateTimeOffset.UtcNow",
  ).expectDiagnostic("APIM1040", "DateTime and DateTimeOffset");
  t.expression("(a: DateTime, b: TimeSpan) => a > b").expectDiagnostic(
    "APIM1040",
    "DateTime and TimeSpan",
  );
  t.expression("(a: TimeSpan, b: int) => a >= b").expectDiagnostic("APIM1040", "a number");

  // DateTime.TryParse and ParseExact are not on APIM's allow-list; DateTimeOffset's are.
  t.expression(
    "(s: string) => { const [ok, d] = DateTime.TryParse(s); return ok ? d.Ticks : 0; }",
  ).expectDiagnostic("APIM1041", "DateTimeOffset.TryParse");
  t.expression('(s: string) => DateTime.ParseExact(s, "yyyy-MM-dd", null)').expectDiagnostic(
    "APIM1041",
    "DateTimeOffset.ParseExact",
  );
  t.expression("(y: int, m: int, d: int) => new DateTime(y, m, d).AddTicks(1).Ticks")
    .withInputs([2030, 1, 1], [2030, 2, 29], [1, 1, 1], [9999, 12, 31], [2032, 2, 29])
    .expectCSharp("@(new DateTime(y, m, d).AddTicks(1).Ticks)")
    .expectSameInCSharp();
  t.expression('(t: long) => new DateTime(t).ToString("o")')
    .withInputs([0], [-1], [637134336000000000n], [3155378975999999999n], [3155378976000000000n])
    .expectSameInCSharp();
});
