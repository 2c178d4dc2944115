// The C# of Json.NET's spellings (docs/translation.md, "JSON"): indexers, the nullable explicit
// conversions, Value<T> with its type argument, JTokenType comparisons, TryGetValue's out
// parameter; and what the translator refuses because the harness could not tell it apart at run
// time or C# would mean something else. Each accepted snippet also runs in both languages.
import { describeConformance } from "../../harness/conformance/index.ts";

const body = '{"name":"Ada","count":3,"tags":["a","b"],"none":null}';

describeConformance("Json.NET spellings", (t) => {
  t.expression('(s: string) => JObject.Parse(s)["name"]?.ToString() ?? "none"')
    .withInputs([body], ['{"other":1}'])
    .expectCSharp('@(JObject.Parse(s)["name"]?.ToString() ?? "none")')
    .expectSameInCSharp();
  t.expression('(s: string) => (JObject.Parse(s)["count"] as int | null) ?? 0')
    .withInputs([body], ['{"count":"12"}'], ['{"count":null}'])
    .expectCSharp('@((int?)JObject.Parse(s)["count"] ?? 0)')
    .expectSameInCSharp();
  t.expression('(s: string) => JObject.Parse(s)["none"] as string | null')
    .withInputs([body], ['{"none":"x"}'])
    .expectCSharp('@((string)JObject.Parse(s)["none"])')
    .expectSameInCSharp();
  t.expression('(s: string) => JObject.Parse(s).Value<int>("count")')
    .withInputs([body], ["{}"])
    .expectCSharp('@(JObject.Parse(s).Value<int>("count"))')
    .expectSameInCSharp();
  t.expression("(s: string) => JArray.Parse(s)[0].Type === JTokenType.String")
    .withInputs(['["a"]'], ["[1]"])
    .expectCSharp("@(JArray.Parse(s)[0].Type == JTokenType.String)")
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { const [found, value] = JObject.Parse(s).TryGetValue("tags"); return found ? value!.ToString(Formatting.None) : "absent"; }',
  )
    .withInputs([body], ["{}"])
    .expectSameInCSharp();

  // A literal where Json.NET expects a value: the same property order and value types.
  t.expression(
    '(s: string, n: int) => { const o = JObject.Parse(s); o.Add("item", { id: n, tags: ["a", null], ok: true }); return o.ToString(Formatting.None); }',
  )
    .withInputs(["{}", 3], ['{"x":[]}', -1])
    .expectSameInCSharp();
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add({ b: 1, a: [[2]] }); return a.Count; }",
  )
    .withInputs(["[]"], ["[1]"])
    .expectCSharp(
      '@{\n    var a = JArray.Parse(s);\n    a.Add(new JObject(new JProperty("b", 1), new JProperty("a", new JArray(new object[] { new JArray(new object[] { 2 }) }))));\n    return a.Count;\n}',
    )
    .expectSameInCSharp();
  t.expression(
    "(s: string, d: double) => { const a = JArray.Parse(s); a.Add({ d: d }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "Json.NET writes 2.0");
  t.expression(
    '(s: string) => { const a = JArray.Parse(s); a.Add({ b: 1, "2": 2 }); return a.Count; }',
  ).expectDiagnostic("APIM1001", "keeps the written order");

  // Refused: what C# would resolve to another overload, or cannot infer.
  t.expression('(s: string) => JObject.Parse(s)["Count"]').expectDiagnostic(
    "APIM1018",
    "names a member",
  );
  t.expression("(s: string) => JToken.Parse(s)[0]").expectDiagnostic(
    "APIM1018",
    "indexed by a non-null string",
  );
  t.expression('(s: string) => JArray.Parse(s)["0"]').expectDiagnostic(
    "APIM1018",
    "indexed by a non-null int",
  );
  t.expression('(s: string) => JObject.Parse(s)["a"] as unknown as int').expectDiagnostic(
    "APIM1001",
  );
  t.expression('(s: string) => JObject.Parse(s)["a"] as bytes | null').expectDiagnostic(
    "APIM1001",
    "JSON token",
  );
  t.expression('(s: string) => JToken.Parse(s).SelectToken("a.b[1]")?.ToString() ?? "none"')
    .withInputs(['{"a":{"b":[1,"x"]}}'], ['{"a":{}}'])
    .expectCSharp('@(JToken.Parse(s).SelectToken("a.b[1]")?.ToString() ?? "none")')
    .expectSameInCSharp();
  t.expression("(s: string) => JToken.Parse(s).ToObject<int>()")
    .withInputs(["12"], ["2.5"])
    .expectCSharp("@(JToken.Parse(s).ToObject<int>())")
    .expectSameInCSharp();
  // ToObject<T>'s type argument is C#'s to convert by: inferred or wider types are refused.
  t.expression("(s: string): int => JToken.Parse(s).ToObject()").expectDiagnostic(
    "APIM1014",
    "ToObject<T> needs its type argument",
  );
  t.expression("(s: string) => JToken.Parse(s).ToObject<string | int>()").expectDiagnostic(
    "APIM1014",
  );
  t.expression(
    '(s: string) => JsonConvert.DeserializeObject<JObject>(s)?.Value<string>("a") ?? "none"',
  )
    .withInputs(['{"a":"x"}'], ["null"], [""], ['{"b":1}'])
    .expectCSharp('@(JsonConvert.DeserializeObject<JObject>(s)?.Value<string>("a") ?? "none")')
    .expectSameInCSharp();
  // C# cannot infer DeserializeObject's T, and the harness checks the kind by it.
  // JValue is declared as an alias of JToken; printing <JToken> for it would change what C# does.
  t.expression("(s: string) => JsonConvert.DeserializeObject<JValue>(s)").expectDiagnostic(
    "APIM1014",
    "DeserializeObject<T> needs its type argument",
  );
  t.expression("(s: string): JObject | null => JsonConvert.DeserializeObject(s)").expectDiagnostic(
    "APIM1014",
    "DeserializeObject<T> needs its type argument",
  );
  // Values<T>(): translated 1:1 with its type argument, usable with LINQ.
  t.expression('(s: string) => string.Join(",", JArray.Parse(s).Values<string>())')
    .withInputs(['[1,"a",true]'], ["[null,2.5]"], ["[]"])
    .expectCSharp('@(string.Join(",", JArray.Parse(s).Values<string>()))')
    .expectSameInCSharp();
  t.expression("(s: string) => JArray.Parse(s).Values().Count()").expectDiagnostic(
    "APIM1014",
    "Values<T> needs its type argument",
  );
  // new JValue(x): Json.NET's constructor; a double is refused (the harness cannot tell 2.0 from 2).
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add(new JValue(s)); a.Add(new JValue(a.Count)); return a.ToString(Formatting.None); }",
  )
    .withInputs(["[]"], ["[true]"])
    .expectSameInCSharp();
  t.expression('(s: string) => new JValue(JObject.Parse(s).Value<long>("a")).ToString()')
    .withInputs(['{"a":9007199254740993}'], ["{}"])
    .expectCSharp('@(new JValue(JObject.Parse(s).Value<long>("a")).ToString())')
    .expectSameInCSharp();
  t.expression("(d: double) => new JValue(d).ToString()").expectDiagnostic(
    "APIM1001",
    "Json.NET writes 2.0",
  );
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add(new JValue(2.0)); return a.Count; }",
  ).expectDiagnostic("APIM1001", "Json.NET writes 2.0");
});
