// The values C#'s constant folding computes (src/translate/expressions/constant-folding.ts), seen
// through what decides an APIM1023: a constant `?:` whose condition is a constant comparison or
// boolean operation (C# spec §12.23, "Constant expressions", folds them all), the int, long and
// double operations whose result feeds a checked operation or a conversion, and the conversion
// edge cases. Each refusal's message carries the values the folding computed, so a wrong value
// changes the message or the verdict; each near miss is compiled and run in C# by the
// cross-check (mcs) beside the JavaScript. constant-overflow.test.ts holds the refused shapes.
import { describeConformance } from "../../harness/conformance/index.ts";

const DECLARATIONS = `
  const BIG = 3037000500;
  const M = 2147483647;
  const MIN: int = -2147483648;
  const MIN_LONG = -2147483648;
  const FLAG = true;
  const ON = true as boolean;
  const OFF = false as boolean;
  const HALF = 0.5;
`;

const overflows = (operation: string, exact: string, type: string): string =>
  `the constant ${type} operation ${operation} overflows: ${exact} is outside ${type}'s range, and C# evaluates an operation on constants when it compiles, in checked mode, so the C# does not compile (CS0220)`;
const converted = (from: string, value: string, to: string): string =>
  `the constant ${from} ${value} converted to ${to} is outside ${to}'s range, and C# checks a conversion of a constant when it compiles, so the C# does not compile (CS0221)`;
const named = (when: string, message: string): string =>
  `when the named ${when.includes(" and ") ? "values" : "value"} ${when} (APIM writes ${when.includes(" and ") ? "them" : "it"} into the C# before compiling), ${message}`;
const BIG_SQUARED = overflows("3037000500 * 3037000500", "9223372037000250000", "long");
const INT_PLUS_ONE = overflows("2147483647 + 1", "2147483648", "int");

/**
 * Constant conditions (TypeScript, their C#, their value). In `(condition ? BIG : 1) * BIG` the
 * product overflows long only when the condition is true: C# folds the condition (§12.23) and
 * then refuses (CS0220); when it is false, BIG is only in the branch not taken, which C# accepts.
 */
const CONDITIONS: readonly (readonly [string, string, boolean])[] = [
  // §12.12.2, "Integer comparison operators": int, long, and an int beside a long.
  ["1 < 2", "1 < 2", true],
  ["BIG < BIG", "3037000500L < 3037000500L", false],
  ["BIG > M", "3037000500L > 2147483647", true],
  ["M > M", "2147483647 > 2147483647", false],
  ["M <= M", "2147483647 <= 2147483647", true],
  ["BIG <= M", "3037000500L <= 2147483647", false],
  ["BIG >= BIG", "3037000500L >= 3037000500L", true],
  ["M >= BIG", "2147483647 >= 3037000500L", false],
  ["M === M", "2147483647 == 2147483647", true],
  ["M === MIN", "2147483647 == -2147483648", false],
  ["M !== MIN", "2147483647 != -2147483648", true],
  ["M !== M", "2147483647 != 2147483647", false],
  // §12.12.3, "Floating-point comparison operators", on folded double operations (§12.10).
  ["1.5 * 2 > 2.5", "1.5 * 2 > 2.5", true],
  ["-HALF < 0", "-0.5 < 0", true],
  ["HALF * 2 === 1", "0.5 * 2 == 1", true],
  ["HALF < -HALF", "0.5 < -0.5", false],
  [".25 < 1", ".25 < 1", true],
  // §12.12.5, "Boolean equality operators"; §12.14, "Conditional logical operators"; §12.9.4,
  // "Logical negation operator"; a conditional of booleans (§12.18) as the condition.
  ["ON === ON", "true == true", true],
  ["ON === OFF", "true == false", false],
  ["ON !== OFF", "true != false", true],
  ["ON !== ON", "true != true", false],
  ["ON && ON", "true && true", true],
  ["ON && OFF", "true && false", false],
  ["OFF || ON", "false || true", true],
  ["OFF || OFF", "false || false", false],
  ["!OFF", "!false", true],
  ["!ON", "!true", false],
  ["(ON ? true : false)", "(true ? true : false)", true],
  ["(ON ? false : true)", "(true ? false : true)", false],
];

/** Refused: the snippet and the message (the values computed on the way). */
const REFUSED: readonly (readonly [string, string])[] = [
  // §12.10.4, "Remainder operator": 2147483647 % 10 is 7, and -7 % 3 is -1 (the dividend's sign).
  ["(n: int) => M - M % 10 + 10 + n", overflows("2147483640 + 10", "2147483650", "int")],
  ["(n: int) => MIN + -7 % 3 + n", overflows("-2147483648 + -1", "-2147483649", "int")],
  // MIN_LONG * 2^32 is long.MinValue exactly (it fits); one less does not.
  [
    "(n: long) => MIN_LONG * 4294967296 - 1 + n",
    overflows("-9223372036854775808 - 1", "-9223372036854775809", "long"),
  ],
  // §12.11, "Shift operators": >> is arithmetic; §12.13.2, "Integer logical operators".
  ["(n: int) => (M >> 1) * 2 + 2 + n", overflows("2147483646 + 2", "2147483648", "int")],
  ["(n: int) => (M & -1) + 1 + n", INT_PLUS_ONE],
  ["(n: int) => (M | 1) + 1 + n", INT_PLUS_ONE],
  ["(n: int) => (0x7FFFFFF0 ^ 0xF) + 1 + n", INT_PLUS_ONE],
  ["(n: int) => -int.MinValue + n", overflows("-(-2147483648)", "2147483648", "int")],
  // C# folds every constant subexpression, in the branch not taken too (§12.23).
  ["(n: int) => (FLAG ? 1 : M + 1) * 2 + n", INT_PLUS_ONE],
  // Named booleans: each value is tried, false first; the message says which refuses.
  ['(n: long) => (namedBoolean("f") ? 1 : BIG) * BIG + n', named("'f' is false", BIG_SQUARED)],
  ['(n: long) => (!namedBoolean("g") ? BIG : 1) * BIG + n', named("'g' is false", BIG_SQUARED)],
  [
    '(n: int) => ((namedBoolean("h") ? BIG : 1) as int) + n',
    named("'h' is true", converted("long", "3037000500", "int")),
  ],
  [
    '(n: int) => (namedBoolean("a") ? 1 : 0) + (namedBoolean("b") ? 1 : 0) + (namedBoolean("c") ? 1 : 0) + (namedBoolean("d") ? M : 0) + n',
    named(
      "'a' is true and 'b' is false and 'c' is false and 'd' is true",
      overflows("1 + 2147483647", "2147483648", "int"),
    ),
  ],
  // Double operations (§12.10: IEEE 754, never refused) whose value a conversion refuses
  // (§10.3.2, "Explicit numeric conversions", in mcs: the double itself must be in range).
  ["(n: int) => ((HALF + 2147483647) as int) + n", converted("double", "2147483647.5", "int")],
  ["(n: int) => ((HALF - 2147483650) as int) + n", converted("double", "-2147483649.5", "int")],
  ["(n: int) => ((HALF * 4294967296) as int) + n", converted("double", "2147483648", "int")],
  ["(n: int) => ((M / HALF) as int) + n", converted("double", "4294967294", "int")],
  [
    "(n: int) => ((6442450944.5 % 4294967296) as int) + n",
    converted("double", "2147483648.5", "int"),
  ],
  // A double's remainder has the dividend's sign too (§12.10.4).
  [
    "(n: int) => ((-6442450945.5 % 4294967296) as int) + n",
    converted("double", "-2147483649.5", "int"),
  ],
  ["(n: long) => ((1e308 * 10) as long) + n", converted("double", "Infinity", "long")],
  ["(n: int) => ((-(1e308 * 10)) as int) + n", converted("double", "-Infinity", "int")],
  // Just outside int's and long's range; the literals as the translator prints them.
  ["(n: int) => (-2147483649.0 as int) + n", converted("double", "-2147483649", "int")],
  ["(n: int) => (-2147483649.5 as int) + n", converted("double", "-2147483649.5", "int")],
  ["(n: int) => (2147483648.25 as int) + n", converted("double", "2147483648.25", "int")],
  ["(n: int) => (-2147483649 as int) + n", converted("long", "-2147483649", "int")],
  ["(n: long) => (1e21 as long) + n", converted("double", "1e+21", "long")],
  ["(n: long) => (1e+21 as long) + n", converted("double", "1e+21", "long")],
  [
    "(n: long) => (-9223372036854777856.0 as long) + n",
    converted("double", "-9223372036854778000", "long"),
  ],
];

describeConformance("constant folding values", (t) => {
  t.declare(DECLARATIONS);
  for (const [condition, csharp, value] of CONDITIONS) {
    const source = `(n: long) => (${condition} ? BIG : 1) * BIG + n`;
    if (value) t.expression(source).expectDiagnostic("APIM1023", BIG_SQUARED);
    else
      t.expression(source)
        .withInputs([0], [1])
        .expectCSharp(`@((${csharp} ? 3037000500L : 1) * 3037000500L + n)`)
        .expectSameInCSharp();
  }
  for (const [source, message] of REFUSED)
    t.expression(source).expectDiagnostic("APIM1023", message);

  // Near misses: exactly at the range's end, and the operations refused above with a value that fits.
  t.expression("(n: int) => -2147483647 - 1 + n")
    .withInputs([0], [1])
    .expectCSharp("@(-2147483647 - 1 + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => MIN_LONG * 4294967296 + n")
    .withInputs([0], [1])
    .expectCSharp("@(-2147483648L * 4294967296L + n)")
    .expectSameInCSharp();
  // Only int.MinValue % -1 is refused: int.MinValue % 3 is -2.
  t.expression("(n: int) => MIN % 3 + n")
    .withInputs([0], [1])
    .expectCSharp("@(-2147483648 % 3 + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => (-2147483648.0 as int) + n")
    .withInputs([0], [1])
    .expectCSharp("@((int)-2147483648.0 + n)")
    .expectSameInCSharp();
  // A negative fraction inside the range truncates toward zero (§10.3.2).
  t.expression("(n: int) => (-2147483647.5 as int) + n")
    .withInputs([0], [-2])
    .expectCSharp("@((int)-2147483647.5 + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => ((HALF + 2147483646) as int) + n")
    .withInputs([0], [2])
    .expectCSharp("@((int)(0.5 + 2147483646) + n)")
    .expectSameInCSharp();
  t.expression("(n: int) => (MIN_LONG as int) + n")
    .withInputs([0], [-1])
    .expectCSharp("@((int)-2147483648L + n)")
    .expectSameInCSharp();
  t.expression("(n: long) => (-9223372036854775808.0 as long) + n")
    .withInputs([0], [1])
    .expectCSharp("@((long)-9223372036854775808.0 + n)")
    .expectSameInCSharp();
  // Five named booleans in one operation are not tried (MOST_NAMED_BOOLEANS, 2^n foldings):
  // with 'e' true and another true this would overflow, and is accepted.
  t.expression(
    '(n: int) => (namedBoolean("a") ? 1 : 0) + (namedBoolean("b") ? 1 : 0) + (namedBoolean("c") ? 1 : 0) + (namedBoolean("d") ? 1 : 0) + (namedBoolean("e") ? M : 0) + n',
  ).expectTranslation(
    "@(({{a}} ? 1 : 0) + ({{b}} ? 1 : 0) + ({{c}} ? 1 : 0) + ({{d}} ? 1 : 0) + ({{e}} ? 2147483647 : 0) + n)",
  );
});
