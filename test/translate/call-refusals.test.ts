// Every refusal of src/translate/expressions/calls.ts, lambdas.ts and the dispatch table of
// expressions/index.ts, with its code and the part of the message or hint that tells the user what
// is wrong and what to write: optional calls, JavaScript's global objects and functions (whatever
// member chain starts from them), methods apim-ts does not declare, named values without one
// literal name, `new` of a type apim-ts does not declare, `new JValue` of a non-integer number,
// syntax without a translation, and function values that are not a call's argument. A few
// snippets are also TypeScript errors (noted): the harness translates policy code that vitest ran
// without a type check, so the translator's own refusal is what the user sees there.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("call refusals", (t) => {
  /** Refused with this code, the message naming what is wrong and the hint saying what to write. */
  function refused(source: string, code: string, message: string, hint: string): void {
    t.expression(source).expectDiagnostic(code, message);
    t.expression(source).expectDiagnostic(code, `hint: ${hint}`, `${source} → ${code} (hint)`);
  }
  t.declare("const PORT = 8080;");

  // f?.(): C# policy expressions have no null-conditional invocation.
  refused(
    "(s: string) => JObject.Parse(s).ToString?.()",
    "APIM1015",
    "optional calls (f?.()) have no C# policy equivalent",
    "test for null first",
  );

  // JavaScript's global objects, however the member chain that starts from them is written.
  refused(
    "(s: string) => JSON.parse(s)",
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
    "JSON is Json.NET's in APIM: use JObject.Parse(s)",
  );
  t.expression('(s: string) => JSON["parse"](s)').expectDiagnostic(
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
  );
  t.expression("(s: string) => JSON.parse(s).toString()").expectDiagnostic(
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
  );
  t.expression("(s: string) => (JSON).stringify(s)").expectDiagnostic(
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
  );
  t.expression("(s: string) => JSON!.stringify(s)").expectDiagnostic(
    "APIM1019",
    "JavaScript's 'JSON' has no exact C# equivalent",
  );
  t.expression("(s: string) => Object.keys(JObject.Parse(s)).length").expectDiagnostic(
    "APIM1019",
    "hint: a dictionary's Keys, Values and TryGetValue(key)",
  );
  t.expression("(s: string) => Date.parse(s)").expectDiagnostic(
    "APIM1019",
    'hint: import { DateTime } from "apim-ts"',
  );
  t.expression("(s: string) => Number.isInteger(s.length)").expectDiagnostic(
    "APIM1019",
    "JavaScript's 'Number' has no exact C# equivalent",
  );

  // Global functions: the .NET member to write instead, or the general advice.
  refused(
    "(s: string) => parseInt(s, 10)",
    "APIM1019",
    "JavaScript's 'parseInt' has no exact C# equivalent",
    "use int.Parse(s)",
  );
  refused(
    "(s: string) => encodeURI(s)",
    "APIM1019",
    "JavaScript's 'encodeURI' has no exact C# equivalent",
    "use the .NET members apim-ts declares",
  );

  // apim-ts's Math is System.Math: JavaScript's lower-case members are not there (TypeScript error).
  refused(
    "(a: int, b: int) => Math.max(a, b)",
    "APIM1002",
    "'Math.max' is not a method of APIM's context, an allowed .NET type or a policy-src helper",
    "JavaScript's Math is not available in C#; import the .NET equivalent from apim-ts",
  );
  // A method the value's type does not have (TypeScript error): what to call instead.
  refused(
    "(s: string) => s.Frobnicate()",
    "APIM1002",
    "'s.Frobnicate' is not a method of APIM's context",
    "call a member the value's apim-ts type declares",
  );

  // A string literal is not JavaScript's Math even when its text is "Math".
  t.expression('() => "Math".Frobnicate()').expectDiagnostic(
    "APIM1002",
    "hint: call a member the value's apim-ts type declares",
  );

  // Named values: exactly one name, known at build time, that is a string (TypeScript errors).
  refused(
    "() => namedValue()",
    "APIM1017",
    "namedValue() needs a literal named value name",
    'write namedValue("my-named-value")',
  );
  t.expression('() => namedValue("a", "b")').expectDiagnostic(
    "APIM1017",
    "namedValue() needs a literal named value name",
  );
  t.expression("(s: string) => namedValue(s)").expectDiagnostic(
    "APIM1017",
    "namedValue() needs a literal named value name",
  );
  t.expression("() => namedValue(PORT)").expectDiagnostic(
    "APIM1017",
    "namedValue() needs a literal named value name",
  );
  t.expression("() => namedBoolean(PORT)").expectDiagnostic(
    "APIM1017",
    'hint: write namedBoolean("my-named-value")',
  );

  // A callee that is not a name: nothing to inline.
  t.expression(
    '(s: string) => (s === "" ? string.IsNullOrEmpty : string.IsNullOrEmpty)(s)',
  ).expectDiagnostic("APIM1010", "is not a function the translator can inline");

  // new: only the .NET types apim-ts declares.
  refused(
    "(s: string) => new Set([s])",
    "APIM1001",
    "'new Set' is not an allowed .NET type",
    "only .NET types declared by apim-ts can be constructed",
  );
  t.expression("(n: int) => new Date(n).getTime()").expectDiagnostic(
    "APIM1001",
    "'new Date' is not an allowed .NET type",
  );
  // new JValue of a number that is not an int or long: Json.NET keeps the double ("2.0").
  refused(
    "(s: string) => new JValue(2.0).ToString()",
    "APIM1001",
    "new JValue of a double: Json.NET writes 2.0 for a double, the harness sees only the number 2",
    "pass an int or long",
  );
  t.expression("(s: string) => new JValue(-2.5).ToString()").expectDiagnostic(
    "APIM1001",
    "new JValue of a double",
  );
  t.expression("(n: number) => new JValue(n).ToString()").expectDiagnostic(
    "APIM1001",
    "new JValue of a number: Json.NET writes 2.0",
  );

  // Syntax without a translation: the kind, and a hint of its own or the general one.
  refused(
    "(s: unknown) => <string>s",
    "APIM1001",
    "'TypeAssertionExpression' cannot be translated to a C# policy expression",
    "declare the right type instead of asserting it",
  );
  refused(
    "(s: string) => void s",
    "APIM1001",
    "'VoidExpression' cannot be translated to a C# policy expression",
    "rewrite it with the constructs listed in docs/translation.md",
  );

  // A function value that is not passed straight to a call.
  refused(
    "(s: string) => ((x: string) => x === s) === null",
    "APIM1020",
    "a function value cannot be stored or returned in a policy expression",
    "call it, or pass it directly to some/every/filter/map/Any/All",
  );
  t.expression('(s: string) => (s === "" ? (x: string) => x : null) === null').expectDiagnostic(
    "APIM1020",
    "a function value cannot be stored or returned",
  );
});
