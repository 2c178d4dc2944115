// Every diagnostic the translator emits (src/diagnostics/codes.ts, APIM1001-APIM1023): a snippet
// that must be refused, with the part of the message that says why. No C# is produced for any.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("rejected constructs", (t) => {
  t.declare(`
    const config = { nested: { a: 1 } };
    const rec = (n: int): int => (n > 0 ? rec(n) : 0);
    const twice = (x: string) => x + x;
    function classify(s: string): string {
      if (s === "") return "empty";
      return "other";
    }
  `);
  t.expression("(x: string) => x as string").expectDiagnostic(
    "APIM1001",
    "only what TypeScript believes",
  );
  t.expression('(context: Context) => context.Variables["x"] as string').expectDiagnostic(
    "APIM1001",
    "as string | null",
  );
  t.expression(
    '(context: Context) => { const [found] = context.Variables.TryGetValue("x"); return found; }',
  ).expectDiagnostic("APIM1001", "out parameter");
  t.expression("(s: string) => typeof s").expectDiagnostic("APIM1001");
  // TypeScript types a[0] as string, but past the end JavaScript writes "undefined" and C# nothing.
  t.expression('(a: string[]) => a[0]! + "|"').expectDiagnostic("APIM1008", "past the array's end");
  t.expression("(a: string[]) => `${a[1]}`").expectDiagnostic("APIM1007");
  // JavaScript iterates a string by code point, C#'s foreach by UTF-16 unit.
  t.expression(
    "(s: string) => { let n = 0; for (const c of s) { n = n + 1; } return n; }",
  ).expectDiagnostic("APIM1001", "iterates differently");
  t.expression("(s: string) => { var t = s; return t; }").expectDiagnostic("APIM1001", "'var'");
  t.expression("(a: string, b: string) => { let c = a; c += b; return c; }").expectDiagnostic(
    "APIM1001",
  );
  t.expression("(s: string) => s.charAt(0)").expectDiagnostic("APIM1002", "charAt");
  t.expression('(s: string) => s.startsWith("a", 1)').expectDiagnostic("APIM1002");
  t.expression('(s: string) => s.split("")').expectDiagnostic(
    "APIM1002",
    "non-empty string literal separator",
  );
  t.expression("(s: string, i: int) => s.substring(i)").expectDiagnostic(
    "APIM1002",
    "literal indices",
  );
  t.expression('(s: string, a: string) => s.replaceAll(a, "x")').expectDiagnostic(
    "APIM1002",
    "literal pattern",
  );
  t.expression('(s: string) => s.replaceAll("a", "$&")').expectDiagnostic("APIM1002", "'$'");
  t.expression('(s: string) => s.replace("a", "b")').expectDiagnostic(
    "APIM1003",
    "use 'replaceAll'",
  );
  t.expression("(s: string) => !s").expectDiagnostic("APIM1004", "IsNullOrEmpty");
  t.expression("(s: string | null) => { if (s) return 1; return 2; }").expectDiagnostic("APIM1004");
  t.expression("(n: int) => n && true").expectDiagnostic("APIM1004");
  t.expression("(context: Context) => context.Timestamp === context.Timestamp").expectDiagnostic(
    "APIM1005",
    "Equals",
  );
  t.expression(
    "(context: Context) => context.Request.Certificate === context.Request.Certificate",
  ).expectDiagnostic("APIM1005");
  t.expression("(a: string, b: string) => a == b").expectDiagnostic("APIM1006", "'==='");
  t.expression("(d: double) => `${d}`").expectDiagnostic("APIM1007");
  t.expression("(s: string | null) => `${s}`").expectDiagnostic("APIM1007", "null");
  t.expression("(s: string, b: boolean) => s + b").expectDiagnostic("APIM1008", "boolean");
  t.expression("(s: string, d: double) => s + d").expectDiagnostic("APIM1008");
  t.expression("() => config.nested").expectDiagnostic("APIM1009", "object");
  t.expression("(n: int) => rec(n)").expectDiagnostic("APIM1010", "recursive");
  t.expression('(s: string) => classify(s) + "!"').expectDiagnostic(
    "APIM1010",
    "bind the result to a const",
  );
  t.expression('(s: string) => s === "" || twice(s.trim()) === "aa"').expectDiagnostic("APIM1011");
  t.expression('(s: string) => { if (s === "") return "a"; }').expectDiagnostic("APIM1012");
  t.expression("(a: number, b: number) => a * b").expectDiagnostic("APIM1013");
  // Bit operators exist in C# on int and long only, and a shift count is an int.
  t.expression("(a: double, b: int) => a & b").expectDiagnostic("APIM1013", "on a double");
  t.expression("(a: number) => ~a").expectDiagnostic("APIM1013", "integer type is unknown");
  t.expression("(a: long, n: long) => a << n").expectDiagnostic("APIM1013", "count");
  // C# before version 11 has no >>>; JavaScript's is unsigned on 32 bits.
  t.expression("(a: int, n: int) => a >>> n").expectDiagnostic("APIM1001", "'>>>'");
  // C# rounds a long to double before comparing it with a double; the harness's long is exact.
  t.expression("(a: long, d: double) => a < d").expectDiagnostic("APIM1013", "rounds the long");
  t.expression("(a: long, d: double) => a === d").expectDiagnostic("APIM1013", "rounds the long");
  // JavaScript rounds an integer literal above 2^53; C# reads it exactly (as a long).
  t.expression("(a: long) => 9007199254740993 > a").expectDiagnostic("APIM1001", "above 2^53");
  t.expression(
    '(context: Context) => context.Variables.GetValueOrDefault("x", 1)',
  ).expectDiagnostic("APIM1014");
  t.expression("(context: Context) => context.Product?.SubscriptionRequired").expectDiagnostic(
    "APIM1015",
    "nullable bool",
  );
  t.expression("(s: string | null) => s?.trim()").expectDiagnostic("APIM1015");
  t.expression('(s: string) => Regex.IsMatch(s, "\\\\d+")').expectDiagnostic("APIM1016");
  t.expression("(s: string) => namedValue(s)").expectDiagnostic("APIM1017");
  // A name the management API refuses for a named value (src/model/named-value.ts: display name
  // pattern ^[A-Za-z0-9-._]+$, maxLength 256), refused at the argument with the rule.
  t.expression(`(s: string) => s === namedValue("${"n".repeat(257)}")`).expectDiagnostic(
    "APIM1017",
    "is not a valid named value name (1 to 256 letters, digits, '.', '-' or '_')",
    'namedValue("n" x 257) → APIM1017',
  );
  t.expression('() => namedBoolean("a b")').expectDiagnostic(
    "APIM1017",
    'namedBoolean(): "a b" is not a valid named value name',
  );
  t.expression("(s: string) => s[0]").expectDiagnostic("APIM1018", "substring");
  t.expression('(context: Context) => context.Variables["Count"]').expectDiagnostic(
    "APIM1018",
    "GetValueOrDefault",
  );
  t.expression('(context: Context) => context.Variables["x"] === "a"').expectDiagnostic(
    "APIM1005",
    "compares references",
  );
  t.expression("(s: string) => parseInt(s)").expectDiagnostic("APIM1019", "int.Parse");
  // Inside arithmetic on an unknown numeric type, the operand's own diagnostic (what to write) too.
  t.expression("(s: string) => parseInt(s, 10) + 1").expectDiagnostic("APIM1019", "int.Parse");
  t.expression("(s: string) => `${parseInt(s, 10) + 1}`").expectDiagnostic("APIM1013");
  t.expression("(a: string[]) => a.some((x, i) => i > 0)").expectDiagnostic("APIM1020");
  t.expression('(a: string[]) => a.some((x) => { return x === ""; })').expectDiagnostic("APIM1020");
  t.expression('(s: string) => { s = "x"; return s; }').expectDiagnostic("APIM1021");
  // C# computes an operation on constants when it compiles, checked: this one does not compile.
  t.expression("(n: int) => int.MaxValue + 1 + n").expectDiagnostic(
    "APIM1023",
    "the constant int operation 2147483647 + 1 overflows",
  );
});
