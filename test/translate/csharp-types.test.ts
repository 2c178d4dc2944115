// Which C# type a TypeScript type is written as (src/translate/csharp-types.ts), seen where the
// translator prints or needs it: a local declared with null or without an initializer
// (`T x = null;`, `T x = default(T);`), a template hole or a text operand (a string is written
// as it is, a value that may be undefined is refused), `==` on numbers, and `.Value` on a
// narrowed nullable value type. Each snippet with inputs also runs in C# (mono), which compiles
// the printed type: a wrong C# type fails there even where the text check would not.
//
// C# facts relied on (Microsoft Learn, C# language reference):
// - "Nullable value types": `int?`, `bool?`, `DateTime?` are Nullable<T>; `??` reads the value or
//   the default; Nullable<T>.Value is the value ("Examination of an instance of a nullable value
//   type"). Nullable<T> has no ToString(string), so `d.ToString("o")` on a `DateTime?` needs
//   `d.Value` once TypeScript has narrowed `d` (or the author wrote `d!`).
// - "Member access operators", section "Null-conditional operators ?. and ?[]": `d?.ToString("o")`
//   on a `DateTime?` calls DateTime's member on the value, so it needs no `.Value`.
// - "Built-in reference types", `object`: the type of a value of unknown type.
// APIM's names (api-management-policy-expressions.md, "Context variable"): context.Request is an
// IRequest; MatchedParameters is an IReadOnlyDictionary<string, string>, whose indexer throws
// KeyNotFoundException for a missing key (IReadOnlyDictionary<TKey,TValue>.Item[TKey]) rather
// than read undefined as a JavaScript array does past its end.
import { describeConformance } from "../../harness/conformance/index.ts";

const block = (...lines: string[]): string => `@{\n${lines.map((l) => `    ${l}`).join("\n")}\n}`;

describeConformance("C# types of TypeScript types", (t) => {
  // `boolean | null` is TypeScript's `true | false | null`: C#'s bool?.
  t.expression(
    '(s: string) => { let b: boolean | null = null; if (s === "t") { b = true; } return b ?? false; }',
  )
    .withInputs(["t"], ["f"])
    .expectCSharp(
      block("bool? b = null;", 'if (s == "t")', "{", "    b = true;", "}", "return b ?? false;"),
    )
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { let b: boolean; if (s === "t") { b = true; } else { b = false; } return b; }',
  )
    .withInputs(["t"], ["f"])
    .expectCSharp(
      block(
        "bool b = default(bool);",
        'if (s == "t")',
        "{",
        "    b = true;",
        "}",
        "else",
        "{",
        "    b = false;",
        "}",
        "return b;",
      ),
    )
    .expectSameInCSharp();

  // A union of string literals is a string, in a local and in a template hole.
  t.expression(
    '(s: string) => { let m: "GET" | "POST" | null = null; if (s === "p") { m = "POST"; } else { m = "GET"; } return m; }',
  )
    .withInputs(["p"], ["g"])
    .expectCSharp(
      block(
        "string m = null;",
        'if (s == "p")',
        "{",
        '    m = "POST";',
        "}",
        "else",
        "{",
        '    m = "GET";',
        "}",
        "return m;",
      ),
    )
    .expectSameInCSharp();
  t.expression('(m: "GET" | "POST") => `${m}!`')
    .withInputs(["GET"], ["POST"])
    .expectCSharp('@($"{m}!")')
    .expectSameInCSharp();

  // A union of different C# types has no C# type: the local is refused, not typed as one member.
  const unknownType = "the C# type of 'x' is not known";
  t.expression(
    "(s: string) => { let x: string | boolean | null = null; return s; }",
  ).expectDiagnostic("APIM1001", unknownType);
  t.expression("(s: string) => { let x: string | int | null = null; return s; }").expectDiagnostic(
    "APIM1001",
    unknownType,
  );
  t.expression("(s: string) => { let x: int | long | null = null; return s; }").expectDiagnostic(
    "APIM1001",
    unknownType,
  );
  t.expression("(s: string) => { let x: int | long; x = 1; return s + x; }").expectDiagnostic(
    "APIM1001",
    unknownType,
  );
  // The number brand is the model's own (src/dotnet/types.ts): a hand-written one whose type is
  // not one of its names ("int", "long", "double") is no C# type, and is refused.
  t.expression(
    "(s: string) => { let x: number & { readonly __csharpType?: string }; x = 1; return s + x; }",
  ).expectDiagnostic("APIM1001", unknownType);
  t.expression(
    '(s: string) => { let x: number & { readonly __csharpType?: "short" }; x = 1; return s + x; }',
  ).expectDiagnostic("APIM1001", unknownType);
  // Only null and undefined: no value type at all (and no crash).
  t.expression("(s: string) => { let x: null | undefined = null; return s; }").expectDiagnostic(
    "APIM1001",
    unknownType,
  );

  // int | null is C#'s int?.
  t.expression(
    '(s: string) => { let n: int | null = null; if (s === "a") { n = 1; } return n ?? 0; }',
  )
    .withInputs(["a"], ["b"])
    .expectCSharp(
      block("int? n = null;", 'if (s == "a")', "{", "    n = 1;", "}", "return n ?? 0;"),
    )
    .expectSameInCSharp();

  // unknown is C#'s object.
  t.expression(
    '(s: string) => { let v: unknown = null; if (s === "a") { v = s; } return v == null; }',
  )
    .withInputs(["a"], ["b"])
    .expectCSharp(
      block("object v = null;", 'if (s == "a")', "{", "    v = s;", "}", "return v == null;"),
    )
    .expectSameInCSharp();

  // Uint8Array written out (not through the `bytes` alias) is C#'s byte[].
  t.expression(
    '(s: string) => { let b: Uint8Array | null = null; if (s !== "") { b = Convert.FromBase64String(s); } return b === null ? -1 : b.length; }',
  )
    .withInputs(["AAEC"], [""])
    .expectCSharp(
      block(
        "byte[] b = null;",
        'if (s != "")',
        "{",
        "    b = Convert.FromBase64String(s);",
        "}",
        "return b == null ? -1 : b.Length;",
      ),
    )
    .expectSameInCSharp();

  // The context model's interfaces keep APIM's I-prefixed names.
  t.expression(
    '(context: Context) => { let r: Context["Request"] | null = null; r = context.Request; return r.Method; }',
  ).expectTranslation(block("IRequest r = null;", "r = context.Request;", "return r.Method;"));

  // A nullable DateTime read as its value: `d!` and a narrowed `(d)` both need `.Value` ...
  t.expression(
    '(s: string) => { let d: DateTime | null = null; if (s !== "") { d = DateTime.Parse(s); } return s === "" ? "none" : d!.ToString("o"); }',
  )
    .withInputs(["2020-01-02T03:04:05"], [""])
    .expectCSharp(
      block(
        "DateTime? d = null;",
        'if (s != "")',
        "{",
        "    d = DateTime.Parse(s);",
        "}",
        'return s == "" ? "none" : d.Value.ToString("o");',
      ),
    )
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { let d: DateTime | null = null; if (s !== "") { d = DateTime.Parse(s); } return d !== null ? (d).ToString("o") : "none"; }',
  )
    .withInputs(["2020-01-02T03:04:05"], [""])
    .expectCSharp(
      block(
        "DateTime? d = null;",
        'if (s != "")',
        "{",
        "    d = DateTime.Parse(s);",
        "}",
        'return d != null ? d.Value.ToString("o") : "none";',
      ),
    )
    .expectSameInCSharp();
  // ... but `d?.` does not: C#'s `?.` on a DateTime? reaches DateTime's members itself.
  t.expression(
    '(s: string) => { let d: DateTime | null = null; if (s !== "") { d = DateTime.Parse(s); } return d?.ToString("o") ?? "none"; }',
  )
    .withInputs(["2020-01-02T03:04:05"], [""])
    .expectCSharp(
      block(
        "DateTime? d = null;",
        'if (s != "")',
        "{",
        "    d = DateTime.Parse(s);",
        "}",
        'return d?.ToString("o") ?? "none";',
      ),
    )
    .expectSameInCSharp();

  // A dictionary's indexer throws for a missing key, so its string is concatenated as it is; an
  // array read may be past the end (undefined in JavaScript, nothing in C#) and is refused.
  t.expression(
    '(context: Context) => "id=" + context.Request.MatchedParameters["id"]',
  ).expectTranslation('@("id=" + context.Request.MatchedParameters["id"])');
  t.expression('(a: string[]) => "x" + a[0]').expectDiagnostic("APIM1008", "past the array's end");
  // GroupCollection's indexer gives an unsuccessful Group for a name that is no group, never
  // undefined (src/dotnet/regex.ts): the refusal names the Group, which C# would write with
  // ToString() and JavaScript as an object.
  t.expression('(s: string) => "x" + Regex.Match(s, "(?<n>a)").Groups["n"]').expectDiagnostic(
    "APIM1008",
    "is a 'Group'",
  );

  // A union of number literals (`c ? 100 : 0`) is a number: `===` compares values in both languages.
  t.expression("(c: boolean) => { const n = c ? 100 : 0; return n === 100; }")
    .withInputs([true], [false])
    .expectCSharp(block("var n = c ? 100 : 0;", "return n == 100;"))
    .expectSameInCSharp();
  // A union of a string and a number is neither: `===` on it is refused.
  t.expression("(x: string | int) => x === 1").expectDiagnostic("APIM1005", "compares references");
});
