// Helper inlining (expression- and block-bodied, early returns, argument hoisting), build-time
// captures (module constants, helper parameters, loop variables, arrays, objects read through)
// and named values, each translated and, where it runs without configuration, run both ways.
import { describeConformance } from "../../harness/conformance/index.ts";

const words = [[""], ["a"], [" ab "], ["abcd"], ["\u{1F600}"]];

describeConformance("helpers, build-time values, named values", (t) => {
  t.declare(`
    const isBlank = (s: string) => s.trim() === "";
    const twice = (x: string) => x + "|" + x;
    function classify(s: string): string {
      if (s === "") return "empty";
      if (s.length > 3) {
        return "long";
      }
      return "short";
    }
    const HEADER = "X-Client";
    const ALLOWED = ["a", "b\\"{{x}}"];
    const LIMIT = 3;
    const config = { header: "X-Other", limits: { max: 2 } };
    const makeCheck = (prefix: string) => (s: string) => s.startsWith(prefix);
    const checks: ((s: string) => boolean)[] = [];
    for (const suffix of ["x", "y"]) checks.push((s: string) => s.endsWith(suffix));
  `);
  t.expression('(s: string) => isBlank(s) ? "blank" : s')
    .withInputs(...words)
    .expectCSharp(
      '@(s.Trim("\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF".ToCharArray()) == "" ? "blank" : s)',
    )
    .expectSameInCSharp();
  t.expression("(s: string) => { return classify(s); }")
    .withInputs(...words)
    .expectSameInCSharp("block helper as `return helper(...)`");
  t.expression('(s: string) => { const c = classify(s); return c + "!"; }')
    .withInputs(...words)
    .expectCSharp(
      '@{\n    string c;\n    if (s == "")\n    {\n        c = "empty";\n    }\n    else if (s.Length > 3)\n    {\n        c = "long";\n    }\n    else\n    {\n        c = "short";\n    }\n    return c + "!";\n}',
    )
    .expectSameInCSharp("block helper as `const x = helper(...)` with early returns");
  t.expression("(s: string) => twice(s.toUpperCase())")
    .withInputs(...words)
    .allowWarning("APIM1022")
    .expectCSharp('@{\n    var x = s.ToUpperInvariant();\n    return x + "|" + x;\n}')
    .expectSameInCSharp("an argument used twice is hoisted to a local");
  t.expression("(s: string) => twice(s)")
    .withInputs(...words)
    .expectCSharp('@(s + "|" + s)')
    .expectSameInCSharp("a simple argument is substituted");
  // A member read of anything but context may throw (a certificate from bad bytes does): it is
  // read once, where JavaScript reads it, not wherever the helper happens to use it.
  t.expression('(a: string[]) => twice(a[0] ?? "-")')
    .withInputs([["x"]], [[]])
    .expectCSharp('@{\n    var x = a.ElementAtOrDefault(0) ?? "-";\n    return x + "|" + x;\n}')
    .expectSameInCSharp("a computed argument is bound once");
  t.expression("(context: Context) => twice(context.Request.Method)")
    .withContexts({ now: "2030-01-01T00:00:00Z" })
    .expectCSharp('@(context.Request.Method + "|" + context.Request.Method)')
    .expectSameInCSharp("context member chains are substituted");

  t.expression('(context: Context) => context.Request.Headers.GetValueOrDefault(HEADER, "")')
    .withContexts({ now: "2030-01-01T00:00:00Z", request: { headers: { "x-client": ["v"] } } })
    .expectCSharp('@(context.Request.Headers.GetValueOrDefault("X-Client", ""))')
    .expectSameInCSharp("module constant");
  t.expression("(s: string) => ALLOWED.includes(s)")
    .withInputs(["a"], ['b"{{x}}'], ["c"])
    .expectCSharp('@(new string[] { "a", "b\\"\\u007B{x}}" }.Contains(s))')
    .expectSameInCSharp("array constant (a literal `{{` never reaches APIM)");
  t.expression("(s: string) => s.length > LIMIT")
    .withInputs(...words)
    .expectCSharp("@(s.Length > 3)")
    .expectSameInCSharp();
  t.expression("(s: string) => s === config.header || s.length > config.limits.max")
    .withInputs(["X-Other"], ["abc"], ["a"])
    .expectCSharp('@(s == "X-Other" || s.Length > 2)')
    .expectSameInCSharp("object read through");
  t.expression('makeCheck("ab")')
    .withInputs(...words)
    .expectCSharp('@(s.StartsWith("ab", StringComparison.Ordinal))')
    .expectSameInCSharp("helper parameter");
  t.expression("checks[1]!")
    .withInputs(["xy"], ["yx"])
    .expectCSharp('@(s.EndsWith("y", StringComparison.Ordinal))')
    .expectSameInCSharp("loop variable");

  t.expression('(s: string) => s === namedValue("api-key")').expectTranslation(
    '@(s == "{{api-key}}")',
  );
  t.expression('(s: string) => namedBoolean("validate-chain") && s !== ""').expectTranslation(
    '@({{validate-chain}} && s != "")',
  );
  // The longest name the management API takes (src/model/named-value.ts: maxLength 256).
  t.expression(`(s: string) => s === namedValue("${"n".repeat(256)}")`).expectTranslation(
    `@(s == "{{${"n".repeat(256)}}}")`,
    'namedValue("n" x 256)',
  );
});
