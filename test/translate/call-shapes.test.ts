// The C# of the calls src/translate/expressions/calls.ts and lambdas.ts accept: methods called on
// a property, an element or another call's result; apim-ts's own Math (System.Math) beside
// JavaScript's; standard-library calls mapped to .NET; named values by a build-time name; `new`
// of .NET types with and without an argument list; and lambdas passed to LINQ-style
// members, each with its own parameter name. Each snippet with cases also runs in both languages.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("call shapes", (t) => {
  t.declare('const KEY_NAME = "api-key";');

  // Methods on an element access, a property and a call's result.
  t.expression("(s: string) => JArray.Parse(s)[0]!.ToString(Formatting.None)")
    .withInputs(['["a"]'], ["[1,2]"], ['[{"b":null}]'])
    .expectCSharp("@(JArray.Parse(s)[0].ToString(Formatting.None))")
    .expectSameInCSharp();
  t.expression('(s: string) => JObject.Parse(s)["name"]!.ToString().length')
    .withInputs(['{"name":" ada "}'], ['{"name":"Bob"}'])
    .expectCSharp('@(JObject.Parse(s)["name"].ToString().Length)')
    .expectSameInCSharp();
  // apim-ts's Math is System.Math, not JavaScript's global.
  t.expression("(s: string) => Math.Max(s.length, 3)")
    .withInputs(["ab"], ["abcde"])
    .expectCSharp("@(Math.Max(s.Length, 3))")
    .expectSameInCSharp();
  // Standard-library calls, chained.
  t.expression('(s: string) => s.trim().startsWith("a")')
    .withInputs([" ab"], ["b"])
    .expectCSharp(
      '@(s.Trim("\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF".ToCharArray()).StartsWith("a", StringComparison.Ordinal))',
    )
    .expectSameInCSharp();

  // Named values: a build-time constant names one; namedBoolean is a bare literal.
  t.expression("(s: string) => s === namedValue(KEY_NAME)").expectTranslation(
    '@(s == "{{api-key}}")',
  );
  t.expression('(b: boolean) => b && namedBoolean("feature-on")').expectTranslation(
    "@(b && {{feature-on}})",
  );

  // new of Json.NET's types: an int JValue, and a hash algorithm written without an argument list.
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a.Add(new JValue(1)); a.Add(new JValue(s.length)); return a.ToString(Formatting.None); }",
  )
    .withInputs(["[]"], ["[2]"])
    .expectCSharp(
      "@{\n    var a = JArray.Parse(s);\n    a.Add(new JValue(1));\n    a.Add(new JValue(s.Length));\n    return a.ToString(Formatting.None);\n}",
    )
    .expectSameInCSharp();
  t.expression(
    "(s: string) => Convert.ToBase64String((new SHA256Managed).ComputeHash(Encoding.UTF8.GetBytes(s)))",
  )
    .withInputs(["a"], ["b"])
    .expectCSharp(
      "@(Convert.ToBase64String(new SHA256Managed().ComputeHash(Encoding.UTF8.GetBytes(s))))",
    )
    .expectSameInCSharp();

  // Lambdas: a parameter name is free again once its lambda ends; a nested one gets its own.
  t.expression(
    '(s: string) => s.split(",").some((p) => p === "a") && s.split(",").every((p) => p !== "")',
  )
    .withInputs(["a,b"], ["b,"], ["b,c"])
    .expectCSharp("@(s.Split(',').Any(p => p == \"a\") && s.Split(',').All(p => p != \"\"))")
    .expectSameInCSharp();
  t.expression('(s: string) => s.split(";").some((p) => p.split(",").some((p) => p === "a"))')
    .withInputs(["b;c,a"], ["b;c"])
    .expectCSharp("@(s.Split(';').Any(p => p.Split(',').Any(p2 => p2 == \"a\")))")
    .expectSameInCSharp();
});
