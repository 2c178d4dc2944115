// C# → TypeScript for the forms of the translation contract (docs/translation.md, "What
// TypeScript becomes", read right to left), the constructs kept as C#, and the normaliser the
// round trip compares with. The round trip itself (each of these built back to the same C#) is
// test/import/corpus.test.ts.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initCSharpParser } from "../../src/import/csharp-parser.ts";
import { importExpression, NotImportable } from "../../src/import/expression-import.ts";
import { importDocument } from "../../src/import/import-document.ts";
import { sameCSharp } from "../../src/import/normalise.ts";
import { JAVASCRIPT_WHITESPACE } from "../../src/translate/members/string.ts";

beforeAll(() => initCSharpParser());

const scope = { parameter: (placeholder: string) => placeholder.slice(2, -1) };
const ts = (code: string) => importExpression(code, scope).text.replace(/\s+/g, " ");
const whitespace = JSON.stringify(JAVASCRIPT_WHITESPACE).replace(
  /[\u0080-\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
);

describe("C# to TypeScript", () => {
  // docs/translation.md, "What TypeScript becomes": each row, C# on the right, TypeScript on the left.
  it.each([
    ['@(context.Request.Method == "x")', '(context) => (context.Request.Method) === ("x")'],
    [
      "@(context.Request.Certificate != null)",
      "(context) => (context.Request.Certificate) != (null)",
    ],
    ['@($"failed: {context.Request.Method}")', "(context) => `failed: ${context.Request.Method}`"],
    [
      '@(context.Request.Url.Port > 1 ? "a" : "b")',
      '(context) => ((context.Request.Url.Port) > (1)) ? ("a") : ("b")',
    ],
    [
      '@(context.Request.Headers.GetValueOrDefault("a") ?? "b")',
      '(context) => (context.Request.Headers.GetValueOrDefault("a")) ?? ("b")',
    ],
    ["@(context.Request.Url.Path.Length)", "(context) => context.Request.Url.Path.length"],
    [
      '@(context.Request.Url.Path.StartsWith("/a", StringComparison.Ordinal))',
      '(context) => context.Request.Url.Path.startsWith("/a")',
    ],
    [
      '@(context.Request.Url.Path.EndsWith("/a", StringComparison.Ordinal))',
      '(context) => context.Request.Url.Path.endsWith("/a")',
    ],
    [
      '@(context.Request.Url.Path.IndexOf("/a", StringComparison.Ordinal))',
      '(context) => context.Request.Url.Path.indexOf("/a")',
    ],
    [
      '@(context.Request.Url.Path.Contains("/a"))',
      '(context) => context.Request.Url.Path.includes("/a")',
    ],
    [
      `@(context.Request.Url.Path.Trim(${whitespace}.ToCharArray()))`,
      "(context) => context.Request.Url.Path.trim()",
    ],
    [
      "@(context.Request.Method.ToLowerInvariant())",
      "(context) => context.Request.Method.toLowerCase()",
    ],
    [
      '@(context.Request.Url.Path.Replace("a", "b"))',
      '(context) => context.Request.Url.Path.replaceAll("a", "b")',
    ],
    [
      "@(context.Request.Url.Path.Split(',').Any(s => s == \"x\"))",
      '(context) => context.Request.Url.Path.split(",").some(((s) => (s) === ("x")))',
    ],
    [
      "@(string.Join(\"-\", context.Request.Url.Path.Split('/').Select(s => s.ToUpperInvariant()).ToArray()))",
      '(context) => context.Request.Url.Path.split("/").map(((s) => s.toUpperCase())).join("-")',
    ],
    ['@((int)context.Variables["n"])', '(context) => ((context.Variables["n"]) as int)'],
    [
      '@((string)context.Variables["s"])',
      '(context) => ((context.Variables["s"]) as string | null)',
    ],
    [
      '@(context.Variables.GetValueOrDefault<int>("n", 0))',
      '(context) => context.Variables.GetValueOrDefault<int>("n", 0)',
    ],
    [
      '@(Convert.ToInt32("5") + int.Parse("6"))',
      '(context) => (Convert.ToInt32("5")) + (int.Parse("6"))',
    ],
    [
      '@(context.Deployment.Certificates.Any(pair => pair.Value.Thumbprint == "A"))',
      '(context) => context.Deployment.Certificates.Any(((pair) => (pair.Value.Thumbprint) === ("A")))',
    ],
    ["@(context.Request.Body.As<string>(true))", "(context) => context.Request.Body!.As(true)"],
    ['@("{{secret}}")', '(context) => namedValue("secret")'],
    ["@({{flag}} && true)", '(context) => (namedBoolean("flag")) && (true)'],
    ['@($"id-{"{{tenant}}"}")', '(context) => `id-${namedValue("tenant")}`'],
    [
      '@($"{({{flag}} ? "a" : "b")}-{"{{tenant}}"}")',
      '(context) => `${((namedBoolean("flag")) ? ("a") : ("b"))}-${namedValue("tenant")}`',
    ],
    ['@("${audience}")', "(context) => audience"],
  ])("%s", (csharp, typescript) => {
    expect(ts(csharp)).toBe(typescript);
  });

  it("turns a multi-statement block with locals, if/else, foreach and return into a block arrow", () => {
    const code = `@{
      var n = 0;
      var path = context.Request.Url.Path;
      foreach (var s in path.Split('/')) { if (s != "") { n = n + 1; } else { n = n - 0; } }
      return n;
    }`;
    expect(ts(code)).toBe(
      '(context) => { let n = 0; const path = context.Request.Url.Path; for (const s of path.split("/")) { if ((s) !== ("")) { n = (n) + (1); } else { n = (n) - (0); } } return n; }',
    );
  });

  it("turns a typed local filled by an out argument into a destructuring const (TryParse)", () => {
    const code = '@{ int n; var ok = int.TryParse("1", out n); return ok ? n : 0; }';
    expect(ts(code)).toBe(
      '(context) => { const [ok, n] = int.TryParse("1"); return (ok) ? (n) : (0); }',
    );
  });

  it.each([
    [
      '@{ var ok = int.TryParse("1", out var n); return ok ? n : 0; }',
      '(context) => { const [ok, n] = int.TryParse("1"); return (ok) ? (n) : (0); }',
    ],
    [
      '@{ var ok = int.TryParse("1", out int n); return ok ? n : 0; }',
      '(context) => { const [ok, n] = int.TryParse("1"); return (ok) ? (n) : (0); }',
    ],
    [
      '@{ int n; var s = "1"; var ok = int.TryParse(s, out n); return ok ? n : 0; }',
      '(context) => { const s = "1"; const [ok, n] = int.TryParse(s); return (ok) ? (n) : (0); }',
    ],
    // context.ts, IMessageBody.As<T>(preserveContent?): the named argument is the first.
    [
      "@(context.Request.Body.As<JObject>(preserveContent: true))",
      "(context) => context.Request.Body!.As<JObject>(true)",
    ],
    [
      '@(string.Equals(context.Request.Method, "get", StringComparison.OrdinalIgnoreCase))',
      '(context) => string.Equals(context.Request.Method, "get", StringComparison.OrdinalIgnoreCase)',
    ],
  ])("imports %s", (csharp, typescript) => {
    expect(ts(csharp)).toBe(typescript);
  });

  it.each([
    ['@{ int n; return int.TryParse("1", out n); }', "out, ref or named"],
    ["@(new JObject())", "object creation expression"],
    ['@(context.Request.Url.Path.StartsWith("a"))', "StartsWith"],
    ["@(x => { return 1; })", "a lambda with a block body"],
    ["@{ int n = 1; return n; }", "explicit type"],
    ["@(typeof(string))", "typeof"],
    ['@(int.TryParse("1", out var n))', "out, ref or named"],
    // String.StartsWith(String) compares by the current culture (.NET docs); startsWith is ordinal.
    [
      '@(context.Request.Url.Path.StartsWith("/a"))',
      'culture-sensitive StartsWith("/a"): write context.Request.Url.Path.startsWith(...) only if ordinal is meant',
    ],
    ['@(context.Request.Url.Path.EndsWith("/a"))', "culture-sensitive EndsWith"],
    ["@(context.Request.Body.As<JObject>(preserve: true))", "out, ref or named"],
    // A named value's text is read by the literal kind APIM pastes it into; namedValue() is "...".
    ['@(@"{{path}}")', 'a named value inside a verbatim string @"..."'],
    ['@($"id-{{tenant}}")', "a named value in an interpolated string's text"],
  ])("keeps %s as C# and names the construct", (code, construct) => {
    expect(() => importExpression(code, scope)).toThrow(NotImportable);
    expect(() => importExpression(code, scope)).toThrow(construct);
  });
});

describe("normaliser", () => {
  it.each([
    ['@((a) == ("x"))', '@(a == "x")'],
    ['@(a == @"x""y")', '@(a == "x\\"y")'],
    ["@{\n  return  a;\n}", "@{ return a; }"],
    ['@($"{"{"}b")', '@($"{{b")'],
    // The build writes `const [ok, n] = M(x)` as `T n; var ok = M(x, out n);`.
    [
      "@{ var ok = int.TryParse(s, out var n); return n; }",
      "@{ int n; var ok = int.TryParse(s, out n); return n; }",
    ],
    [
      "@{ var ok = int.TryParse(s, out int n); return n; }",
      "@{ int n; var ok = int.TryParse(s, out n); return n; }",
    ],
    ["@(b.As<JObject>(preserveContent: true))", "@(b.As<JObject>(true))"],
  ])("treats %s and %s as the same C#", (a, b) => {
    expect(sameCSharp(a, b)).toBe(true);
  });

  it.each([
    ['@(a == "x")', '@(a != "x")'],
    ["@(a + b * c)", "@((a + b) * c)"],
    ["@(a)", "@{ return a; }"],
    ["@(b.As<JObject>(other: true))", "@(b.As<JObject>(true))"],
    [
      "@{ var ok = int.TryParse(s, out var n); return n; }",
      "@{ var ok = int.TryParse(s, out var m); return n; }",
    ],
  ])("tells %s and %s apart", (a, b) => {
    expect(sameCSharp(a, b)).toBe(false);
  });
});

// A named value's name is 1 to 256 letters, digits, '.', '-' or '_' (src/model/named-value.ts,
// from the management API's NamedValueContractProperties.displayName): `{{...}}` around anything
// else cannot reference one, so the importer keeps it as the text it is.
describe("named value names", () => {
  const longest = "n".repeat(256);
  const tooLong = "n".repeat(257);

  it.each([
    [`@("{{${longest}}}")`, `(context) => namedValue("${longest}")`],
    [`@("{{${tooLong}}}")`, `(context) => "{{${tooLong}}}"`],
    ['@("{{a b}}")', '(context) => "{{a b}}"'],
    ['@("{{Ab9.-_}}")', '(context) => namedValue("Ab9.-_")'],
  ])("imports %s", (csharp, typescript) => {
    expect(ts(csharp)).toBe(typescript);
  });

  it("turns a literal {{name}} of up to 256 characters into namedValue() and leaves a longer one", async () => {
    const target = path.resolve(import.meta.dirname, "../../policy-src/x.ts");
    const header = (value: string) =>
      `<policies><inbound><set-header name="X" exists-action="override"><value>${value}</value></set-header></inbound></policies>`;
    const longestModule = (await importDocument(header(`{{${longest}}}`), "x.xml", target)).module;
    // prettier puts the long argument on its own line.
    expect(longestModule?.replace(/[\s,]+/g, "")).toContain(`namedValue("${longest}")`);
    const tooLongModule = (await importDocument(header(`a{{${tooLong}}}`), "x.xml", target)).module;
    expect(tooLongModule).toContain(`"a{{${tooLong}}}"`);
    expect(tooLongModule).not.toContain("namedValue");
  });
});
