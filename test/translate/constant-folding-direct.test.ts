// foldConstant (src/translate/expressions/constant-folding.ts) on C# syntax built by hand: the
// shapes no TypeScript snippet reaches (the translator types `long.MaxValue` nowhere, casts an
// integer `/` to double, refuses `&` on booleans, a shift by a long, `!` on a number), and the
// C# its type rules refuse (a `?:` of a bool and an int). Folding must leave those alone or
// compute them as C# does; constant-folding-values.test.ts checks the reachable shapes end to end.
import { describe, expect, it } from "vitest";
import type { CsBinaryOperator, CsExpression } from "../../src/csharp-syntax/syntax.ts";
import { foldConstant } from "../../src/translate/expressions/constant-folding.ts";

const num = (text: string): CsExpression => ({ kind: "number", text });
const bool = (value: boolean): CsExpression => ({ kind: "boolean", value });
const member = (type: string, name: string): CsExpression => ({
  kind: "member",
  target: { kind: "identifier", name: type },
  name,
});
const binary = (operator: CsBinaryOperator, left: CsExpression, right: CsExpression) =>
  ({ kind: "binary", operator, left, right }) as const;
const unary = (operator: "!" | "-" | "~", operand: CsExpression) =>
  ({ kind: "unary", operator, operand }) as const;
const cast = (type: string, operand: CsExpression) => ({ kind: "cast", type, operand }) as const;
const conditional = (condition: CsExpression, whenTrue: CsExpression, whenFalse: CsExpression) =>
  ({ kind: "conditional", condition, whenTrue, whenFalse }) as const;

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);
const overflows = (operation: string, exact: string, type: string): string =>
  `the constant ${type} operation ${operation} overflows: ${exact} is outside ${type}'s range, and C# evaluates an operation on constants when it compiles, in checked mode, so the C# does not compile (CS0220)`;

describe("foldConstant: int's and long's MaxValue and MinValue (C# spec §12.23)", () => {
  it("folds long.MaxValue and long.MinValue as longs, int.MaxValue as an int", () => {
    expect(foldConstant(member("long", "MaxValue"))).toEqual({ type: "long", value: LONG_MAX });
    expect(foldConstant(member("long", "MinValue"))).toEqual({ type: "long", value: LONG_MIN });
    expect(foldConstant(member("int", "MaxValue"))).toEqual({ type: "int", value: 2147483647n });
  });
  it("refuses long.MinValue - 1 in long, not in int", () => {
    expect(foldConstant(binary("-", member("long", "MinValue"), num("1")))).toMatchObject({
      message: overflows("-9223372036854775808 - 1", "-9223372036854775809", "long"),
    });
  });
  it("leaves other members alone: double.MaxValue, int.Parse, a member named int", () => {
    expect(foldConstant(member("double", "MaxValue"))).toBeUndefined();
    expect(foldConstant(member("int", "Parse"))).toBeUndefined();
    const nested: CsExpression = {
      kind: "member",
      target: { kind: "member", target: { kind: "identifier", name: "config" }, name: "int" },
      name: "MaxValue",
    };
    expect(foldConstant(nested)).toBeUndefined();
  });
});

describe("foldConstant: integer literals (C# spec §6.4.5.3)", () => {
  it("reads an L literal up to long.MaxValue; beyond it (a ulong) is no long", () => {
    expect(foldConstant(num("9223372036854775807L"))).toEqual({ type: "long", value: LONG_MAX });
    expect(foldConstant(num("9223372036854775808L"))).toBeUndefined();
  });
  it("reads an unsuffixed literal as an int only within int's range", () => {
    expect(foldConstant(num("2147483648"))).toBeUndefined();
    expect(foldConstant(num("-2147483649"))).toBeUndefined();
    expect(foldConstant(num("-2147483648"))).toEqual({ type: "int", value: -2147483648n });
  });
});

describe("foldConstant: boolean logical operators & | ^ (C# spec §12.13.4)", () => {
  const cases: readonly [CsBinaryOperator, boolean, boolean, boolean][] = [
    ["&", true, true, true],
    ["&", true, false, false],
    ["|", true, true, true],
    ["|", true, false, true],
    ["|", false, false, false],
    ["^", true, true, false],
    ["^", true, false, true],
  ];
  for (const [operator, left, right, value] of cases)
    it(`${left} ${operator} ${right} is ${value}`, () => {
      expect(foldConstant(binary(operator, bool(left), bool(right)))).toEqual({
        type: "bool",
        value,
      });
    });
});

describe("foldConstant: integer / (the translator casts an operand to double first)", () => {
  it("truncates toward zero (C# spec §12.10.3)", () => {
    expect(foldConstant(binary("/", num("7"), num("-2")))).toEqual({ type: "int", value: -3n });
    expect(foldConstant(binary("/", num("-7L"), num("2")))).toEqual({ type: "long", value: -3n });
  });
  it("refuses a division by the constant 0 (CS0020) and int.MinValue / -1 (CS0220)", () => {
    expect(foldConstant(binary("/", num("1"), num("0")))).toMatchObject({
      message:
        'the constant int operation 1 / 0 divides by the constant 0, which C# refuses to compile (CS0020, "Division by constant zero")',
    });
    expect(foldConstant(binary("/", member("int", "MinValue"), num("-1")))).toMatchObject({
      message: overflows("-2147483648 / -1", "2147483648", "int"),
    });
  });
});

describe("foldConstant: a refusal inside is the whole expression's (C# spec §12.23)", () => {
  const refused = binary("+", num("2147483647"), num("1"));
  const message = overflows("2147483647 + 1", "2147483648", "int");
  it("beside an operand known only at run time", () => {
    expect(foldConstant(binary("*", refused, { kind: "identifier", name: "n" }))).toMatchObject({
      message,
    });
  });
  it("in the branch of a constant ?: that is not taken", () => {
    expect(foldConstant(conditional(bool(true), num("1"), refused))).toMatchObject({ message });
  });
});

describe("foldConstant: operands of types C# does not combine are not constants", () => {
  // Each is a compile error in C# (CS0019, CS0023, CS0030, CS0173) or refused by the translator.
  const cases: readonly [string, CsExpression][] = [
    ["1 == true", binary("==", num("1"), bool(true))],
    ["true == 1", binary("==", bool(true), num("1"))],
    ["1 + true", binary("+", num("1"), bool(true))],
    ["true ? 1 : true", conditional(bool(true), num("1"), bool(true))],
    ["false ? true : 1", conditional(bool(false), bool(true), num("1"))],
    ["1 ? 2 : 3", conditional(num("1"), num("2"), num("3"))],
    ["!1", unary("!", num("1"))],
    ["-true", unary("-", bool(true))],
    ["~true", unary("~", bool(true))],
    ["~1.5", unary("~", num("1.5"))],
    ["true << 1", binary("<<", bool(true), num("1"))],
    ["1.5 << 1", binary("<<", num("1.5"), num("1"))],
    ["1 << 2L", binary("<<", num("1"), num("2L"))],
    ["(int)true", cast("int", bool(true))],
    ["(double)true", cast("double", bool(true))],
    ["(object)1", cast("object", num("1"))],
  ];
  for (const [text, expression] of cases)
    it(text, () => {
      expect(foldConstant(expression)).toBeUndefined();
    });
  it("an int beside a double is a double (C# spec §12.4.7.3)", () => {
    expect(foldConstant(binary("*", num("2"), num("1.5")))).toEqual({ type: "double", value: 3 });
  });
});
