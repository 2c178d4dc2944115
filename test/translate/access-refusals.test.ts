// Member and element reads the translator refuses (src/translate/expressions/access.ts), each with
// its code and the part of the message that says what differs and what to write instead.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("member and element access refusals", (t) => {
  t.declare(`
    const config = { header: "X-Other", limits: { max: 2 } };
    const HEADER = "X-Client";
    declare const unknownValue: string;
    const holder = { inner: null as unknown as { a: string } };
  `);
  t.expression("(s: string) => JSON.parse(s).a").expectDiagnostic(
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
  );
  // A JavaScript collection's property: every refusal says what to write instead (the DSL checks
  // that the hint is not empty).
  t.expression("(m: Map<string, string>) => m.size").expectDiagnostic(
    "APIM1002",
    "'Map.size' has no exact C# equivalent in a policy expression",
  );
  t.expression("(a: string[]) => a.at").expectDiagnostic(
    "APIM1002",
    "'Array.at' has no exact C# equivalent in a policy expression",
  );
  // A null build-time object has no members to read at build time: the read is refused, not folded.
  t.expression("(s: string) => s + holder.inner.a").expectDiagnostic(
    "APIM1002",
    "'holder.inner.a' is not a member of APIM's context or an allowed .NET type",
  );
  // A name TypeScript cannot resolve is refused with a located message, not a crash.
  t.expression("(s: string) => nowhere").expectDiagnostic(
    "APIM1009",
    "'nowhere' is neither a local of the expression nor a value known when the policy is built",
  );
  t.expression("(s: string) => s + unknownValue").expectDiagnostic(
    "APIM1009",
    "'unknownValue' is neither a local of the expression nor a value known when the policy is built",
  );
  // SubscriptionLimit is already an int?: the message names the value type, not "int?".
  t.expression("(context: Context) => context.Product?.SubscriptionLimit").expectDiagnostic(
    "APIM1015",
    "'?.' gives a nullable int in C#, which compares",
  );
  t.expression("(context: Context) => context.Product?.SubscriptionRequired").expectDiagnostic(
    "APIM1015",
    "'?.' gives a nullable bool in C#, which compares",
  );
  t.expression("(s: string) => { const o = { a: s }; return o.a; }").expectDiagnostic(
    "APIM1002",
    "'o.a' is not a member of APIM's context or an allowed .NET type",
  );
  // '?.' is not read at build time: the object itself would have to be written into C#.
  t.expression("(s: string) => s === config?.header").expectDiagnostic(
    "APIM1009",
    "'config' is a object; only strings, numbers, booleans, null and arrays of them",
  );
  t.expression('(i: int) => HEADER["length"] === i').expectDiagnostic(
    "APIM1018",
    "hint: use s.substring(i, i + 1)",
  );
  t.expression('(i: int) => config["limits"]["max"] === i').expectDiagnostic(
    "APIM1018",
    "hint: index string arrays and dictionaries only",
  );
  t.expression("(a: string[] | null) => a?.[0]").expectDiagnostic(
    "APIM1018",
    "hint: write a == null ? null : a[0] (a string array read past its end is null in both languages)",
  );
  t.expression("(a: string[], x: long) => a[x]").expectDiagnostic(
    "APIM1042",
    "'x' is a long, and C# indexes a string[] with an int only\n",
  );
  t.expression("(a: string[], x: long) => a[x]").expectDiagnostic(
    "APIM1042",
    "a[Convert.ToInt32(x)] (OverflowException outside int's range, in both languages)",
    "a long index: the hint says how to convert",
  );
  t.expression("(a: string[], x: double) => a[x]").expectDiagnostic(
    "APIM1042",
    "a[Convert.ToInt32(x)] (OverflowException outside int's range, in both languages; a double rounds half to even)",
  );
  t.expression("(a: string[]) => a[99999999999999999999]").expectDiagnostic(
    "APIM1042",
    "is a number of unknown C# type, and C# indexes",
  );
  // A string key reads the array's member in TypeScript; C# has no string overload of
  // ElementAtOrDefault (mcs CS1928), so the translator refuses it.
  t.expression('(a: string[]) => a["length"] === 1').expectDiagnostic(
    "APIM1018",
    "'\"length\"' is not a number, and C# indexes a string[] with an int only",
  );
  t.expression('(context: Context) => context.Variables?.["x"]').expectDiagnostic(
    "APIM1018",
    "a dictionary is indexed by a non-null string\n",
  );
  t.expression("(context: Context) => context.Variables[1]").expectDiagnostic(
    "APIM1018",
    "a dictionary is indexed by a non-null string",
  );
  t.expression('(context: Context) => context.Variables["Count"]').expectDiagnostic(
    "APIM1018",
    "'\"Count\"' names a member of the dictionary in TypeScript, an entry in C#",
  );
  t.expression('(s: string) => JToken.Parse(s)?.["a"]').expectDiagnostic(
    "APIM1018",
    "'?.[' on a JToken that may be null",
  );
  t.expression('(s: string) => (JObject.Parse(s)["a"] as JObject | null)?.["b"]').expectDiagnostic(
    "APIM1018",
    "'?.[' on a JObject that may be null",
  );
  t.expression("(s: string) => JToken.Parse(s)[0]").expectDiagnostic(
    "APIM1018",
    "a JToken is indexed by a non-null string",
  );
  t.expression('(s: string) => JToken.Parse(s)["Type"]').expectDiagnostic(
    "APIM1018",
    "'\"Type\"' names a member of the JToken in TypeScript, a property in C#",
  );
  t.expression('(s: string) => Regex.Match(s, "a").Groups["Count"]').expectDiagnostic(
    "APIM1102",
    "a GroupCollection is indexed by a non-null int or a group name written as a string literal\n",
  );
  t.expression('(s: string, k: string) => Regex.Match(s, "a").Groups[k]').expectDiagnostic(
    "APIM1102",
    'hint: write m.Groups[1] or m.Groups["name"]',
  );
  t.expression('(s: string) => Regex.Match(s, "a").Groups?.[1]').expectDiagnostic("APIM1102");
  t.expression('(s: string) => Regex.Matches(s, "a")["x"]').expectDiagnostic(
    "APIM1102",
    "a MatchCollection is indexed by a non-null int\n",
  );
  t.expression('(s: string) => Regex.Matches(s, "a")["x"]').expectDiagnostic(
    "APIM1102",
    "hint: write matches[i] with an int i",
    "a MatchCollection by a string: the hint",
  );
});
