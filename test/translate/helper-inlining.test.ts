// Helper inlining (src/translate/inline.ts): every way a call's callee leads to a helper written
// in policy-src (function declaration, const arrow, function expression, a property of a module
// object, the product of a build-time call), the shapes of parameters it takes and refuses, and
// JavaScript's evaluation rules kept in C#: each argument evaluated once, in order, before the
// body; helper locals never clash with the caller's (APIM has no place for a helper definition,
// docs/translation.md, "Helpers").
import { beforeAll, describe, expect, it } from "vitest";
import { describeConformance, runBatch } from "../../harness/conformance/index.ts";
import {
  createSnippetModule,
  type SnippetModule,
} from "../../harness/conformance/snippet-program.ts";
import { printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import { translateFunction } from "../../src/translate/translate-function.ts";

const words = [[""], ["a"], [" ab "], ["abcd"]];

describeConformance("helper inlining: how a helper is found", (t) => {
  t.declare(`
    function hashed(s: string): string { return s + "#"; }
    const tilde = function (s: string) { return s + "~"; };
    const bang = function (s: string) { return s + "!"; } satisfies (s: string) => string;
    const shapes = { wrap: (s: string) => "[" + s + "]", inner: { size: (s: string) => s.length } };
    const LIMIT = 2;
    const SUFFIX = "/";
    const longer = (s: string) => s.length > LIMIT;
    const makeCheck = (prefix: string) => (s: string) => s.startsWith(prefix);
    const startsAb = makeCheck("ab");
    const rebound = hashed.bind(undefined);
    declare function ambient(s: string): string;
    const twice = (x: string) => x + x;
    const loud = (s: string) => twice(s.toUpperCase());
  `);
  t.expression("(s: string) => hashed(s)")
    .withInputs(...words)
    .expectCSharp('@(s + "#")')
    .expectSameInCSharp("a function declaration");
  t.expression("(s: string) => tilde(s)")
    .withInputs(...words)
    .expectCSharp('@(s + "~")')
    .expectSameInCSharp("a const function expression");
  // The source tag points at `function`, where the satisfies expression around it starts too.
  t.expression("(s: string) => bang(s)")
    .withInputs(...words)
    .expectCSharp('@(s + "!")')
    .expectSameInCSharp("a function expression under `satisfies`");
  t.expression("(s: string) => shapes.wrap(s)")
    .withInputs(...words)
    .expectCSharp('@("[" + s + "]")')
    .expectSameInCSharp("a helper read from a module object");
  t.expression("(s: string) => shapes.inner.size(s) > 1")
    .withInputs(...words)
    .expectCSharp("@(s.Length > 1)")
    .expectSameInCSharp("a helper read through nested module objects");
  // The helper's own free names (LIMIT) are read from its captures, not the caller's.
  t.expression("(s: string) => longer(s)")
    .withInputs(...words)
    .expectCSharp("@(s.Length > 2)")
    .expectSameInCSharp("a helper reading a module constant");
  t.expression("(s: string) => startsAb(s)")
    .withInputs(["abc"], ["ba"], [""])
    .expectCSharp('@(s.StartsWith("ab", StringComparison.Ordinal))')
    .expectSameInCSharp("a helper produced by a build-time call");
  // After a helper's frame is left, the caller's names are the caller's again.
  t.expression("(s: string) => twice(s) + SUFFIX")
    .withInputs(...words)
    .expectCSharp('@(s + s + "/")')
    .expectSameInCSharp("a caller's constant read after an inlined helper");
  t.expression("(s: string) => loud(s)")
    .withInputs(...words)
    .allowWarning("APIM1022")
    .expectCSharp("@{\n    var x = s.ToUpperInvariant();\n    return x + x;\n}")
    .expectSameInCSharp("a helper calling a helper");
  // A library function has source too (src/), but it is the model of APIM's own, never inlined.
  t.expression('(s: string) => s + namedValue("suffix")').expectTranslation(
    '@(s + "{{suffix}}")',
    "a library function is translated, not inlined",
  );
  // A declared function has no body, and no value when the policy is built.
  t.expression("(s: string) => ambient(s)").expectDiagnostic(
    "APIM1010",
    "not a function the translator can inline",
  );
  // A bound function has no source to inline (its tag is on the original, not the bound copy).
  t.expression("(s: string) => rebound(s)").expectDiagnostic(
    "APIM1010",
    "not a function the translator can inline",
  );
});

describeConformance("helper inlining: parameters and arguments", (t) => {
  t.declare(`
    const withDefault = (s: string, n: number = 1) => s.length > n;
    const withRest = (...xs: string[]) => xs.length;
    const destructured = ({ a }: { a: string }) => a;
    const takesFn = (f: (s: string) => boolean, s: string) => f(s);
    const optional = (s: string, t?: string) => t === undefined ? s : s + t;
    const joinMissing = (s: string, t?: string) => \`\${s}\${t}\`;
    const plusMissing = (s: string, t?: string) => s + t;
    const isNotNull = (s: string, t?: string) => t !== null;
    const pair = (a: string, b: string) => a + "|" + b;
    const pick = (b: boolean, s: string) => b ? s : "-";
    const orDash = (s: string, t: string | null) => t === null ? s + "-" : s + t;
    const twice = (x: string) => x + x;
    const small = (n: number) => n < 2;
    const sameMethod = (ctx: Context) => twice(ctx.Request.Method);
  `);
  t.expression("(s: string) => withDefault(s, 2)").expectDiagnostic(
    "APIM1010",
    "take plain parameters",
  );
  t.expression("(s: string) => withRest(s, s)").expectDiagnostic(
    "APIM1010",
    "take plain parameters",
  );
  t.expression("(s: string) => destructured({ a: s })").expectDiagnostic(
    "APIM1010",
    "take plain parameters",
  );
  t.expression('(s: string) => takesFn((x) => x === "", s)').expectDiagnostic(
    "APIM1010",
    "passing a function to a helper",
  );
  t.expression('(s: string) => takesFn(function (x) { return x === ""; }, s)').expectDiagnostic(
    "APIM1010",
    "passing a function to a helper",
  );
  // A missing argument is undefined in JavaScript: C#'s null.
  t.expression("(s: string) => optional(s)")
    .withInputs(...words)
    .expectCSharp("@(null == null ? s : s + null)")
    .expectSameInCSharp("a missing argument");
  t.expression('(s: string) => optional(s, "?")')
    .withInputs(...words)
    .expectCSharp('@("?" == null ? s : s + "?")')
    .expectSameInCSharp("an optional parameter given");
  // A missing argument is undefined in JavaScript but null in C#: where the two read apart
  // (text, a strict test against null) the helper's body is refused, not translated.
  t.expression("(s: string) => joinMissing(s)").expectDiagnostic(
    "APIM1007",
    'JavaScript writes "null" or "undefined"',
  );
  t.expression("(s: string) => plusMissing(s)").expectDiagnostic("APIM1008", "may be null");
  t.expression("(s: string) => isNotNull(s)").expectDiagnostic("APIM1001", "false for undefined");
  // Literals, true/false/null and parenthesized names are substituted even where a computed
  // argument could not be bound first (the right of ||, a branch of ?:).
  t.expression('(s: string) => s === "" || pick(true, s) === "a"')
    .withInputs(...words)
    .expectCSharp('@(s == "" || (true ? s : "-") == "a")')
    .expectSameInCSharp("true substituted in a conditional position");
  t.expression('(s: string) => s === "a" || pick(false, s) === s')
    .withInputs(...words)
    .expectCSharp('@(s == "a" || (false ? s : "-") == s)')
    .expectSameInCSharp("false substituted in a conditional position");
  t.expression('(s: string) => s === "" ? "empty" : orDash(s, null)')
    .withInputs(...words)
    .expectCSharp('@(s == "" ? "empty" : null == null ? s + "-" : s + null)')
    .expectSameInCSharp("null substituted in a conditional position");
  t.expression('(s: string) => s === "" ? "empty" : pair("x", (s))')
    .withInputs(...words)
    .expectCSharp('@(s == "" ? "empty" : "x" + "|" + s)')
    .expectSameInCSharp("a string literal and a parenthesized name substituted");
  t.expression("(n: int) => n > 5 || small(3)")
    .withInputs([1], [9])
    .expectCSharp("@(n > 5 || 3 < 2)")
    .expectSameInCSharp("a number literal substituted");
  // A helper parameter bound to context reads context's members as the caller would.
  t.expression("(context: Context) => sameMethod(context)")
    .withContexts(
      { now: "2030-01-01T00:00:00Z" },
      { now: "2030-01-01T00:00:00Z", request: { method: "POST" } },
    )
    .expectCSharp("@(context.Request.Method + context.Request.Method)")
    .expectSameInCSharp("a helper's context parameter");
  // Arguments bound first keep JavaScript's order: left to right, each once.
  t.expression("(s: string) => pair(s.trim(), s.toUpperCase())")
    .withInputs(...words)
    .allowWarning("APIM1022")
    .expectCSharp(
      '@{\n    var a = s.Trim("\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF".ToCharArray());\n    var b = s.ToUpperInvariant();\n    return a + "|" + b;\n}',
    )
    .expectSameInCSharp("computed arguments bound in order");
  // A property read of anything but context may throw, so it is not moved into the helper.
  t.expression('(s: string) => s === "" || small(s.length)').expectDiagnostic(
    "APIM1011",
    "evaluated once in JavaScript",
  );
  t.expression('(s: string) => s === "" || small(DateTime.Parse(s).Date.Day)').expectDiagnostic(
    "APIM1011",
    "the argument for 'n'",
  );
  // A call on a context chain may throw (a missing header's default aside, any method may): bound.
  t.expression(
    '(context: Context) => context.Request.Method === "" || small(context.Request.Headers.GetValueOrDefault("a", "").Length)',
  ).expectDiagnostic("APIM1011", "the argument for 'n'");
  // Inside an expression (not its whole value) there is no statement to bind the argument in.
  t.expression('(s: string) => "<" + twice(s.trim())').expectDiagnostic(
    "APIM1011",
    "the argument for 'x'",
  );
});

describeConformance("helper inlining: block helpers, early returns and fresh names", (t) => {
  t.declare(`
    function label(s: string): string {
      const t = s.trim();
      if (t === "") return "blank";
      return t;
    }
    function grade(n: int): string {
      if (n > 10) {
        return "big";
      } else if (n > 0) return "small";
      return "none";
    }
    function sign(n: int): string {
      if (n < 0) {
        return "-";
      } else {
        if (n === 0) return "0";
      }
      return "+";
    }
    function firstLong(a: string[]): string {
      for (const x of a) {
        const t = x.trim();
        if (t.length > 2) return t;
      }
      return "";
    }
    function parsed(s: string): int {
      try {
        return int.Parse(s);
      } catch (e) {
        return -1;
      }
    }
    function untilLong(s: string): string {
      let r = s;
      while (r.length < 3) {
        if (r === "") return "empty";
        r = r + ".";
      }
      return r;
    }
    function kind(n: int): string {
      let w = "many";
      switch (n) {
        case 1:
          w = "one";
          return w;
        default:
          break;
      }
      return w;
    }
    function logged(s: string): string {
      let r = s;
      for (let i = 0; i < 2; i++) {
        if (i > 5) return "never";
        r = r + i;
      }
      return r;
    }
    const echo = (s: string): string => (s === "" ? s : echo(s));
    function ifOnly(s: string): string {
      if (s === "") {
        return "e";
      } else {
        return s;
      }
    }
    function tidy(s: string): string {
      let r = s;
      if (r === "") {
        r = "-";
      }
      return r;
    }
    function clip(n: int): int {
      let m = n;
      if (m < 10) {
        m = m * 2;
      } else {
        m = 0;
        return m + 10;
      }
      return m;
    }
    function pad(s: string): string {
      let r = s;
      if (r.length < 2) {
        r = r + ".";
        if (r === ".") return "dot";
      }
      return r + "|";
    }
    function orZero(s: string): int {
      let n = 0;
      try {
        n = int.Parse(s);
      } catch (e) {
        return 0;
      }
      return n;
    }
    function findIn(a: string[], s: string): string {
      if (s === "") {
        for (const x of a) {
          if (x !== "") return x;
        }
      }
      return s;
    }
    function viaNested(s: string): string {
      const l = label(s);
      return l + "!";
    }
  `);
  // The helper's local t is renamed where the caller already has a t.
  t.expression('(s: string) => { const t = "<"; const l = label(s); return t + l; }')
    .withInputs(...words)
    .allowWarning("APIM1022")
    .expectCSharp(
      '@{\n    var t = "<";\n    string l;\n    var t2 = s.Trim("\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF".ToCharArray());\n    if (t2 == "")\n    {\n        l = "blank";\n    }\n    else\n    {\n        l = t2;\n    }\n    return t + l;\n}',
    )
    .expectSameInCSharp("a helper local renamed away from the caller's");
  t.expression('(s: string) => { const a = label(s); const b = label(a + "x"); return a + b; }')
    .withInputs(...words)
    .allowWarning("APIM1022")
    .expectSameInCSharp("a block helper used twice");
  t.expression("(n: int) => { const g = grade(n); return g; }")
    .withInputs([11], [3], [0], [-4])
    .expectCSharp(
      '@{\n    string g;\n    if (n > 10)\n    {\n        g = "big";\n    }\n    else if (n > 0)\n    {\n        g = "small";\n    }\n    else\n    {\n        g = "none";\n    }\n    return g;\n}',
    )
    .expectSameInCSharp("early returns in if and else if");
  // The else that does not always return is followed by the rest of the helper.
  t.expression("(n: int) => { const g = sign(n); return g; }")
    .withInputs([-2], [0], [5])
    .expectCSharp(
      '@{\n    string g;\n    if (n < 0)\n    {\n        g = "-";\n    }\n    else if (n == 0)\n    {\n        g = "0";\n    }\n    else\n    {\n        g = "+";\n    }\n    return g;\n}',
    )
    .expectSameInCSharp("an else that returns on one path only");
  t.expression("(n: int) => { return grade(n); }")
    .withInputs([11], [3], [0])
    .expectSameInCSharp("a block helper as the whole return");
  t.expression("(s: string) => { const v = viaNested(s); return v; }")
    .withInputs(...words)
    .allowWarning("APIM1022")
    .expectSameInCSharp("a block helper calling a block helper");
  t.expression("(s: string) => { const r = ifOnly(s); return r; }")
    .withInputs(...words)
    .expectCSharp(
      '@{\n    string r;\n    if (s == "")\n    {\n        r = "e";\n    }\n    else\n    {\n        r = s;\n    }\n    return r;\n}',
    )
    .expectSameInCSharp("a helper whose one statement is an if");
  // An if with no return inside stays as it is; the helper's last return is the assignment.
  t.expression("(s: string) => { const r = tidy(s); return r; }")
    .withInputs(...words)
    .expectCSharp(
      '@{\n    string r2;\n    var r = s;\n    if (r == "")\n    {\n        r = "-";\n    }\n    r2 = r;\n    return r2;\n}',
    )
    .expectSameInCSharp("an if without a return in a helper");
  t.expression("(n: int) => { const c = clip(n); return c; }")
    .withInputs([3], [12])
    .expectCSharp(
      "@{\n    int c;\n    var m = n;\n    if (m < 10)\n    {\n        m = m * 2;\n        c = m;\n    }\n    else\n    {\n        m = 0;\n        c = m + 10;\n    }\n    return c;\n}",
    )
    .expectSameInCSharp("a return after a statement in the else");
  // The then branch does not always return: the rest of the helper follows it there.
  t.expression("(s: string) => { const p = pad(s); return p; }")
    .withInputs([""], ["a"], ["abc"])
    .expectCSharp(
      '@{\n    string p;\n    var r = s;\n    if (r.Length < 2)\n    {\n        r = r + ".";\n        if (r == ".")\n        {\n            p = "dot";\n        }\n        else\n        {\n            p = r + "|";\n        }\n    }\n    else\n    {\n        p = r + "|";\n    }\n    return p;\n}',
    )
    .expectSameInCSharp("a then branch that returns on one path only");
  // Returns from inside a loop, a try or a switch cannot become one assignment each.
  for (const helper of [
    "firstLong(a)",
    'parsed(a[0] ?? "")',
    'untilLong(a[0] ?? "")',
    "kind(a.length)",
    'logged(a[0] ?? "")',
    'orZero(a[0] ?? "")',
    'findIn(a, a[0] ?? "")',
  ])
    t.expression(`(a: string[]) => { const r = ${helper}; return r; }`).expectDiagnostic(
      "APIM1010",
      "returns from inside a loop or a try",
    );
  t.expression("(s: string) => echo(s)").expectDiagnostic("APIM1010", "recursive helper");
  t.expression("(s: string) => label(s).length").expectDiagnostic(
    "APIM1010",
    "a helper with statements can only be called as",
  );
});

// Without a source tag (no build-time values: the translator then reads helpers from their
// declarations, as it does for a helper found that way), a helper is inlined from its source.
describe("helper inlining: helpers found by declaration", () => {
  const declarations = `
    function hashed(s: string): string { return s + "#"; }
    const tilde = function (s: string) { return s + "~"; };
    const arrow = (s: string) => s + "^";
    const notHelper = hashed.bind(undefined);
    declare function ambient(s: string): string;
    const later = (s: string) => arrow(s) + hashed(s);
  `;
  const sources = [
    "(s: string) => hashed(s)",
    "(s: string) => tilde(s)",
    "(s: string) => arrow(s)",
    "(s: string) => notHelper(s)",
    "(s: string) => ambient(s)",
    "(s: string) => later(s)",
  ];
  let module: SnippetModule;
  beforeAll(() => {
    module = createSnippetModule("helper-inlining-declared", declarations, sources);
  });
  const translate = (source: string) => {
    const index = sources.indexOf(source);
    const node = findFunctionAt(module.program, module.file, module.ranges[index]!.start)!;
    const result = translateFunction(module.program, node, undefined, { parameters: "arguments" });
    return {
      csharp: result.expression && printPolicyExpression(result.expression),
      messages: result.diagnostics.map((d) => `${d.code}: ${d.message}`),
    };
  };

  it("inlines a function declaration, a function expression and an arrow", () => {
    expect(translate("(s: string) => hashed(s)").csharp).toBe('@(s + "#")');
    expect(translate("(s: string) => tilde(s)").csharp).toBe('@(s + "~")');
    expect(translate("(s: string) => arrow(s)").csharp).toBe('@(s + "^")');
    expect(translate("(s: string) => later(s)").csharp).toBe('@(s + "^" + (s + "#"))');
  });
  it("does not inline what has no source: a call's product, a declare'd function", () => {
    for (const source of ["(s: string) => notHelper(s)", "(s: string) => ambient(s)"]) {
      const result = translate(source);
      expect(result.csharp).toBeUndefined();
      expect(result.messages.join("\n")).toContain("is not a function the translator can inline");
    }
  });
  it("finds no function in a file the program does not have", () => {
    expect(findFunctionAt(module.program, `${module.file}.missing.ts`, 0)).toBeUndefined();
  });
});

// One refusal per problem: a refused argument does not bring other diagnostics after it.
describe("helper inlining: one diagnostic per problem", () => {
  it("reports an argument that cannot be bound once", async () => {
    const report = await runBatch(
      "helper-inlining-codes",
      [
        { id: "nested", source: '(s: string) => "<" + twice(s.trim())' },
        { id: "rest", source: "(s: string) => withRest(s, s)" },
        { id: "lambda", source: '(s: string) => takesFn((x) => x === "", s)' },
      ],
      {
        declarations: `
          const twice = (x: string) => x + x;
          const withRest = (...xs: string[]) => xs.length;
          const takesFn = (f: (s: string) => boolean, s: string) => f(s);
        `,
      },
    );
    expect(Object.fromEntries(report.results.map((r) => [r.id, r.codes]))).toEqual({
      nested: ["APIM1011"],
      rest: ["APIM1010"],
      lambda: ["APIM1010"],
    });
  });
});
