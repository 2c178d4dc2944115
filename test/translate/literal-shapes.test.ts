// Literals and casts as the translator prints them (src/translate/expressions/literals.ts,
// casts.ts): numeric separators dropped, octal and binary literals written in decimal (C# before
// 7.0 has no `0b` and C# never had `0o`; C# specification, "Integer literals"), hexadecimal kept,
// templates as interpolated strings without empty text parts, `as` as C#'s explicit cast where
// both languages convert alike; and the refusals, each with its message.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("literal and cast shapes", (t) => {
  // 1_000 is 1000: digit separators came with C# 7.0, and APIM does not document its C# version.
  t.expression("(n: int) => n + 1_000")
    .withInputs([1], [-1000], [2147483647])
    .expectCSharp("@(n + 1000)")
    .expectSameInCSharp();
  t.expression("(n: int) => n & 0o17 | 0b101")
    .withInputs([255], [0], [8])
    .expectCSharp("@(n & 15 | 5)")
    .expectSameInCSharp();
  // A hexadecimal literal is C#'s as written, a "0b" among its digits included.
  t.expression("(n: int) => n & 0x0b")
    .withInputs([255], [4], [-1])
    .expectCSharp("@(n & 0x0b)")
    .expectSameInCSharp();
  t.expression("(n: int) => 10n").expectDiagnostic(
    "APIM1001",
    "BigInt literals have no C# policy equivalent",
  );
  t.expression("(s: string, n: int) => [s, n].length").expectDiagnostic(
    "APIM1001",
    "an array literal whose element type has no C# name",
  );

  // Templates: ints and longs print alike in both languages; no empty text around the holes.
  t.expression("(a: long, b: int) => `${a}${b}`")
    .withInputs([2 ** 40, -1], [0, 7], [-(2 ** 45), 0])
    .expectCSharp('@($"{a}{b}")')
    .expectSameInCSharp();
  t.expression("(d: double) => `v=${d}`").expectDiagnostic("APIM1007", "a double of type 'double'");
  t.expression("(d: DateTime) => `${d}`").expectDiagnostic(
    "APIM1007",
    "a value of type 'DateTime'",
  );

  // `as` between numeric types is C#'s conversion: (int) truncates toward zero.
  t.expression("(d: double) => d as int")
    .withInputs([3.7], [-3.7], [0.5])
    .expectCSharp("@((int)d)")
    .expectSameInCSharp();
  // `as int | null` on a number only changes what TypeScript believes: C# has no such cast here.
  t.expression("(n: int) => n as int | null").expectDiagnostic(
    "APIM1001",
    "'as' changes only what TypeScript believes here",
  );
  // A C# object (the Variables indexer) unboxed exactly: an int variable read as int, a string
  // variable throws InvalidCastException in both languages.
  t.expression('(context: Context) => (context.Variables["n"] as int) + 1')
    .withContexts(
      { now: "2030-01-01T00:00:00Z", variables: { n: { type: "int", value: 41 } } },
      { now: "2030-01-01T00:00:00Z", variables: { n: { type: "string", value: "41" } } },
    )
    .expectCSharp('@((int)context.Variables["n"] + 1)')
    .expectSameInCSharp();
  t.expression('(context: Context) => context.Variables["s"] as string | null')
    .withContexts(
      { now: "2030-01-01T00:00:00Z", variables: { s: { type: "string", value: "x" } } },
      { now: "2030-01-01T00:00:00Z", variables: { s: { type: "null" } } },
    )
    .expectCSharp('@((string)context.Variables["s"])')
    .expectSameInCSharp();
  // A JavaScript global under `as` is reported as such, not as a cast.
  t.expression("(s: string) => JSON.parse(s) as string").expectDiagnostic(
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
  );
});
