// The expression function itself (src/translate/translate-function.ts): its parameters, its body
// (an expression is `@(...)`, a block `@{...}`), the C# type of its value, and C#'s rule that
// every path of a block returns (inline.ts's alwaysReturns, CS0161) or, in a switch section,
// leaves the section (endsControl, CS0163). APIM runs a policy expression as a function of one
// parameter, context (api-management-policy-expressions.md, "Syntax" and "Context variable").
import { beforeAll, describe, expect, it } from "vitest";
import { describeConformance, runBatch } from "../../harness/conformance/index.ts";
import {
  createSnippetModule,
  type SnippetModule,
} from "../../harness/conformance/snippet-program.ts";
import { printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import { sourceTagOf } from "../../src/model/source-tag.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import {
  translateFunction,
  type TranslateOptions,
} from "../../src/translate/translate-function.ts";

describeConformance("function shapes: parameters and bodies", (t) => {
  t.expression("(a: string, b: string, n: int) => a.length + b.length > n")
    .withInputs(["ab", "c", 2], ["", "", 0], ["a", "b", 5])
    .expectCSharp("@(a.Length + b.Length > n)")
    .expectSameInCSharp("several parameters");
  // APIM's own parameter is context: a local of that name is renamed.
  t.expression('(s: string) => { const context = s + "!"; return context; }')
    .withInputs(["a"], [""])
    .expectCSharp('@{\n    var context2 = s + "!";\n    return context2;\n}')
    .expectSameInCSharp("a local named context");
  t.expression("(s: string, n = 1) => s.length > n").expectDiagnostic(
    "APIM1001",
    "parameters are plain names",
  );
  t.expression("(...xs: string[]) => xs.length").expectDiagnostic(
    "APIM1001",
    "parameters are plain names",
  );
  t.expression("({ a }: { a: string }) => a").expectDiagnostic(
    "APIM1001",
    "parameters are plain names",
  );
  t.expression("(s: string) => {}").expectDiagnostic("APIM1012", "not every path");
});

describeConformance("function shapes: every path returns", (t) => {
  t.expression('(n: int) => { if (n > 0) return "+"; else return "-"; }')
    .withInputs([1], [-1])
    .expectSameInCSharp("if/else, both returning");
  t.expression('(n: int) => { if (n > 0) return "+"; }').expectDiagnostic(
    "APIM1012",
    "not every path",
  );
  t.expression(
    '(n: int) => { if (n > 0) return "+"; else if (n < 0) return "-"; }',
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression('(n: int) => { if (n > 0) { const m = n; } else return "-"; }').expectDiagnostic(
    "APIM1012",
    "not every path",
  );
  t.expression("(s: string) => { try { return int.Parse(s); } catch (e) { return -1; } }")
    .withInputs(["12"], ["x"])
    .expectSameInCSharp("try and catch, both returning");
  t.expression("(s: string) => { try { return int.Parse(s); } finally { s.trim(); } }")
    .withInputs(["12"], ["7"])
    .allowWarning("APIM1022")
    .expectSameInCSharp("try returning, finally with no catch");
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch (e) { s.trim(); } }",
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression("(s: string) => { try { s.trim(); } catch (e) { return -1; } }").expectDiagnostic(
    "APIM1012",
    "not every path",
  );
  t.expression('(s: string) => { switch (s) { case "a": return 1; default: return 2; } }')
    .withInputs(["a"], ["b"])
    .expectSameInCSharp("a switch with a default, every section returning");
  t.expression(
    '(s: string) => { switch (s) { case "a": return 1; case "b": return 2; } }',
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression(
    '(s: string) => { switch (s) { case "a": return 1; default: break; } }',
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression(
    '(s: string) => { switch (s) { case "a": break; default: return 2; } }',
  ).expectDiagnostic("APIM1012", "not every path");
  // C# knows the end of `while (true)` is unreachable when no break of its own leaves it.
  t.expression("(n: int) => { let i = 0; while (true) { if (i >= n) return i; i = i + 1; } }")
    .withInputs([0], [3])
    .expectSameInCSharp("while (true) left by return");
  t.expression(
    "(n: int) => { let i = 0; while (true) { for (let j = 0; j < n; j++) { if (j > 1) break; } if (i >= n) return i; i = i + 1; } }",
  )
    .withInputs([0], [3])
    .expectSameInCSharp("while (true) with a break of an inner loop");
  t.expression(
    "(n: int) => { let i = 0; while (true) { switch (n) { case 1: break; default: i = i + 1; break; } if (i >= n) return i; i = i + 1; } }",
  )
    .withInputs([0], [1], [4])
    .expectSameInCSharp("while (true) with a switch's break");
  t.expression(
    "(n: int) => { let i = 0; while (true) { if (i >= n) break; i = i + 1; } }",
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression(
    "(n: int) => { let i = 0; while (true) { if (i < n) { i = i + 1; } else break; } }",
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression(
    "(n: int) => { let i = 0; while (true) { try { if (i >= n) break; } catch (e) { return -1; } i = i + 1; } }",
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression(
    "(s: string) => { let i = 0; while (true) { try { i = int.Parse(s); } catch (e) { break; } return i; } }",
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression("(n: int) => { while (false) { return n; } }").expectDiagnostic(
    "APIM1012",
    "not every path",
  );
  t.expression("(n: int) => { let i = 0; while (i < n) { return i; } }").expectDiagnostic(
    "APIM1012",
    "not every path",
  );
  t.expression(
    "(n: int) => { let i = 0; while (true) { if (i >= n) { i = 0; break; } i = i + 1; } }",
  ).expectDiagnostic("APIM1012", "not every path");
  t.expression(
    "(n: int) => { let i = 0; while (true) { try { i = i + 1; } finally { i = i + 0; } if (i > n) return i; } }",
  )
    .withInputs([0], [3])
    .expectSameInCSharp("while (true) with a try and finally only");
  t.expression(
    "(n: int) => { let i = 0; while (true) { try { i = i + 1; } finally { break; } } }",
  ).expectDiagnostic("APIM1070", "'break;' in a finally block");
});

// A switch section other than the last must not reach its end (C# CS0163); the last one gets the
// break that ends it in JavaScript, unless it already ends control.
describeConformance("function shapes: switch sections end control", (t) => {
  t.expression(
    '(s: string, n: int) => { let r = 0; switch (s) { case "a": if (n > 0) { r = 1; break; } else { r = 2; break; } default: r = 3; } return r; }',
  )
    .withInputs(["a", 1], ["a", 0], ["b", 1])
    .expectCSharp(
      '@{\n    var r = 0;\n    switch (s)\n    {\n        case "a":\n            if (n > 0)\n            {\n                r = 1;\n                break;\n            }\n            else\n            {\n                r = 2;\n                break;\n            }\n        default:\n            r = 3;\n            break;\n    }\n    return r;\n}',
    )
    .expectSameInCSharp("a section ending in if/else that both break");
  t.expression(
    '(s: string, n: int) => { let r = 0; switch (s) { case "a": if (n > 0) { r = 1; break; } default: r = 3; } return r; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(s: string, n: int) => { let r = 0; switch (s) { case "a": if (n > 0) { r = 1; } else { r = 2; break; } default: r = 3; } return r; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(s: string, n: int) => { let r = 0; switch (s) { case "a": if (n > 0) { r = 1; break; } else { r = 2; } default: r = 3; } return r; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(s: string, t: string) => { switch (s) { case "a": try { return int.Parse(t); } catch (e) { return -1; } default: return 0; } }',
  )
    .withInputs(["a", "5"], ["a", "x"], ["b", "5"])
    .expectCSharp(
      '@{\n    switch (s)\n    {\n        case "a":\n            try\n            {\n                return int.Parse(t);\n            }\n            catch (Exception e)\n            {\n                return -1;\n            }\n        default:\n            return 0;\n    }\n}',
    )
    .expectSameInCSharp("a section ending in a try and catch that both return");
  t.expression(
    '(s: string, t: string) => { switch (s) { case "a": try { return int.Parse(t); } finally { t.trim(); } default: return 0; } }',
  )
    .withInputs(["a", "5"], ["b", "5"])
    .allowWarning("APIM1022")
    .expectSameInCSharp("a section ending in a try with finally only");
  t.expression(
    '(s: string, t: string) => { let r = 0; switch (s) { case "a": try { r = int.Parse(t); } catch (e) { return -1; } default: r = 9; } return r; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(s: string, t: string) => { let r = 0; switch (s) { case "a": try { return int.Parse(t); } catch (e) { r = 1; } default: r = 9; } return r; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(s: string, n: int) => { switch (s) { case "a": { let i = 0; while (true) { if (i >= n) return i; i = i + 1; } } default: return -1; } }',
  )
    .withInputs(["a", 2], ["b", 2])
    .expectSameInCSharp("a section ending in while (true)");
  t.expression(
    '(s: string) => { let r = 0; for (const c of ["x", "y"]) { switch (s) { case "a": r = r + 1; continue; default: r = r + 2; } } return r; }',
  )
    .withInputs(["a"], ["b"])
    .expectSameInCSharp("a section ending in continue");
  t.expression(
    '(s: string, t: string) => { let r = 0; switch (s) { case "a": try { r = int.Parse(t); break; } catch (e) { r = -1; break; } default: r = 9; } return r; }',
  )
    .withInputs(["a", "5"], ["a", "x"], ["b", "5"])
    .expectSameInCSharp("a section ending in a try and catch that both break");
  // An empty last section still ends with the break C# needs.
  t.expression(
    '(s: string) => { let r = 0; switch (s) { case "a": r = 1; break; default: } return r; }',
  )
    .withInputs(["a"], ["b"])
    .expectCSharp(
      '@{\n    var r = 0;\n    switch (s)\n    {\n        case "a":\n            r = 1;\n            break;\n        default:\n            break;\n    }\n    return r;\n}',
    )
    .expectSameInCSharp("an empty last section");
  t.expression(
    '(s: string, n: int) => { let r = 0; switch (s) { case "a": if (n > 0) { } else { break; } default: r = 3; } return r; }',
  ).expectDiagnostic("APIM1072", "falls through");
  t.expression(
    '(s: string) => { switch (s) { case "a": throw new Exception("a"); default: return 1; } }',
  )
    .withInputs(["a"], ["b"])
    .expectSameInCSharp("a section ending in throw");
});

// The translator's entry point as the build calls it (no `parameters` option: a policy
// expression of context), and what it reports about the C# type of the value.
describe("function shapes: translateFunction", () => {
  const sources = [
    "(context: Context) => context.Request.Method",
    "(ctx: Context) => ctx.Request.Method",
    '() => "fixed"',
    "(context: Context, s: string) => s",
    "({ Request }: Context) => Request.Method",
    '() => { const context = "x"; return context; }',
    "(n: int) => n + 1",
    "(n: int) => { if (n > 0) return n + 1; return n; }",
    "(n: int, d: double) => { if (n > 0) return n; return d; }",
    "(n: int, x: number) => { if (n > 0) return 1.5; return x; }",
    "(s: string): string => s",
    "(n: int) => { const f = (): double => { return 1.5; }; return n + 1; }",
  ];
  let module: SnippetModule;
  beforeAll(() => {
    module = createSnippetModule(
      "function-shapes-entry",
      "function over(s: string): string;\nfunction over(s: string) { return s; }",
      sources,
    );
  });
  const translate = (source: string, options?: TranslateOptions) => {
    const index = sources.indexOf(source);
    const tag = sourceTagOf(module.functions[index]);
    const node = findFunctionAt(module.program, module.file, module.ranges[index]!.start)!;
    const result = translateFunction(module.program, node, tag, options);
    return {
      ...result,
      csharp: result.expression && printPolicyExpression(result.expression),
      messages: result.diagnostics.map((d) => `${d.code}: ${d.message}`),
    };
  };

  it("binds the one parameter to APIM's context, whatever its name", () => {
    expect(translate("(context: Context) => context.Request.Method").csharp).toBe(
      "@(context.Request.Method)",
    );
    expect(translate("(ctx: Context) => ctx.Request.Method").csharp).toBe(
      "@(context.Request.Method)",
    );
    expect(translate('() => "fixed"').csharp).toBe('@("fixed")');
  });
  it("refuses a second parameter and a destructured context", () => {
    const second = translate("(context: Context, s: string) => s");
    expect(second.csharp).toBeUndefined();
    expect(second.messages).toContain("APIM1001: a policy expression takes one parameter: context");
    const destructured = translate("({ Request }: Context) => Request.Method");
    expect(destructured.csharp).toBeUndefined();
    expect(destructured.messages).toContain("APIM1001: destructuring context has no C# equivalent");
  });
  it("renames a local that would hide context", () => {
    expect(translate('() => { const context = "x"; return context; }').csharp).toBe(
      '@{\n    var context2 = "x";\n    return context2;\n}',
    );
  });
  it("reports each parameter's C# name and type with parameters: arguments", () => {
    const result = translate("(n: int, d: double) => { if (n > 0) return n; return d; }", {
      parameters: "arguments",
    });
    expect(result.parameters).toEqual([
      { name: "n", csharpName: "n", type: "int" },
      { name: "d", csharpName: "d", type: "double" },
    ]);
    expect(translate("(n: int) => n + 1").parameters).toEqual([]);
  });
  it("gives the C# type of the value: declared, or from the returned expressions", () => {
    expect(translate("(s: string): string => s").resultType).toBe("string");
    expect(translate("(context: Context) => context.Request.Method").resultType).toBe("string");
    expect(translate("(n: int) => n + 1", { parameters: "arguments" }).resultType).toBe("int");
    expect(
      translate("(n: int) => { if (n > 0) return n + 1; return n; }", { parameters: "arguments" })
        .resultType,
    ).toBe("int");
    // int and double returned: C#'s common type is double.
    expect(
      translate("(n: int, d: double) => { if (n > 0) return n; return d; }", {
        parameters: "arguments",
      }).resultType,
    ).toBe("double");
    // A plain number's C# type is unknown, so the whole is.
    expect(
      translate("(n: int, x: number) => { if (n > 0) return 1.5; return x; }", {
        parameters: "arguments",
      }).resultType,
    ).toBeUndefined();
    // A nested function's returns are not the expression's.
    expect(
      translate("(n: int) => { const f = (): double => { return 1.5; }; return n + 1; }", {
        parameters: "arguments",
      }).resultType,
    ).toBe("int");
  });
  it("refuses a function with no body (an overload signature)", () => {
    const signature = module.sourceFile.statements.find(
      (s) => s.getText().startsWith("function over") && !s.getText().includes("{"),
    )!;
    const result = translateFunction(module.program, signature as never, undefined);
    expect(result.expression).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toContain(
      "the expression function has no body",
    );
    expect(result.diagnostics.every((d) => d.hint)).toBe(true);
  });
});

// One refusal per problem: a block already refused is not also reported as missing a return.
describe("function shapes: one diagnostic per problem", () => {
  it("does not add a missing return to another refusal", async () => {
    const report = await runBatch(
      "function-shapes-codes",
      [
        { id: "var", source: "(s: string) => { var t = s; }" },
        { id: "empty", source: "(s: string) => {}" },
      ],
      {},
    );
    expect(Object.fromEntries(report.results.map((r) => [r.id, r.codes]))).toEqual({
      var: ["APIM1001"],
      empty: ["APIM1012"],
    });
  });
});
