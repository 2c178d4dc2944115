// The C# printer's statements and the expression forms the random trees of
// printer.property.test.ts do not draw (new, arrays, generic calls, out arguments). The layout is
// the printer's own, documented in docs/translation.md ("block bodies": one statement per line,
// four spaces per level under `@{`); each statement's shape is C#'s (C# spec §13 "Statements":
// while §13.9.2, for §13.9.4, switch §13.8.3, throw §13.10.6, try §13.11). Every case below is
// also compiled by mono through the translator's conformance tests (test/translate/statements.test.ts,
// exceptions.test.ts); here the printer is checked alone, without mono.
import { describe, expect, it } from "vitest";
import {
  printExpression,
  printPolicyExpression,
  printStatements,
} from "../../src/csharp-syntax/printer.ts";
import type { CsExpression, CsStatement } from "../../src/csharp-syntax/syntax.ts";

const id = (name: string): CsExpression => ({ kind: "identifier", name });
const num = (text: string): CsExpression => ({ kind: "number", text });
const lines = (...statements: CsStatement[]) =>
  printPolicyExpression({ kind: "block", statements }, "  ").split("\n");

describe("C# printer: statements, one a line, four spaces a level", () => {
  it("prints while with its body indented under braces", () => {
    expect(
      lines({
        kind: "while",
        condition: id("go"),
        body: [{ kind: "break" }, { kind: "continue" }],
      }),
    ).toEqual([
      "@{",
      "      while (go)",
      "      {",
      "          break;",
      "          continue;",
      "      }",
      "  }",
    ]);
  });

  it("prints for with its declaration, condition and increment on one line", () => {
    expect(
      lines({
        kind: "for",
        initializer: { kind: "declare", type: "var", name: "i", initializer: num("0") },
        condition: { kind: "binary", operator: "<", left: id("i"), right: id("n") },
        increment: {
          kind: "assign",
          target: id("i"),
          value: { kind: "binary", operator: "+", left: id("i"), right: num("1") },
        },
        body: [
          {
            kind: "expression",
            expression: { kind: "call", target: id("f"), arguments: [id("i")] },
          },
        ],
      }),
    ).toEqual([
      "@{",
      "      for (var i = 0; i < n; i = i + 1)",
      "      {",
      "          f(i);",
      "      }",
      "  }",
    ]);
  });

  it("prints a local without an initializer as a bare declaration", () => {
    expect(lines({ kind: "declare", type: "int", name: "n" })).toEqual([
      "@{",
      "      int n;",
      "  }",
    ]);
  });

  it("prints switch sections: every label on its line, default for a null label, bodies under them", () => {
    expect(
      lines({
        kind: "switch",
        expression: id("m"),
        sections: [
          {
            labels: [
              { kind: "string", value: "a" },
              { kind: "string", value: "b" },
            ],
            body: [{ kind: "return", expression: num("1") }],
          },
          { labels: [null], body: [{ kind: "return", expression: num("2") }] },
        ],
      }),
    ).toEqual([
      "@{",
      "      switch (m)",
      "      {",
      '          case "a":',
      '          case "b":',
      "              return 1;",
      "          default:",
      "              return 2;",
      "      }",
      "  }",
    ]);
  });

  it("prints throw, and try with a named catch, an unnamed catch and finally", () => {
    const thrown: CsStatement = {
      kind: "throw",
      expression: { kind: "new", type: "Exception", arguments: [{ kind: "string", value: "x" }] },
    };
    expect(
      lines({
        kind: "try",
        body: [thrown],
        catch: { name: "e", body: [{ kind: "throw", expression: id("e") }] },
        finally: [{ kind: "break" }],
      }),
    ).toEqual([
      "@{",
      "      try",
      "      {",
      '          throw new Exception("x");',
      "      }",
      "      catch (Exception e)",
      "      {",
      "          throw e;",
      "      }",
      "      finally",
      "      {",
      "          break;",
      "      }",
      "  }",
    ]);
    expect(lines({ kind: "try", body: [], catch: { body: [] } })).toEqual([
      "@{",
      "      try",
      "      {",
      "      }",
      "      catch (Exception)",
      "      {",
      "      }",
      "  }",
    ]);
  });

  it("prints try with finally alone (no catch)", () => {
    expect(
      lines({ kind: "try", body: [{ kind: "break" }], finally: [{ kind: "continue" }] }),
    ).toEqual([
      "@{",
      "      try",
      "      {",
      "          break;",
      "      }",
      "      finally",
      "      {",
      "          continue;",
      "      }",
      "  }",
    ]);
  });

  it("closes a block at column 0 when no base indentation is given", () => {
    expect(
      printPolicyExpression({
        kind: "block",
        statements: [{ kind: "return", expression: id("a") }],
      }),
    ).toBe("@{\n    return a;\n}");
  });

  it("writes else if only for an else holding a single if, else a block", () => {
    const ret = (name: string): CsStatement => ({ kind: "return", expression: id(name) });
    expect(
      lines({
        kind: "if",
        condition: id("a"),
        then: [ret("x")],
        else: [{ kind: "if", condition: id("b"), then: [ret("y")] }, ret("z")],
      }),
    ).toEqual([
      "@{",
      "      if (a)",
      "      {",
      "          return x;",
      "      }",
      "      else",
      "      {",
      "          if (b)",
      "          {",
      "              return y;",
      "          }",
      "          return z;",
      "      }",
      "  }",
    ]);
  });

  it("prints a single expression as @( ... )", () => {
    expect(printPolicyExpression({ kind: "single", expression: id("a") })).toBe("@(a)");
  });
});

describe("C# printer: object creation, arrays, generic calls and out arguments", () => {
  it("prints new with its arguments", () => {
    expect(printExpression({ kind: "new", type: "Uri", arguments: [id("a"), id("b")] })).toBe(
      "new Uri(a, b)",
    );
    expect(printExpression({ kind: "new", type: "JObject", arguments: [] })).toBe("new JObject()");
  });

  it("prints arrays typed or implicitly typed (C# spec §12.8.17.5), an empty one as { }", () => {
    expect(
      printExpression({ kind: "new-array", elementType: "string", elements: [id("a"), id("b")] }),
    ).toBe("new string[] { a, b }");
    expect(printExpression({ kind: "new-array", elements: [num("1")] })).toBe("new [] { 1 }");
    expect(printExpression({ kind: "new-array", elementType: "int", elements: [] })).toBe(
      "new int[] { }",
    );
  });

  it("prints type arguments between the method and its arguments, and out arguments", () => {
    const member: CsExpression = { kind: "member", target: id("body"), name: "As" };
    expect(
      printExpression({ kind: "call", target: member, typeArguments: ["JObject"], arguments: [] }),
    ).toBe("body.As<JObject>()");
    expect(
      printExpression({
        kind: "call",
        target: member,
        typeArguments: ["A", "B"],
        arguments: [{ kind: "out", name: "v" }],
      }),
    ).toBe("body.As<A, B>(out v)");
    expect(
      printExpression({ kind: "call", target: member, typeArguments: [], arguments: [] }),
    ).toBe("body.As()");
  });

  it("prints a verbatim node as written and booleans and null as keywords", () => {
    expect(printExpression({ kind: "verbatim", text: "default(int)" })).toBe("default(int)");
    expect(printExpression({ kind: "boolean", value: false })).toBe("false");
    expect(printExpression({ kind: "null" })).toBe("null");
  });

  it("prints an index on a parenthesized operand where it binds looser than a primary", () => {
    expect(
      printExpression({
        kind: "index",
        target: { kind: "binary", operator: "??", left: id("a"), right: id("b") },
        index: num("0"),
      }),
    ).toBe("(a ?? b)[0]");
  });
});

describe("C# printer: what is not a syntax node", () => {
  // A value that is not a node (a mapping's mistake) must stop the build, never print as nothing:
  // `ToArray(x)` printed as `ToArray()` would be another C# than the one the mapping meant.
  it("refuses it, naming the value, rather than printing nothing", () => {
    const call = {
      kind: "call",
      target: { kind: "identifier", name: "ToArray" },
      arguments: ["not a node"],
    } as unknown as CsExpression;
    expect(() => printExpression(call)).toThrow(
      new TypeError('not a C# expression node: "not a node"'),
    );
  });
  it("refuses a statement that is not a node, rather than dropping it", () => {
    const body = [{ kind: "break" }, "not a node"] as unknown as CsStatement[];
    expect(() => printStatements(body, "")).toThrow(
      new TypeError('not a C# statement node: "not a node"'),
    );
  });
});
