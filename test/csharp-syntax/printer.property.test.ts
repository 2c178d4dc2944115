// Property tests of the C# printer: a tree printed and read back by a parser written from the C#
// specification (csharp-parser.ts, independent of the printer's precedence table) is the same
// tree. Every ordered pair of binary operators is checked in both nestings, every operator with
// unary, cast, ?:, lambda and assignment operands, and seeded random trees (fast-check) cover the
// rest. A wrong precedence or associativity in the printer changes the tree, i.e. the meaning.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printExpression, printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import type { CsBinaryOperator, CsExpression } from "../../src/csharp-syntax/syntax.ts";
import { canonical, parseCSharp, SPEC_LEVELS } from "./csharp-parser.ts";

/** Random samples; fewer under mutation testing (mutation/README.md), where every mutant reruns this file. */
const RUNS = process.env.MUTATE_AREA ? 300 : 3000;
const OPERATORS: readonly CsBinaryOperator[] = SPEC_LEVELS.flat();
const a: CsExpression = { kind: "identifier", name: "a" };
const b: CsExpression = { kind: "identifier", name: "b" };
const c: CsExpression = { kind: "identifier", name: "c" };
const bin = (
  operator: CsBinaryOperator,
  left: CsExpression,
  right: CsExpression,
): CsExpression => ({ kind: "binary", operator, left, right });

/** Prints, parses back and compares; returns the text for messages. */
function roundTrip(tree: CsExpression): string {
  const text = printExpression(tree);
  expect(parseCSharp(text), text).toEqual(canonical(tree));
  return text;
}

describe("C# printer: precedence and associativity (C# spec §12.4.2)", () => {
  it("keeps the meaning of every pair of binary operators, nested left and right", () => {
    let checked = 0;
    for (const outer of OPERATORS)
      for (const inner of OPERATORS) {
        roundTrip(bin(outer, bin(inner, a, b), c));
        roundTrip(bin(outer, a, bin(inner, b, c)));
        checked += 2;
      }
    expect(checked).toBe(OPERATORS.length * OPERATORS.length * 2);
  });

  it("keeps the parentheses of (a || b) && c, where JavaScript and C# agree only with them", () => {
    // With || bound as tightly as &&, `a || b && c` would be read a || (b && c): for a = true,
    // c = false the value changes from false to true.
    expect(roundTrip(bin("&&", bin("||", a, b), c))).toBe("(a || b) && c");
    expect(roundTrip(bin("||", a, bin("&&", b, c)))).toBe("a || b && c");
  });

  it("reads ?? as right-associative and every other binary operator as left-associative", () => {
    expect(roundTrip(bin("??", bin("??", a, b), c))).toBe("(a ?? b) ?? c");
    expect(roundTrip(bin("??", a, bin("??", b, c)))).toBe("a ?? b ?? c");
    expect(roundTrip(bin("-", a, bin("-", b, c)))).toBe("a - (b - c)");
    expect(roundTrip(bin("-", bin("-", a, b), c))).toBe("a - b - c");
  });

  it("puts unary, cast, conditional, lambda and assignment operands where each operator binds", () => {
    const unary = (operand: CsExpression, operator: "!" | "-" = "-"): CsExpression => ({
      kind: "unary",
      operator,
      operand,
    });
    const cast = (type: string, operand: CsExpression): CsExpression => ({
      kind: "cast",
      type,
      operand,
    });
    const cond: CsExpression = { kind: "conditional", condition: a, whenTrue: b, whenFalse: c };
    const lambda: CsExpression = { kind: "lambda", parameters: ["x"], body: a };
    const assign: CsExpression = { kind: "assign", target: a, value: b };
    const operands = [
      unary(a),
      unary(a, "!"),
      cast("int", a),
      cast("DateTime", a),
      cond,
      lambda,
      assign,
      { kind: "number", text: "-1" } as CsExpression,
    ];
    for (const operator of OPERATORS)
      for (const operand of operands) {
        roundTrip(bin(operator, operand, b));
        roundTrip(bin(operator, b, operand));
      }
    for (const operand of [...operands, bin("+", a, b), bin("??", a, b)]) {
      roundTrip(unary(operand));
      roundTrip(unary(operand, "!"));
      roundTrip(cast("double", operand));
      roundTrip(cast("DateTime", operand));
      roundTrip({ kind: "member", target: operand, name: "Length" });
      roundTrip({ kind: "conditional", condition: operand, whenTrue: operand, whenFalse: operand });
      roundTrip({ kind: "lambda", parameters: ["x", "y"], body: operand });
      roundTrip({ kind: "assign", target: a, value: operand });
    }
  });

  it("never writes -- (C#'s decrement) for a negation of a negative", () => {
    expect(
      roundTrip({ kind: "unary", operator: "-", operand: { kind: "number", text: "-1" } }),
    ).toBe("-(-1)");
    expect(
      roundTrip({
        kind: "unary",
        operator: "-",
        operand: { kind: "unary", operator: "-", operand: a },
      }),
    ).toBe("-(-a)");
  });

  it("reads a cast to a non-keyword type of a negation as a cast, not a subtraction (§12.9.7)", () => {
    expect(
      roundTrip({
        kind: "cast",
        type: "TimeSpan",
        operand: { kind: "unary", operator: "-", operand: a },
      }),
    ).toBe("(TimeSpan)(-a)");
    expect(
      roundTrip({
        kind: "cast",
        type: "double",
        operand: { kind: "unary", operator: "-", operand: a },
      }),
    ).toBe("(double)-a");
  });

  it("writes no parentheses C# does not need (the printed policy stays readable)", () => {
    const cond = (x: CsExpression, y: CsExpression, z: CsExpression): CsExpression => ({
      kind: "conditional",
      condition: x,
      whenTrue: y,
      whenFalse: z,
    });
    // ?: is right-associative and binds looser than every binary operator (§12.4.2).
    expect(roundTrip(cond(a, b, cond(c, a, b)))).toBe("a ? b : c ? a : b");
    expect(roundTrip(cond(a, cond(b, c, a), b))).toBe("a ? b ? c : a : b");
    expect(roundTrip({ kind: "lambda", parameters: ["x"], body: cond(a, b, c) })).toBe(
      "x => a ? b : c",
    );
    // A positive number is a primary expression; a cast of an identifier needs no parentheses.
    expect(
      roundTrip({ kind: "member", target: { kind: "number", text: "2" }, name: "Length" }),
    ).toBe("2.Length");
    expect(roundTrip({ kind: "cast", type: "DateTime", operand: a })).toBe("(DateTime)a");
    expect(
      roundTrip({ kind: "unary", operator: "-", operand: { kind: "number", text: "2" } }),
    ).toBe("-2");
  });

  it("parenthesizes a ?: alone in an interpolation hole (a bare ':' would start a format string)", () => {
    const cond: CsExpression = { kind: "conditional", condition: a, whenTrue: b, whenFalse: c };
    expect(printExpression({ kind: "interpolated", parts: ["x", cond, bin("+", a, b)] })).toBe(
      '$"x{(a ? b : c)}{a + b}"',
    );
  });
});

/** Seeded random trees over every node kind the parser reads. */
const tree = fc.letrec<{ node: CsExpression }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<CsExpression>(
      a,
      b,
      c,
      { kind: "number", text: "2" },
      { kind: "number", text: "-3" },
      { kind: "number", text: "0.5" },
      { kind: "boolean", value: true },
      { kind: "null" },
    ),
    fc.record({
      kind: fc.constant("binary" as const),
      operator: fc.constantFrom(...OPERATORS),
      left: tie("node"),
      right: tie("node"),
    }),
    fc.record({
      kind: fc.constant("unary" as const),
      operator: fc.constantFrom("!" as const, "-" as const),
      operand: tie("node"),
    }),
    fc.record({
      kind: fc.constant("cast" as const),
      type: fc.constantFrom("int", "double", "DateTime"),
      operand: tie("node"),
    }),
    fc.record({
      kind: fc.constant("conditional" as const),
      condition: tie("node"),
      whenTrue: tie("node"),
      whenFalse: tie("node"),
    }),
    fc.record({
      kind: fc.constant("lambda" as const),
      parameters: fc.constantFrom(["x"], ["x", "y"], []),
      body: tie("node"),
    }),
    fc.record({
      kind: fc.constant("member" as const),
      target: tie("node"),
      name: fc.constantFrom("Length", "Value"),
      conditional: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("call" as const),
      target: tie("node"),
      arguments: fc.array(tie("node"), { maxLength: 2 }),
    }),
    fc.record({ kind: fc.constant("index" as const), target: tie("node"), index: tie("node") }),
    fc.record({ kind: fc.constant("assign" as const), target: fc.constant(a), value: tie("node") }),
  ) as fc.Arbitrary<CsExpression>,
}));

describe("C# printer: random trees read back as the same tree", () => {
  it(`for ${RUNS} seeded trees`, () => {
    fc.assert(
      fc.property(tree.node, (node) => {
        roundTrip(node);
      }),
      { seed: 20261130, numRuns: RUNS },
    );
  });

  it("prints a block one statement per line, indented under @{ (translation.md, block bodies)", () => {
    const text = printPolicyExpression(
      {
        kind: "block",
        statements: [
          { kind: "declare", type: "var", name: "v", initializer: bin("&&", bin("||", a, b), c) },
          {
            kind: "if",
            condition: a,
            then: [{ kind: "return", expression: b }],
            else: [
              {
                kind: "if",
                condition: b,
                then: [{ kind: "return", expression: c }],
                else: [{ kind: "return", expression: a }],
              },
            ],
          },
          {
            kind: "foreach",
            name: "x",
            collection: a,
            body: [{ kind: "expression", expression: { kind: "assign", target: b, value: c } }],
          },
          {
            kind: "return",
            expression: { kind: "unary", operator: "!", operand: bin("==", a, b) },
          },
        ],
      },
      "    ",
    );
    expect(text.split("\n")).toEqual([
      "@{",
      "        var v = (a || b) && c;",
      "        if (a)",
      "        {",
      "            return b;",
      "        }",
      "        else if (b)",
      "        {",
      "            return c;",
      "        }",
      "        else",
      "        {",
      "            return a;",
      "        }",
      "        foreach (var x in a)",
      "        {",
      "            b = c;",
      "        }",
      "        return !(a == b);",
      "    }",
    ]);
  });
});
