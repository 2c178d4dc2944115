// Every operator refusal of src/translate/expressions/operators.ts with its code and the part of
// the message or hint that tells the user what is wrong and what to write: truthiness (a hint per
// type), strict tests against the other nullish, loose equality, a long beside a double, ordering
// of strings, booleans, Guids and mixed time types, string '+' of text C# prints differently,
// assignments that are not a let local's statement, compound and prefix operators, -0. A few
// snippets are also TypeScript errors (noted): the harness translates policy code that vitest ran
// without a type check, so the translator's own refusal is what the user sees there.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("operator refusals", (t) => {
  t.declare("let counter = 0;");

  // Truthiness: the hint names the explicit test for the operand's type.
  t.expression("(s: string) => s ? 1 : 2").expectDiagnostic(
    "APIM1004",
    "a conditional expression needs a boolean, but this is 'string': JavaScript and C# disagree on its truthiness\n",
  );
  t.expression("(s: string) => (s ? 1 : 2) + 0").expectDiagnostic(
    "APIM1004",
    'hint: test strings explicitly: string.IsNullOrEmpty(s), s != null or s !== ""',
  );
  t.expression("(n: int) => n ? 1 : 2").expectDiagnostic(
    "APIM1004",
    "hint: compare numbers explicitly: n !== 0",
  );
  t.expression("(o: JObject) => !o").expectDiagnostic(
    "APIM1004",
    "'!' needs a boolean, but this is 'JObject'",
  );
  t.expression("(o: JObject) => !o === true").expectDiagnostic(
    "APIM1004",
    "hint: test for null explicitly: x != null",
  );
  t.expression("(s: string, b: boolean) => s && b").expectDiagnostic(
    "APIM1004",
    "'&&' needs a boolean, but this is 'string'",
  );
  t.expression("(s: string, b: boolean) => b && s").expectDiagnostic(
    "APIM1004",
    "'&&' needs a boolean, but this is 'string'",
  );
  t.expression("(s: string, b: boolean) => b || s").expectDiagnostic(
    "APIM1004",
    "'||' needs a boolean, but this is 'string'",
  );

  // Strict tests against the nullish the value cannot be: C# has one null.
  t.expression("(x: string | null) => x !== undefined").expectDiagnostic(
    "APIM1001",
    "'!== undefined' is false for null in JavaScript, but C# has only null",
  );
  t.expression("(x: string | null) => undefined === x").expectDiagnostic(
    "APIM1001",
    "'=== undefined' is false for null in JavaScript",
  );
  t.expression("(x: string | undefined) => x === null").expectDiagnostic(
    "APIM1001",
    "'=== null' is false for undefined in JavaScript",
  );
  // unknown may be either nullish.
  t.expression("(x: unknown) => x === null").expectDiagnostic(
    "APIM1001",
    "'=== null' is false for undefined in JavaScript",
  );

  // Loose equality other than against null.
  t.expression("(a: string, b: string) => a == b").expectDiagnostic("APIM1006", "hint: use '==='");
  t.expression("(a: string, b: string) => a != b").expectDiagnostic("APIM1006", "hint: use '!=='");

  // A long beside a double: C# rounds the long first (equality and ordering).
  t.expression("(a: long, b: double) => a === b").expectDiagnostic(
    "APIM1013",
    "'===' between a long and a double: C# rounds the long to double first",
  );
  t.expression("(a: long, b: double) => a < b").expectDiagnostic(
    "APIM1013",
    "'<' between a long and a double: C# rounds the long to double first",
  );

  // Ordering: numbers, DateTime, DateTimeOffset and TimeSpan only, never nullable.
  t.expression("(a: string, b: string) => a < b").expectDiagnostic(
    "APIM1001",
    "'<' on 'string' behaves differently in C#\n",
  );
  t.expression("(a: string, b: string) => a >= b").expectDiagnostic(
    "APIM1001",
    "hint: strings have no < in C#; compare with ===",
  );
  t.expression('(a: int, b: string) => a <= b.length && b > "m"').expectDiagnostic(
    "APIM1001",
    "'>' on 'string' behaves differently in C#",
  );
  t.expression("(a: boolean, b: boolean) => a < b").expectDiagnostic(
    "APIM1001",
    "hint: compare non-null numbers, DateTime or TimeSpan values",
  );
  // System.Guid declares == and != only: `Guid < Guid` does not compile (mcs: CS0019).
  t.expression("(s: string, u: string) => Guid.Parse(s) < Guid.Parse(u)").expectDiagnostic(
    "APIM1001",
    "'<' on 'Guid' behaves differently in C#",
  );
  // Also a TypeScript error (TS2365).
  t.expression("(a: int, b: TimeSpan) => a < b").expectDiagnostic(
    "APIM1040",
    "'<' between a number and TimeSpan: C# converts or refuses",
  );

  // String '+': an operand whose text differs.
  t.expression("(s: string, b: boolean) => s + b").expectDiagnostic(
    "APIM1008",
    'this operand of string \'+\' is a boolean (JavaScript writes "true", C# "True")',
  );
  t.expression("(s: string, o: JObject) => s + o").expectDiagnostic(
    "APIM1008",
    "this operand of string '+' is a 'JObject'",
  );
  t.expression("(s: string, d: double) => s + d").expectDiagnostic(
    "APIM1008",
    "this operand of string '+' is a number C# may format differently",
  );
  // Also a TypeScript error (TS2362): no string '+' path for '*'.
  t.expression("(s: string) => s * 2").expectDiagnostic(
    "APIM1013",
    "'*' on values whose C# numeric type is unknown",
  );

  // Assignment: a let local's, as a statement (or Json.NET's indexer setter, as a statement).
  const onlyLet = "only a local declared with let can be assigned, as a statement of its own";
  t.expression(
    '(s: string) => { const o = JObject.Parse(s); const v = (o["a"] = o["b"]); return o.ToString(Formatting.None); }',
  ).expectDiagnostic("APIM1021", onlyLet);
  t.expression('(s: string) => { const a = [s]; a[0] = "x"; return a[0]; }').expectDiagnostic(
    "APIM1021",
    onlyLet,
  );
  t.expression("(n: int) => { n = n + 1; return n; }").expectDiagnostic("APIM1021", onlyLet);
  t.expression("(n: int) => { counter = n; return n; }").expectDiagnostic("APIM1021", onlyLet);
  // Also a TypeScript error (TS2588).
  t.expression("(n: int) => { const k = 0; k = n; return k; }").expectDiagnostic(
    "APIM1021",
    onlyLet,
  );

  // Compound assignment and other operators C# does not share.
  t.expression("(n: int) => { let k = 0; const u = (k += n); return u; }").expectDiagnostic(
    "APIM1001",
    "the '+=' operator has no exact C# policy equivalent\n",
  );
  t.expression("(n: int) => { let k = 0; const u = (k += n); return u + 0; }").expectDiagnostic(
    "APIM1001",
    "hint: write x = x + y",
  );
  t.expression("(n: int) => { let k = n; return k -= 1; }").expectDiagnostic(
    "APIM1001",
    "hint: write it with the operators C# shares",
  );
  t.expression('(s: string) => ("a" in XNamespace.Get(s)) ? 1 : 2').expectDiagnostic(
    "APIM1001",
    "the 'in' operator has no exact C# policy equivalent",
  );
  t.expression("(n: int) => +n").expectDiagnostic(
    "APIM1001",
    "the prefix '+' operator has no exact C# policy equivalent",
  );
  t.expression("(n: int) => { let x = n; return ++x; }").expectDiagnostic(
    "APIM1001",
    "hint: write the value out: x + 1 in a new const, -x for a number, !x for a boolean",
  );
  // JavaScript's -0 is a negative zero, C#'s -0 the int 0 (a / -0: -Infinity against Infinity).
  t.expression("(a: int) => a / -0").expectDiagnostic(
    "APIM1001",
    "-0 is a negative zero in JavaScript but the int 0 in C#",
  );
});
