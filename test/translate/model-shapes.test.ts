// The C# of calls on APIM's context model and the .NET types that src/translate/members/model.ts
// accepts: Body.As<T> with and without its type argument (APIM's IMessageBody.As<T>, "Policy
// expressions" page, context variable: T is string, byte[], JObject, JToken, JArray, XNode,
// XElement, XDocument), Variables.GetValueOrDefault<T> with its type written out, a number's
// ToString(format) of an int or long, Compare of types other than string (not limited to its
// sign), and FirstOrDefault over reference types. Each snippet with cases also runs in C#.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("model call shapes", (t) => {
  // Body.As() without a type argument reads text, as As<string>() does: C# cannot infer T.
  t.expression("(context: Context) => context.Request.Body!.As()").expectTranslation(
    "@(context.Request.Body.As<string>())",
  );
  t.expression("(context: Context) => context.Request.Body!.As<string>(true)").expectTranslation(
    "@(context.Request.Body.As<string>(true))",
  );
  t.expression("(context: Context) => context.Request.Body!.As<bytes>().length").expectTranslation(
    "@(context.Request.Body.As<byte[]>().Length)",
  );
  t.expression(
    '(context: Context) => context.Request.Body!.As<JObject>()["a"]!.ToString()',
  ).expectTranslation('@(context.Request.Body.As<JObject>()["a"].ToString())');

  // GetValueOrDefault<T>: the written type argument is kept, so APIM checks the stored value's type.
  t.expression(
    '(context: Context) => context.Variables.GetValueOrDefault<string>("name", "none")',
  ).expectTranslation('@(context.Variables.GetValueOrDefault<string>("name", "none"))');
  t.expression(
    '(context: Context) => context.Variables.GetValueOrDefault<int>("count", 0) + 1',
  ).expectTranslation('@(context.Variables.GetValueOrDefault<int>("count", 0) + 1)');

  // A long's ToString(format) is simulated exactly, as an int's is; a format without precision
  // and one with two digits of precision are both standard .NET formats ("Standard numeric
  // format strings": a precision specifier 0-99).
  t.expression('(n: long) => n.ToString("X") + "|" + n.ToString("D10")')
    .withInputs([0], [255], [10000000000])
    .expectCSharp('@(n.ToString("X") + "|" + n.ToString("D10"))')
    .expectSameInCSharp();

  // DateTime.Compare is not string.Compare: its result may be used directly.
  t.expression("(a: DateTime, b: DateTime) => DateTime.Compare(a, b)").expectTranslation(
    "@(DateTime.Compare(a, b))",
  );
  // ToString of a type other than a number keeps its own formats (DateTime's round trip "o").
  t.expression('(d: DateTime) => d.ToString("o")').expectTranslation('@(d.ToString("o"))');

  // string.Compare compared with 0 inside parentheses, or with 0 on the left, is its sign only.
  t.expression("(a: string, b: string) => (string.Compare(a, b, StringComparison.Ordinal)) < 0")
    .withInputs(["a", "b"], ["b", "a"], ["a", "a"])
    .expectCSharp("@(string.Compare(a, b, StringComparison.Ordinal) < 0)")
    .expectSameInCSharp();
  t.expression("(a: string, b: string) => 0 > string.Compare(a, b, StringComparison.Ordinal)")
    .withInputs(["a", "b"], ["b", "a"], ["a", "a"])
    .expectCSharp("@(0 > string.Compare(a, b, StringComparison.Ordinal))")
    .expectSameInCSharp();

  // FirstOrDefault over strings: null when nothing matches, in both languages.
  t.expression('(s: string) => JArray.Parse(s).Values<string>().FirstOrDefault() ?? "none"')
    .withInputs(['["a","b"]'], ["[]"])
    .expectCSharp('@(JArray.Parse(s).Values<string>().FirstOrDefault() ?? "none")')
    .expectSameInCSharp();
});
