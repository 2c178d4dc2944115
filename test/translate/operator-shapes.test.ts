// The operators the translator accepts (src/translate/expressions/operators.ts), each with its exact
// C# and the same outcome in JavaScript and C# (mono) at the edges: the C# numeric type of an
// arithmetic operator (long beside int is long, a double operand makes it double, `/` on ints and
// longs is real division), negation of int.MinValue and long.MinValue (C# wraps, unchecked),
// negative literals, string '+' with a long, and Json.NET's indexer setters as statements.
// Expected values: C# specification, "Arithmetic operators" and "Unary minus operator" (integer
// negation in an unchecked context wraps; the operands' binary numeric promotion picks double,
// then long, then int), Json.NET's JObject/JArray indexers; the C# column is mono's answer.
import { describeConformance } from "../../harness/conformance/index.ts";

const LONG_MIN = -(2n ** 63n);
const BEYOND_2_53 = 2n ** 60n + 1n;

describeConformance("operator shapes", (t) => {
  // Binary numeric promotion: long beside int computes in long (no int wrap past 2^31).
  t.expression("(a: long, b: int) => a + b")
    .withInputs([9007199254740991, 2], [2147483647, 1], [-5, 3])
    .expectCSharp("@(a + b)")
    .expectSameInCSharp();
  // A double on either side computes in double: no int wrap, fractions kept.
  t.expression("(a: double, b: int) => a * b")
    .withInputs([0.5, 3], [1e10, 3], [-2.25, 2147483647])
    .expectCSharp("@(a * b)")
    .expectSameInCSharp();
  t.expression("(a: int, b: double) => a - b")
    .withInputs([2147483647, -1.5], [-2147483648, 0.25], [3, 3])
    .expectCSharp("@(a - b)")
    .expectSameInCSharp();
  // A literal with a decimal point or an exponent is a double in C# (2.0, 1e3), whatever its value.
  t.expression("(a: int) => a * 2.0 + a * 1e3")
    .withInputs([2147483647], [3], [-2147483648])
    .expectCSharp("@(a * 2.0 + a * 1e3)")
    .expectSameInCSharp();
  // `/` on doubles is C#'s own division (no cast); on longs each operand is converted as C# does.
  t.expression("(a: double, b: double) => a / b")
    .withInputs([1, 4], [-3, 0], [0, 0])
    .expectCSharp("@(a / b)")
    .expectSameInCSharp();
  t.expression("(a: long, b: long) => a / b")
    .withInputs([BEYOND_2_53, 3], [7, -2], [LONG_MIN, -1])
    .expectCSharp("@((double)a / b)")
    .expectSameInCSharp();
  // Long arithmetic wraps at 64 bits, with no cast.
  t.expression("(a: long, b: long) => a - b")
    .withInputs([LONG_MIN, 1], [BEYOND_2_53, -7], [5, 9])
    .expectCSharp("@(a - b)")
    .expectSameInCSharp();
  // A long joined to a string prints its digits in both (beyond 2^53 too).
  t.expression("(s: string, n: long) => s + n")
    .withInputs(["n=", BEYOND_2_53], ["", -1], ["x", LONG_MIN])
    .expectCSharp("@(s + n)")
    .expectSameInCSharp();

  // Negation: -int.MinValue is int.MinValue in C# (unchecked), and -long.MinValue is long.MinValue.
  t.expression("(a: int) => -a")
    .withInputs([-2147483648], [5], [0])
    .expectCSharp("@(-a)")
    .expectSameInCSharp();
  t.expression("(a: long) => -a")
    .withInputs([LONG_MIN], [BEYOND_2_53], [-3])
    .expectCSharp("@(-a)")
    .expectSameInCSharp();
  // A negative literal is printed as one literal.
  t.expression("(a: int) => a * -5 + -2147483647")
    .withInputs([1], [-429496730], [0])
    .expectCSharp("@(a * -5 + -2147483647)")
    .expectSameInCSharp();
  t.expression("(a: double) => a * -0.5")
    .withInputs([3], [-1e308])
    .expectCSharp("@(a * -0.5)")
    .expectSameInCSharp();
  // -0.0 is a double negative zero in both (an integer -0 is refused: operator-refusals.test.ts).
  t.expression("(a: double) => 1 / (a * -0.0)")
    .withInputs([1], [-1])
    .expectCSharp("@(1 / (a * -0.0))")
    .expectSameInCSharp();

  // Ordering across numeric types: C# promotes as for arithmetic (int to long or double).
  t.expression("(a: int, b: double) => a < b")
    .withInputs([1, 1.5], [2, 1.5], [-2147483648, -2147483648.5])
    .expectCSharp("@(a < b)")
    .expectSameInCSharp();
  t.expression("(a: int, b: long) => a >= b")
    .withInputs([1, BEYOND_2_53], [2147483647, 2147483647], [-1, LONG_MIN])
    .expectCSharp("@(a >= b)")
    .expectSameInCSharp();

  // `!` and a conditional on proper booleans.
  t.expression("(a: boolean, n: int) => !a ? n : -n")
    .withInputs([true, 4], [false, 4])
    .expectCSharp("@(!a ? n : -n)")
    .expectSameInCSharp();

  // Json.NET's indexer setters, each a statement: a JObject property set or appended, a JArray
  // element replaced (ArgumentOutOfRangeException past the end).
  t.expression(
    '(s: string) => { const o = JObject.Parse(s); o["a"] = new JValue(1); return o.ToString(Formatting.None); }',
  )
    .withInputs(["{}"], ['{"a":"x","b":2}'], ['{"b":null}'])
    .expectCSharp(
      '@{\n    var o = JObject.Parse(s);\n    o["a"] = new JValue(1);\n    return o.ToString(Formatting.None);\n}',
    )
    .expectSameInCSharp();
  t.expression(
    "(s: string) => { const a = JArray.Parse(s); a[0] = new JValue(true); return a.ToString(Formatting.None); }",
  )
    .withInputs(["[1,2]"], ["[]"], ['[{"x":1}]'])
    .expectCSharp(
      "@{\n    var a = JArray.Parse(s);\n    a[0] = new JValue(true);\n    return a.ToString(Formatting.None);\n}",
    )
    .expectSameInCSharp();
});
