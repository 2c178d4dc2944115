// Calls and reads of APIM's context model and the .NET types that src/translate/members/model.ts
// refuses, each with its code and the part of the message that says what differs and what to
// write instead.
import { describeConformance } from "../../harness/conformance/index.ts";

type Suite = Parameters<Parameters<typeof describeConformance>[1]>[0];

/** The refusal's message and its hint (what to write instead), each checked. */
function refuse(t: Suite, source: string, code: string, message: string, hint: string): void {
  t.expression(source).expectDiagnostic(code, message);
  t.expression(source).expectDiagnostic(code, `hint: ${hint}`, `${source} → ${code} hint`);
}

describeConformance("model member refusals", (t) => {
  // valueOf exists only so JavaScript's < and > work on DateTime; C# has no such member.
  const valueOfOnly = "'valueOf' exists only so JavaScript can compare; C# has no such member";
  refuse(
    t,
    "(d: DateTime) => d.valueOf",
    "APIM1002",
    valueOfOnly,
    "compare with <, > or CompareTo",
  );
  refuse(
    t,
    "(d: DateTime) => d.valueOf()",
    "APIM1002",
    valueOfOnly,
    "use the .NET member of the same meaning",
  );

  // string.Compare compared with another number than 0: only its sign is documented.
  refuse(
    t,
    "(a: string, b: string) => string.Compare(a, b, StringComparison.Ordinal) < 1",
    "APIM1077",
    "string.Compare's result is documented only by its sign",
    "compare it with 0",
  );

  // GetValueOrDefault<T> with a type a policy variable cannot hold.
  refuse(
    t,
    '(context: Context) => context.Variables.GetValueOrDefault<number>("n", 0)',
    "APIM1014",
    "'number' is not a C# type a policy variable can hold",
    "use string, int, long, double, boolean, bytes",
  );

  // Json.NET's Value<T>/Values<T> with a type argument the harness cannot convert by.
  refuse(
    t,
    '(s: string) => JObject.Parse(s).Value<string | int>("a")',
    "APIM1014",
    "Value<T> needs its type argument written out: string, int, long, double or boolean",
    'write o.Value<string>("name")',
  );
  refuse(
    t,
    "(s: string) => JArray.Parse(s).Values<string | int>().Count()",
    "APIM1014",
    "Values<T> needs its type argument written out",
    "write t.Values<string>() or t.Values<int>()",
  );

  // A refusal of a type argument or a format points at it (the underline under that text only).
  const under = (text: string) => ` ${"~".repeat(text.length)}\n  hint:`;
  t.expression('(s: string) => JObject.Parse(s).Value<string | int>("a")').expectDiagnostic(
    "APIM1014",
    under("string | int"),
    "Value<string | int>: the refusal points at the type argument",
  );
  t.expression(
    "(s: string) => JsonConvert.DeserializeObject<JObject | JArray>(s)",
  ).expectDiagnostic(
    "APIM1014",
    under("JObject | JArray"),
    "DeserializeObject<JObject | JArray>: the refusal points at the type argument",
  );
  t.expression('(n: int) => n.ToString("D100")').expectDiagnostic(
    "APIM1078",
    under('"D100"'),
    'ToString("D100"): the refusal points at the format',
  );

  // FirstOrDefault/SingleOrDefault over value types: C# gives 0, false or an empty pair.
  refuse(
    t,
    "(s: string) => JArray.Parse(s).Values<int>().FirstOrDefault()",
    "APIM1002",
    "FirstOrDefault over int values gives C#'s default value (0, false, an empty pair), not null, when nothing matches",
    "test with Any(...) first, then read First(...)",
  );
  t.expression(
    "(s: string) => JArray.Parse(s).Values<boolean>().SingleOrDefault()",
  ).expectDiagnostic("APIM1002", "SingleOrDefault over bool values gives C#'s default value");
  // DateTimeOffset is a struct too: its default is 0001-01-01T00:00:00+00:00, not null.
  t.expression(
    "(s: string) => JArray.Parse(s).Values<long>().Select((x) => DateTimeOffset.FromUnixTimeSeconds(x)).FirstOrDefault()",
  ).expectDiagnostic(
    "APIM1002",
    "FirstOrDefault over DateTimeOffset values gives C#'s default value",
  );
  // Without a type argument, Value<T> and DeserializeObject<T> are refused at the call.
  t.expression('(s: string) => JObject.Parse(s).Value("a")').expectDiagnostic(
    "APIM1014",
    "Value<T> needs its type argument written out",
  );
  t.expression("(s: string) => JsonConvert.DeserializeObject(s)").expectDiagnostic(
    "APIM1014",
    "DeserializeObject<T> needs its type argument written out: JObject, JArray or JToken",
  );
  t.expression("(context: Context) => context.Request.Headers.FirstOrDefault()").expectDiagnostic(
    "APIM1002",
    "FirstOrDefault over KeyValuePair",
  );

  // A number's ToString(format): a double's or an unknown number's digits, and formats outside
  // D, X, N, F with a precision 0-99.
  t.expression('(n: number) => n.ToString("D")').expectDiagnostic(
    "APIM1078",
    "ToString(format) of a number of unknown C# type",
  );
  for (const format of ["xD5", "D5x", "D100"]) {
    t.expression(`(n: int) => n.ToString("${format}")`).expectDiagnostic(
      "APIM1078",
      "ToString(format) needs a literal standard format",
    );
  }
});
