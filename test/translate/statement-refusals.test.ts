// Every statement shape the translator refuses (src/translate/statements.ts, loops.ts, switch.ts),
// each with its code and the part of the message that says what is wrong: loops whose C# would
// differ (an increment on another variable, a helper argument evaluated once), for..of and for
// headers other than the one translated form, statements that are neither calls nor assignments,
// switch values C# cannot switch on, helpers that cannot be inlined, out-parameter spellings. The
// DSL also checks that each refusal has a hint. Then what the suite cannot see: that a refused
// declaration is reported once (its names are not reported again where they are used), and the
// unassigned local that only a program without "strict" can write (APIM1075).
import ts from "../../src/compile/typescript.js";
import { describe, expect, it } from "vitest";
import { describeConformance, runBatch } from "../../harness/conformance/index.ts";
import { translateFunction } from "../../src/translate/translate-function.ts";

describeConformance("statement refusals", (t) => {
  t.declare(`
    const bump = (i: int, s: string) => i + s.length;
    function firstLong(a: string[]): string {
      for (const x of a) {
        if (x.length > 3) return x;
      }
      return "";
    }
    const parser = { TryRead(s: string): [boolean, string] { return [s !== "", s]; } };
  `);

  // for loops: the header must be `for (let i = start; condition; increment)`.
  t.expression(
    "(n: int) => { let t = 0; for (let i = 0, j = 0; i < n; i++) { t = t + i + j; } return t; }",
  ).expectDiagnostic("APIM1074", "for (let i = start; condition; i++)");
  // const, not let (the increment is on another variable, so no TypeScript error hides it).
  t.expression(
    "(n: int) => { let t = 0; let j = 0; for (const i = 0; i < n; j++) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "for (let i = start; condition; i++)");
  t.expression(
    "(a: int[]) => { let t = 0; for (let [i] = a; i < 3; i++) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "for (let i = start; condition; i++)");
  t.expression(
    "(n: int) => { let t = 0; let i = 0; for (i = 0; i < n; i++) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "for (let i = start; condition; i++)");
  t.expression("(n: int) => { let t = 0; for (let i = 0; ; i++) { t = t + i; } }").expectDiagnostic(
    "APIM1074",
    "for (let i = start; condition; i++)",
  );
  t.expression(
    "(n: int) => { let t = 0; for (let i = 0; i < n; ) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "for (let i = start; condition; i++)");
  t.expression(
    "(n: int) => { let t = 0; for (let i = null; i !== null; i = null) { t = t + 1; } return t; }",
  ).expectDiagnostic("APIM1001", "the C# type of 'i' is not known");
  // The start value's helper argument would be hoisted before the loop's own declaration.
  t.expression(
    "(s: string, n: int) => { let t = 0; for (let i = bump(0, s.trim()); i < n; i++) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "initializer needs statements of its own");
  t.expression(
    "(n: int) => { let t = 0; for (let i = 0; n; i++) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1004", "a for condition needs a boolean, but this is 'int'");

  // The increment: ++/-- or an assignment, on the loop's own variable.
  t.expression(
    "(n: int) => { let t = 0; let j = 0; for (let i = 0; i < n; j++) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "'j++' as a for loop's increment");
  t.expression(
    "(n: int) => { let t = 0; for (let i = 0; i < n; -i) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "'-i' as a for loop's increment");
  t.expression(
    "(n: int) => { let t = 0; let j = 0; for (let i = 0; i < n; j = i + 1) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "'j = i + 1' as a for loop's increment");
  // `i = bump(i, s.trim())` would bind s.trim() to a local once, before the loop.
  t.expression(
    "(s: string, n: int) => { let t = 0; for (let i = 0; i < n; i = bump(i, s.trim())) { t = t + i; } return t; }",
  ).expectDiagnostic("APIM1074", "arguments would be evaluated once, before the loop");

  // for..of: one const item over a non-null array or a sequence of the model.
  t.expression(
    '(a: string[]) => { let out = ""; for (let x of a) { out = out + x; } return out; }',
  ).expectDiagnostic("APIM1001", "for..of declares one const item");
  t.expression(
    '(a: string[]) => { let out = ""; let x = ""; for (x of a) { out = out + x; } return out; }',
  ).expectDiagnostic("APIM1001", "for..of declares one const item");
  t.expression(
    '(a: string[][]) => { let out = ""; for (const [x, y] of a) { out = out + x + y; } return out; }',
  ).expectDiagnostic("APIM1001", "for..of declares one const item");
  t.expression(
    "(s: string) => { let n = 0; for (const x of [{ a: s }]) { n = n + 1; } return n; }",
  ).expectDiagnostic("APIM1001", "for..of over '{ a: string; }[]' iterates differently in C#");

  // Statements: what stands alone, what returns, what C# has no statement for.
  t.expression("(n: int) => { let t = n; t++; return t; }").expectDiagnostic(
    "APIM1001",
    "only calls and assignments can stand as statements",
  );
  t.expression("(n: int) => { let t = n; t += 1; return t; }").expectDiagnostic(
    "APIM1001",
    "only calls and assignments can stand as statements",
  );
  t.expression("(n: int) => { n + 1; return n; }").expectDiagnostic(
    "APIM1001",
    "only calls and assignments can stand as statements",
  );
  t.expression('(s: string) => { if (s === "") { return; } return s; }').expectDiagnostic(
    "APIM1012",
    "a policy expression must return a value",
  );
  t.expression("(s: string) => { debugger; return s; }").expectDiagnostic(
    "APIM1001",
    "'debugger' cannot be translated to a C# policy statement",
  );
  t.expression(
    "(s: string) => { for (const k in { a: 1 }) { return k; } return s; }",
  ).expectDiagnostic("APIM1001", "'for..in' cannot be translated to a C# policy statement");
  t.expression("(n: int) => { if (n) { return 1; } return 2; }").expectDiagnostic(
    "APIM1004",
    "an if condition needs a boolean, but this is 'int'",
  );
  t.expression("(s: string) => { let x = null; return s; }").expectDiagnostic(
    "APIM1001",
    "the C# type of 'x' is not known",
  );
  t.expression('(s: string) => { const [a, b] = s.split(","); return a + b; }').expectDiagnostic(
    "APIM1001",
    "destructuring has no C# policy equivalent",
  );
  // A model method not named Try*, and a Try* method that is not the model's: no out parameter.
  t.expression(
    "(s: string) => { const [first] = Convert.FromBase64String(s); return first; }",
  ).expectDiagnostic("APIM1001", "destructuring has no C# policy equivalent");
  t.expression(
    '(s: string) => { const [ok, v] = parser.TryRead(s); return ok ? v : ""; }',
  ).expectDiagnostic("APIM1001", "destructuring has no C# policy equivalent");
  // The out parameter's spelling: exactly two plain names, and the arguments C# takes before it.
  t.expression("(s: string) => { const [, n] = int.TryParse(s); return n; }").expectDiagnostic(
    "APIM1001",
    "TryParse's out parameter is written as `const [found, value] = x.TryParse(arguments)`",
  );
  t.expression(
    "(s: string) => { const [ok, n, extra] = int.TryParse(s); return ok ? n : 0; }",
  ).expectDiagnostic("APIM1001", "TryParse's out parameter is written as");
  t.expression(
    "(s: string) => { const [ok, jwt] = s.TryParseJwt(s); return ok; }",
  ).expectDiagnostic("APIM1001", "TryParseJwt's out parameter is written as");
  t.expression("(a: string[]) => { const r = firstLong(a); return r; }").expectDiagnostic(
    "APIM1010",
    "returns from inside a loop or a try and cannot be inlined here",
  );

  // switch: on a string or an int, with distinct labels.
  t.expression(
    "(s: string, n: int) => { const v = n > 0 ? s : n; switch (v) { case 1: return 1; default: return 2; } }",
  ).expectDiagnostic("APIM1073", "a switch on 'string | int' (C# type unknown) is not translated");
  t.expression(
    '(n: int) => { switch (n) { case 1: return "one"; case 1: return "uno"; default: return "other"; } }',
  ).expectDiagnostic("APIM1073", "case '1' repeats an earlier label");
});

/**
 * A refused declaration binds its names, so their later uses are not reported as unknown values
 * (APIM1009) once more each: the user sees one error, on the declaration. Translated here, in the
 * test, so that mutation testing counts the translation against it.
 */
describe("statement refusals are reported once", () => {
  const snippets: Record<string, { source: string; codes: string[] }> = {
    arrayPattern: {
      source: '(s: string) => { const [a, b] = s.split(","); return a + b + a; }',
      codes: ["APIM1001"],
    },
    omittedElement: {
      source: '(s: string) => { const [, b] = s.split(","); return b ?? ""; }',
      codes: ["APIM1001"],
    },
    outParameter: {
      source: "(s: string) => { const [, n] = int.TryParse(s); return n + n; }",
      codes: ["APIM1001"],
    },
    // Its type unknown, the local is still a local: assigned and read with no more reports.
    unknownType: {
      source: '(s: string) => { let x = null; x = s; return x + "!"; }',
      codes: ["APIM1001"],
    },
    dateTimeTryParse: {
      source: "(s: string) => { const [ok, d] = DateTime.TryParse(s); return ok ? d.Year : 0; }",
      codes: ["APIM1041"],
    },
  };

  it("gives each refused declaration one diagnostic and its uses none", async () => {
    const report = await runBatch(
      "statement-refusals-once",
      Object.entries(snippets).map(([id, { source }]) => ({ id, source })),
    );
    const codes = Object.fromEntries(report.results.map((r) => [r.id, r.codes]));
    expect(codes).toEqual(
      Object.fromEntries(Object.entries(snippets).map(([id, { codes }]) => [id, codes])),
    );
  }, 120_000);
});

/** Translates `source` (one arrow function) in a program compiled without "strict". */
function translateLoose(source: string) {
  const file = "/virtual/loose.ts";
  const options: ts.CompilerOptions = { noEmit: true, types: [], target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError, create) =>
    name === file
      ? ts.createSourceFile(name, `export const f = ${source};\n`, language, true)
      : getSourceFile(name, language, onError, create);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram({ rootNames: [file], options, host });
  const statement = program.getSourceFile(file)!.statements[0] as ts.VariableStatement;
  const arrow = statement.declarationList.declarations[0]!.initializer as ts.ArrowFunction;
  return translateFunction(program, arrow, undefined, { parameters: "arguments" });
}

describe("a local without an initializer, without strict", () => {
  // Without strictNullChecks TypeScript lets `return label` read a local no path assigned; C#'s
  // default(T) would then hide the difference, so the translator asks for an initializer.
  it("is refused with APIM1075, saying what to write", () => {
    const translated = translateLoose(
      '(s: string) => { let label: string; if (s === "") { label = "empty"; } return label; }',
    );
    expect(translated.expression).toBeUndefined();
    expect(
      translated.diagnostics.map(({ code, message, hint }) => ({ code, message, hint })),
    ).toEqual([
      {
        code: "APIM1075",
        message:
          "'label' has no initializer and TypeScript checks definite assignment only with strict",
        hint: 'give it an initializer (let x: string | null = null), or turn on "strict"',
      },
    ]);
  });
});
