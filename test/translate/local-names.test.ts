// The translation state (src/translate/state.ts) and apim-ts's own declarations
// (src/translate/library.ts), seen from what a user reads: the C# names of the locals a snippet
// declares (C# identifiers have no `$`, keywords need another name, and C# forbids a nested
// scope reusing a name: C# language specification, "Identifiers" and "Local variable
// declarations", CS0136), warnings that leave the C# in place, and a user's own names that merely
// look like apim-ts's (namedValue) or members TypeScript makes up (a tuple's length).
import { beforeAll, describe, expect, it } from "vitest";
import { describeConformance } from "../../harness/conformance/index.ts";
import {
  createSnippetModule,
  type SnippetModule,
} from "../../harness/conformance/snippet-program.ts";
import { printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import { isLibraryFile } from "../../src/translate/library.ts";
import { translateFunction } from "../../src/translate/translate-function.ts";
import path from "node:path";

const texts = [[""], ["a"], ["ab"], ["abc"]];

describeConformance("local names: C# names of a snippet's locals", (t) => {
  t.declare(`
    const twice = (v: string) => { const x = v + "."; return x + x; };
  `);
  // `$` starts a JavaScript identifier but not a C# one: leading ones are dropped, others become `_`.
  t.expression('(s: string) => { const $x = s + "a"; return $x + "|" + $x; }')
    .withInputs(...texts)
    .expectCSharp('@{\n    var x = s + "a";\n    return x + "|" + x;\n}')
    .expectSameInCSharp("a leading `$` is dropped");
  t.expression('(s: string) => { const $$y = s + "a"; const a$b = $$y + "b"; return a$b; }')
    .withInputs(...texts)
    .expectCSharp('@{\n    var y = s + "a";\n    var a_b = y + "b";\n    return a_b;\n}')
    .expectSameInCSharp("every leading `$` is dropped, an inner one becomes `_`");
  // A name with no identifier character left gets a plain one.
  t.expression('(s: string) => { const $ = s + "a"; return $.length > 2 ? $ : "-"; }')
    .withInputs(...texts)
    .expectCSharp('@{\n    var value = s + "a";\n    return value.Length > 2 ? value : "-";\n}')
    .expectSameInCSharp("a name made only of `$` becomes `value`");
  // string, int and event are C# keywords (C# specification, "Keywords"): a counter follows them.
  t.expression(
    '(s: string) => { const string = s + "a"; const int = string.length; const event = int > 2; return event ? string : "-"; }',
  )
    .withInputs(...texts)
    .expectCSharp(
      '@{\n    var string2 = s + "a";\n    var int2 = string2.Length;\n    var event2 = int2 > 2;\n    return event2 ? string2 : "-";\n}',
    )
    .expectSameInCSharp("a C# keyword as a name gets a counter");
  // TypeScript lets a nested block shadow a name; C# does not (CS0136), so the counter counts up.
  t.expression(
    '(s: string) => { const x = s + "1"; if (s.length > 0) { const x = s + "2"; if (s.length > 1) { const x = s + "3"; return x; } return x; } return x; }',
  )
    .withInputs(...texts)
    .expectCSharp(
      '@{\n    var x = s + "1";\n    if (s.Length > 0)\n    {\n        var x2 = s + "2";\n        if (s.Length > 1)\n        {\n            var x3 = s + "3";\n            return x3;\n        }\n        return x2;\n    }\n    return x;\n}',
    )
    .expectSameInCSharp("three shadowing locals are x, x2, x3");
  // A helper's local, inlined twice, is two C# locals.
  t.expression("(s: string) => { const a = twice(s); const b = twice(a); return b; }")
    .withInputs(...texts)
    .expectCSharp(
      '@{\n    string a;\n    var x = s + ".";\n    a = x + x;\n    string b;\n    var x2 = a + ".";\n    b = x2 + x2;\n    return b;\n}',
    )
    .expectSameInCSharp("a helper's local inlined twice");
});

describe("local names: warnings, integer sites and apim-ts's own names", () => {
  const declarations = `
    const bang = (s: string) => s + "!";
    const apply = (namedValue: (x: string) => string, s: string) => namedValue(s);
    declare function ambient(s: string): string;
  `;
  const sources = [
    "(s: string) => s.toUpperCase()",
    "(s: string) => s.length > 1",
    "(n: int) => n + 1",
    "(s: string) => apply(bang, s)",
    "(s: string) => ambient(s)",
    "(s: string) => { const t: [string, string] = [s, s]; return t.length; }",
    '(s: string) => namedValue("suffix") + s',
  ];
  let module: SnippetModule;
  beforeAll(() => {
    module = createSnippetModule("local-names-direct", declarations, sources);
  });
  const translate = (source: string) => {
    const index = sources.indexOf(source);
    const node = findFunctionAt(module.program, module.file, module.ranges[index]!.start)!;
    const result = translateFunction(module.program, node, undefined, { parameters: "arguments" });
    return {
      csharp: result.expression && printPolicyExpression(result.expression),
      messages: result.diagnostics.map((d) => `${d.code} ${d.category}: ${d.message}`),
      integerSites: result.integerSites,
    };
  };

  it("reports a warning and still prints the C#", () => {
    const result = translate("(s: string) => s.toUpperCase()");
    expect(result.csharp).toBe("@(s.ToUpperInvariant())");
    expect(result.messages).toEqual([expect.stringMatching(/^APIM1022 warning: toUpperCase\(\)/)]);
  });

  // The harness runs exactly these operators as C# int arithmetic (src/model/integer-sites.ts).
  it("lists the int operators of the snippet, and nothing else", () => {
    expect(translate("(s: string) => s.length > 1").integerSites).toEqual([]);
    const sites = translate("(n: int) => n + 1").integerSites;
    expect(sites).toEqual([{ file: module.file, start: expect.any(Number), kind: "int" }]);
    expect(module.sourceFile.text.slice(sites[0]!.start, sites[0]!.start + 1)).toBe("+");
  });

  // library.ts recognises apim-ts by the declaring file, never by the name.
  it("does not take a user's parameter named namedValue for apim-ts's namedValue", () => {
    const result = translate("(s: string) => apply(bang, s)");
    expect(result.csharp).toBeUndefined();
    expect(result.messages).toContain(
      "APIM1010 error: 'namedValue' is not a function the translator can inline (a function written in policy-src, known at build time)",
    );
  });

  it("translates apim-ts's own namedValue", () => {
    expect(translate('(s: string) => namedValue("suffix") + s').csharp).toBe('@("{{suffix}}" + s)');
  });

  it("does not take a declared user function for a JavaScript global", () => {
    expect(translate("(s: string) => ambient(s)").messages).toEqual([
      "APIM1010 error: 'ambient' is not a function the translator can inline (a function written in policy-src, known at build time)",
    ]);
  });

  // TypeScript makes a tuple's length up: the symbol has no declaration to locate.
  it("refuses a member without a declaration with a located diagnostic", () => {
    expect(
      translate("(s: string) => { const t: [string, string] = [s, s]; return t.length; }").messages,
    ).toEqual([
      "APIM1002 error: 't.length' is not a member of APIM's context or an allowed .NET type",
    ]);
  });
});

// The compiler skips apim-ts's own files when it loads policy sources (src/compile/load-modules.ts).
describe("library files", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  it("knows src/ and harness/ as apim-ts's own, nothing else", () => {
    expect(isLibraryFile(path.join(root, "src", "index.ts"))).toBe(true);
    expect(isLibraryFile(path.join(root, "harness", "conformance", "dsl.ts"))).toBe(true);
    expect(isLibraryFile(path.join(root, "policy-src", "src", "index.ts"))).toBe(false);
    expect(isLibraryFile(path.join(root, "src-other", "index.ts"))).toBe(false);
    expect(isLibraryFile(path.join(root, "test", "translate", "local-names.test.ts"))).toBe(false);
  });
});
