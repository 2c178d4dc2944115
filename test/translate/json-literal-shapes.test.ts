// JSON literals where Json.NET expects a value (JObject.Add, JArray.Add) as the translator builds
// them (src/translate/expressions/json-literals.ts): the exact construction, run in both
// languages, and every refusal with its message. Json.NET: JProperty(string, object) and
// JArray(params object[]) take their content as object (a null inside is `(object)null`, a JSON
// null), `new JArray()` is an empty array; JObject.Add(string, JToken) and JArray.Add(JToken)
// take a plain null as a JSON null (Newtonsoft.Json docs, JProperty, JArray and JObject
// constructors and Add). JavaScript orders integer-like keys first and reads `__proto__` as the
// prototype (ECMAScript, OrdinaryOwnPropertyKeys; __proto__ property in object initializers).
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("JSON literal shapes", (t) => {
  // Names JavaScript keeps in the written order: not array indices, not __proto__; shorthand too.
  t.expression(
    '(s: string, n: int) => { const a = JArray.Parse(s); a.Add({ a1: n, "1a": 2, "01": 3, "": 4, n }); return a.ToString(Formatting.None); }',
  )
    .withInputs(["[]", 1], ["[true]", -5])
    .expectCSharp(
      [
        "@{",
        "    var a = JArray.Parse(s);",
        '    a.Add(new JObject(new JProperty("a1", n), new JProperty("1a", 2), new JProperty("01", 3), new JProperty("", 4), new JProperty("n", n)));',
        "    return a.ToString(Formatting.None);",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  // null as Add's own argument is plain null; inside a literal it is (object)null. An empty
  // array is `new JArray()`; parentheses around a literal change nothing.
  t.expression(
    '(s: string) => { const o = JObject.Parse(s); o.Add("n", null); o.Add("x", ({ a: null, b: [null, []], c: [] })); return o.ToString(Formatting.None); }',
  )
    .withInputs(["{}"], ['{"n":1}'], ['{"x":2}'])
    .expectCSharp(
      [
        "@{",
        "    var o = JObject.Parse(s);",
        '    o.Add("n", null);',
        '    o.Add("x", new JObject(new JProperty("a", (object)null), new JProperty("b", new JArray(new object[] { (object)null, new JArray() })), new JProperty("c", new JArray())));',
        "    return o.ToString(Formatting.None);",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add(null); a.Add([]); return a.ToString(Formatting.None); }",
  )
    .withInputs(["[]"], ["[1]"])
    .expectCSharp(
      [
        "@{",
        "    var a = JArray.Parse(s);",
        "    a.Add(null);",
        "    a.Add(new JArray());",
        "    return a.ToString(Formatting.None);",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  // A long is an Integer token like an int; JSON tokens (JToken, JObject) are added as they are.
  t.expression(
    "(s: string, n: long) => { const a = JArray.Parse(s); a.Add({ big: n, t: JToken.Parse(s), o: JObject.Parse('{\"k\":1}') }); return a.ToString(Formatting.None); }",
  )
    .withInputs(["[]", 2 ** 40], ["[1]", -3])
    .expectCSharp(
      [
        "@{",
        "    var a = JArray.Parse(s);",
        '    a.Add(new JObject(new JProperty("big", n), new JProperty("t", JToken.Parse(s)), new JProperty("o", JObject.Parse("{\\"k\\":1}"))));',
        "    return a.ToString(Formatting.None);",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();

  // Property names that are not written out, or that JavaScript reorders or treats specially.
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add({ 1: true }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a JSON property name must be written out");
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add({ [s]: true }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a JSON property name must be written out");
  t.expression(
    '(s: string) => { const a = JArray.Parse(s); a.Add({ b: 1, "12": 2 }); return a.Count; }',
  ).expectDiagnostic("APIM1001", "treats the key '12' specially");
  t.expression(
    '(s: string) => { const a = JArray.Parse(s); a.Add({ "__proto__": "x" }); return a.Count; }',
  ).expectDiagnostic("APIM1001", "treats the key '__proto__' specially");
  // Spreads, methods and holes.
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add({ ...{ b: 1 } }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a JSON object literal holds `name: value` pairs only");
  t.expression(
    '(s: string) => { const a = JArray.Parse(s); a.Add(["x", ...["y"]]); return a.Count; }',
  ).expectDiagnostic("APIM1001", "a JSON array literal lists its elements");
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add([1, , 2]); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a JSON array literal lists its elements");
  // Values with no exact Json.NET content in the harness.
  t.expression(
    "(s: string, d: double) => { const a = JArray.Parse(s); a.Add({ d }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a double in a JSON literal");
  t.expression(
    "(s: string, d: DateTime) => { const a = JArray.Parse(s); a.Add({ at: d }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a DateTime in a JSON literal has no simulated Json.NET content");
  // A TypeScript number with no C# type (neither int, long nor double).
  t.expression(
    "(s: string, n: number) => { const a = JArray.Parse(s); a.Add({ n }); return a.Count; }",
  ).expectDiagnostic("APIM1001", "a number in a JSON literal");
});
