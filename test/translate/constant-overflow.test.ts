// int and long operations on constant operands (src/translate/expressions/constant-folding.ts).
// C# evaluates them when it compiles, in a checked context (C# spec §12.8.20, §12.23), so where
// the same operation on run-time values wraps, on constants it does not compile: mcs says CS0220
// ("The operation overflows at compile time in checked mode"), CS0020 ("Division by constant
// zero") or CS0221 ("Constant value ... cannot be converted"). Each refused shape below is one of
// those errors in mcs (checked by compiling its C# by hand); the translator refuses it with
// APIM1023, located at the operation. The near misses (a constant operation that fits, the same
// operation on a run-time operand, in double, in long) are accepted and run in both languages.
import { beforeAll, describe, expect, it } from "vitest";
import {
  describeConformance,
  runBatch,
  type BatchReport,
} from "../../harness/conformance/index.ts";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

const DECLARATIONS = `
  const BIG = 3037000500;
  const M = 2147483647;
  const MIN: int = -2147483648;
  const MIN_LONG = -2147483648;
  const ZERO = 0;
  const FLAG = true;
  function twice(x: int): int { return x + x; }
`;

const INT_HINT =
  "to compute in long, write an operand 'as long'; or write the value you mean as a literal. C# wraps only operations on values known at run time";
const LONG_HINT =
  "to compute in double, write an operand 'as double'; or write the value you mean as a double literal. C# wraps only operations on values known at run time";
const ZERO_HINT =
  "the divisor is the constant 0 (at run time C# throws DivideByZeroException there); write the value you mean, or divide by a value known only at run time";
const CONVERSION_HINT = (to: string): string =>
  `keep the value in a wider type, or write the ${to} value you mean as a literal; C# converts unchecked (wrapping) only values known at run time`;
const overflows = (operation: string, exact: string, type: string): string =>
  `the constant ${type} operation ${operation} overflows: ${exact} is outside ${type}'s range, and C# evaluates an operation on constants when it compiles, in checked mode, so the C# does not compile (CS0220)`;
const converted = (from: string, value: string, to: string): string =>
  `the constant ${from} ${value} converted to ${to} is outside ${to}'s range, and C# checks a conversion of a constant when it compiles, so the C# does not compile (CS0221)`;

/** Each refused shape: the snippet, the message, the hint and the source text it underlines. */
const REFUSED: readonly {
  source: string;
  message: string;
  hint: string;
  underlined: string;
}[] = [
  // The report's case: module constants captured as long literals (3037000500L * 3037000500L).
  {
    source: "(n: long) => BIG * BIG * n",
    message: overflows("3037000500 * 3037000500", "9223372037000250000", "long"),
    hint: LONG_HINT,
    underlined: "BIG * BIG",
  },
  // Int literals written directly, and a captured int constant.
  {
    source: "(n: int) => 2147483647 + 1 + n",
    message: overflows("2147483647 + 1", "2147483648", "int"),
    hint: INT_HINT,
    underlined: "2147483647 + 1",
  },
  {
    source: "(n: int) => n - (M + 1)",
    message: overflows("2147483647 + 1", "2147483648", "int"),
    hint: INT_HINT,
    underlined: "M + 1",
  },
  // int.MaxValue is a C# constant too.
  {
    source: "(n: int) => int.MaxValue * 2 + n",
    message: overflows("2147483647 * 2", "4294967294", "int"),
    hint: INT_HINT,
    underlined: "int.MaxValue * 2",
  },
  {
    source: "(n: int) => int.MinValue - 1 + n",
    message: overflows("-2147483648 - 1", "-2147483649", "int"),
    hint: INT_HINT,
    underlined: "int.MinValue - 1",
  },
  // -int.MinValue: a captured int, and ~ feeding the negation.
  {
    source: "(n: int) => -MIN + n",
    message: overflows("-(-2147483648)", "2147483648", "int"),
    hint: INT_HINT,
    underlined: "-MIN",
  },
  {
    source: "(n: int) => n + -~M",
    message: overflows("-(-2147483648)", "2147483648", "int"),
    hint: INT_HINT,
    underlined: "-~M",
  },
  // A shift never overflows, but its constant result feeds the subtraction.
  {
    source: "(n: int) => (1 << 31) - 1 + n",
    message: overflows("-2147483648 - 1", "-2147483649", "int"),
    hint: INT_HINT,
    underlined: "(1 << 31) - 1",
  },
  // C# folds a conditional of constants (the flag is captured as `true`).
  {
    source: "(n: int) => (FLAG ? BIG : 1) * BIG + n",
    message: overflows("3037000500 * 3037000500", "9223372037000250000", "long"),
    hint: LONG_HINT,
    underlined: "(FLAG ? BIG : 1) * BIG",
  },
  // An inlined helper's parameter bound to a constant: the operation is in the helper.
  {
    source: "(n: int) => twice(M) + n",
    message: overflows("2147483647 + 2147483647", "4294967294", "int"),
    hint: INT_HINT,
    underlined: "x + x",
  },
  // Inside a block, beside a local (a `var` local is not a constant: k + 1 is accepted).
  {
    source: "(n: int) => { const k = n; return k + 1 + (M + 1); }",
    message: overflows("2147483647 + 1", "2147483648", "int"),
    hint: INT_HINT,
    underlined: "M + 1",
  },
  // A named boolean is `true` or `false` in the C# APIM compiles: each is tried.
  {
    source: '(n: long) => (namedBoolean("big-factor") ? BIG : 1) * BIG + n',
    message: `when the named value 'big-factor' is true (APIM writes it into the C# before compiling), ${overflows("3037000500 * 3037000500", "9223372037000250000", "long")}`,
    hint: LONG_HINT,
    underlined: '(namedBoolean("big-factor") ? BIG : 1) * BIG',
  },
  {
    source: '(n: int) => (namedBoolean("a") ? 0 : M) + (namedBoolean("b") ? 1 : 0) + n',
    message: `when the named values 'a' is false and 'b' is true (APIM writes them into the C# before compiling), ${overflows("2147483647 + 1", "2147483648", "int")}`,
    hint: INT_HINT,
    underlined: '(namedBoolean("a") ? 0 : M) + (namedBoolean("b") ? 1 : 0)',
  },
  // % by a constant zero, int and long (CS0020).
  {
    source: "(n: int) => 5 % ZERO + n",
    message:
      'the constant int operation 5 % 0 divides by the constant 0, which C# refuses to compile (CS0020, "Division by constant zero")',
    hint: ZERO_HINT,
    underlined: "5 % ZERO",
  },
  {
    source: "(n: long) => n + BIG % 0",
    message:
      'the constant long operation 3037000500 % 0 divides by the constant 0, which C# refuses to compile (CS0020, "Division by constant zero")',
    hint: ZERO_HINT,
    underlined: "BIG % 0",
  },
  // int.MinValue % -1: CS0220 in mcs (Roslyn folds it to 0).
  {
    source: "(n: int) => MIN % -1 + n",
    message:
      "the constant int operation -2147483648 % -1 overflows in mcs, which refuses to compile it (CS0220: the quotient 2147483648 is outside int's range; Roslyn folds it to 0)",
    hint: "the remainder of a division by -1 is always 0: write 0",
    underlined: "MIN % -1",
  },
  // Casts of constants outside the target type (CS0221).
  {
    source: "(n: int) => (BIG as int) + n",
    message: converted("long", "3037000500", "int"),
    hint: CONVERSION_HINT("int"),
    underlined: "BIG as int",
  },
  // mcs compares the double itself with int's range before truncating (Roslyn would accept it).
  {
    source: "(n: int) => (2147483647.5 as int) + n",
    message: converted("double", "2147483647.5", "int"),
    hint: CONVERSION_HINT("int"),
    underlined: "2147483647.5 as int",
  },
  // 2^63: Roslyn refuses it (mcs lets it through, as long.MinValue).
  {
    source: "(n: long) => (9223372036854775808.0 as long) + n",
    message: converted("double", "9223372036854776000", "long"),
    hint: CONVERSION_HINT("long"),
    underlined: "9223372036854775808.0 as long",
  },
  // 0.0 / 0 is NaN, which no integer type holds.
  {
    source: "(n: int) => ((ZERO / ZERO) as int) + n",
    message: converted("double", "NaN", "int"),
    hint: CONVERSION_HINT("int"),
    underlined: "(ZERO / ZERO) as int",
  },
];

describeConformance("constant overflow", (t) => {
  t.declare(DECLARATIONS);
  for (const { source, message } of REFUSED)
    t.expression(source).expectDiagnostic("APIM1023", message);

  // Near misses. A constant operation that fits compiles; the same operation on a run-time
  // operand wraps in both (the second input).
  t.expression("(n: int) => M - 1 + 1 + n")
    .withInputs([0], [1], [-5])
    .expectCSharp("@(2147483647 - 1 + 1 + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => M + n")
    .withInputs([0], [1], [INT_MIN])
    .expectCSharp("@(2147483647 + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => n * BIG * BIG")
    .withInputs([0], [1], [-3])
    .expectCSharp("@(n * 3037000500L * 3037000500L)")
    .expectSameInCSharp();
  t.expression("(n: int) => { const k = M; return k + 1 + n; }")
    .withInputs([0], [5])
    .expectCSharp("@{\n    var k = 2147483647;\n    return k + 1 + n;\n}")
    .expectSameInCSharp();
  // In double, and in long (where the int operation would overflow).
  t.expression("(n: double) => (BIG as double) * BIG + n")
    .withInputs([0], [1e19])
    .expectCSharp("@((double)3037000500L * 3037000500L + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => (M as long) + 1 + n")
    .withInputs([0], [-2147483648])
    .expectCSharp("@((long)2147483647 + 1 + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => BIG * 3 + n")
    .withInputs([0], [1])
    .expectCSharp("@(3037000500L * 3 + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => -MIN_LONG + n")
    .withInputs([0], [1])
    .expectCSharp("@(-(-2147483648L) + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => (FLAG ? 1 : BIG) * BIG + n")
    .withInputs([0], [1])
    .expectCSharp("@((true ? 1 : 3037000500L) * 3037000500L + n)")
    .expectSameInCSharp();
  // `/` is real division: MinValue / -1 and a division by the constant 0 are doubles.
  t.expression("(n: int) => MIN / -1 + n")
    .withInputs([0], [1])
    .expectCSharp("@((double)-2147483648 / -1 + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => (M / ZERO > 0) === n > 0")
    .withInputs([0], [INT_MAX])
    .expectCSharp("@((double)2147483647 / 0 > 0 == n > 0)")
    .expectSameInCSharp();
  // % by -1 of anything but MinValue is 0; 1 << 31 is int.MinValue; a cast that fits.
  t.expression("(n: int) => M % -1 + n")
    .withInputs([0], [3])
    .expectCSharp("@(2147483647 % -1 + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => (1 << 31) + n")
    .withInputs([0], [-1])
    .expectCSharp("@((1 << 31) + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => (2147483647.0 as int) + n")
    .withInputs([0], [1])
    .expectCSharp("@((int)2147483647.0 + n)")
    .expectSameInCSharp();
  // No value of the named boolean makes it overflow (it runs with configuration only).
  t.expression('(n: long) => (namedBoolean("small-factor") ? 1 : 2) * BIG + n').expectTranslation(
    "@(({{small-factor}} ? 1 : 2) * 3037000500L + n)",
  );
  t.expression("(n: int) => (M as long as int) + n")
    .withInputs([0], [1])
    .expectCSharp("@((int)(long)2147483647 + n)")
    .expectSameInCSharp();
});

/** The source text a formatted diagnostic's code frame underlines with `~`. */
function underlined(formatted: string): string | undefined {
  const lines = formatted.split("\n");
  const marks = lines.findIndex((line) => /^\s*\|\s*~+$/.test(line));
  if (marks < 1) return undefined;
  const start = lines[marks]!.indexOf("~");
  return lines[marks - 1]!.slice(start, lines[marks]!.lastIndexOf("~") + 1);
}

describe("constant overflow: one located diagnostic per refused shape", () => {
  let report: BatchReport;
  beforeAll(async () => {
    report = await runBatch(
      "constant-overflow-locations",
      REFUSED.map(({ source }, index) => ({ id: `refused-${index}`, source })),
      { declarations: DECLARATIONS },
    );
  }, 120_000);

  for (const [index, { source, message, hint, underlined: text }] of REFUSED.entries()) {
    it(source, () => {
      const result = report.results.find((r) => r.id === `refused-${index}`)!;
      expect(result.refusals).toEqual([{ code: "APIM1023", message, hint }]);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatch(/:\d+:\d+ error APIM1023: /);
      expect(underlined(result.diagnostics[0]!)).toBe(text);
    });
  }
});
