// The C# numeric type the translator gives a number expression (src/translate/numeric.ts), seen
// where it changes what the user gets: integer literals (hex, binary, octal, with `_`) are ints or
// longs by value, `indexOf` is an int, a conditional has its branches' type, a local has its
// initializer's, and an int bound to a long or double local or helper parameter is converted
// where it is bound, so the C# name has the declared type (`var d = n` would stay an int and wrap).
// Expected values: C# specification, "Integer literals" (an integer literal's type is the first
// of int, uint, long, ulong that holds it), "Arithmetic operators" (binary numeric promotion;
// int and long arithmetic wraps in an unchecked context), "Conditional operator" (the type of
// `c ? x : y` is x's and y's best common type), .NET's String.IndexOf(String, StringComparison)
// returns Int32 (learn.microsoft.com, "String.IndexOf Method"); the C# column is mono's answer.
import { describeConformance } from "../../harness/conformance/index.ts";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

describeConformance("numeric kinds", (t) => {
  t.declare(`
    function tripled(x: long): long { return x * 3; }
    function quarter(x: double): double { return x / 4; }
    function twice(x: int): int { return x * 2; }
    const measures = { ratio: (s: string) => 1 / (s.length + 3) };
    namespace Limits { export const big = 3000000000; }
  `);

  // Integer literals in every base, with separators: C# types each by its value (int here), so
  // the product wraps at 32 bits in both.
  t.expression("(n: int) => { const k = 0x7FFF_FFFF; return k + n; }")
    .withInputs([1], [-1], [INT_MIN])
    .expectCSharp("@{\n    var k = 0x7FFFFFFF;\n    return k + n;\n}")
    .expectSameInCSharp();
  t.expression("(n: int) => n * 0b1010 + n * 0o17 + n * 0x1E")
    .withInputs([3], [INT_MAX], [-100000000])
    .expectCSharp("@(n * 10 + n * 15 + n * 0x1E)")
    .expectSameInCSharp();
  // A literal with `_` and a point is a double; one beyond int's range is a long (`L`).
  t.expression("(n: int) => { const k = 1_000.5; return k * n; }")
    .withInputs([2], [INT_MAX], [-3])
    .expectCSharp("@{\n    var k = 1000.5;\n    return k * n;\n}")
    .expectSameInCSharp();
  t.expression("(n: int) => { const k = 3_000_000_000; return k * n; }")
    .withInputs([2], [INT_MAX], [-4])
    .expectCSharp("@{\n    var k = 3000000000L;\n    return k * n;\n}")
    .expectSameInCSharp();

  // String.IndexOf returns an Int32: arithmetic on it is int arithmetic, and it joins a string
  // as its digits.
  t.expression('(s: string) => s.indexOf("a") * 3 + 1')
    .withInputs(["xya"], ["b"], ["a"])
    .expectCSharp('@(s.IndexOf("a", StringComparison.Ordinal) * 3 + 1)')
    .expectSameInCSharp();
  t.expression('(s: string) => "at " + s.indexOf("a")')
    .withInputs(["xya"], ["b"])
    .expectCSharp('@("at " + s.IndexOf("a", StringComparison.Ordinal))')
    .expectSameInCSharp();
  // lastIndexOf has no mapping: the user is told so, not that its result's C# type is unknown.
  t.expression('(s: string) => "at " + s.lastIndexOf("a")').expectDiagnostic(
    "APIM1002",
    "'String.prototype.lastIndexOf' has no exact C# equivalent",
  );
  // Another call's number (a helper's double, through an object) is not taken for an int:
  // joined to a string, C# would print it with other digits than JavaScript.
  t.expression('(s: string) => "r=" + measures.ratio(s)').expectDiagnostic(
    "APIM1008",
    "is a number C# may format differently",
  );

  // A conditional of int literals is an int, of an int and a double a double.
  t.expression("(b: boolean, n: int) => (b ? 3 : 2) * n")
    .withInputs([true, 1000000000], [false, INT_MAX], [true, -5])
    .expectCSharp("@((b ? 3 : 2) * n)")
    .expectSameInCSharp();
  t.expression("(b: boolean, n: int) => (b ? 1 : 2.5) * n")
    .withInputs([true, INT_MAX], [false, INT_MAX], [false, -3])
    .expectCSharp("@((b ? 1 : 2.5) * n)")
    .expectSameInCSharp();

  // JavaScript's unary plus converts any value to a number and is refused; its result has no
  // C# type the translator knows, so arithmetic on it is refused as well.
  t.expression("(n: int) => +n * 2").expectDiagnostic("APIM1001", "the prefix '+' operator");
  t.expression("(n: int) => +n * 2").expectDiagnostic(
    "APIM1013",
    "'*' on values whose C# numeric type is unknown",
  );
  // Unary minus and ~ keep their operand's type: -n * 3 wraps as an int product.
  t.expression("(n: int) => -n * 3 + ~n * 3")
    .withInputs([INT_MAX], [INT_MIN], [7])
    .expectCSharp("@(-n * 3 + ~n * 3)")
    .expectSameInCSharp();

  // An int bound to a long or double local is converted there, so the local's arithmetic is in
  // the declared type (no 32-bit wrap, real division); to an int local it is bound as is.
  t.expression("(n: int) => { const d: long = n; return d * 3; }")
    .withInputs([INT_MAX], [INT_MIN], [5])
    .expectCSharp("@{\n    var d = (long)n;\n    return d * 3;\n}")
    .expectSameInCSharp();
  t.expression("(n: int) => { const d: double = n; return d * n; }")
    .withInputs([INT_MAX], [INT_MIN], [-3])
    .expectCSharp("@{\n    var d = (double)n;\n    return d * n;\n}")
    .expectSameInCSharp();
  t.expression("(n: int) => { const d: int = n; return d * 3; }")
    .withInputs([INT_MAX], [4])
    .expectCSharp("@{\n    var d = n;\n    return d * 3;\n}")
    .expectSameInCSharp();
  // The same for a helper's parameter.
  t.expression("(n: int) => tripled(n)")
    .withInputs([INT_MAX], [INT_MIN], [2])
    .expectCSharp("@((long)n * 3)")
    .expectSameInCSharp();
  t.expression("(n: int) => quarter(n)")
    .withInputs([7], [INT_MAX], [-2])
    .expectCSharp("@((double)n / 4)")
    .expectSameInCSharp();
  t.expression("(n: int) => twice(n)")
    .withInputs([INT_MAX], [3])
    .expectCSharp("@(n * 2)")
    .expectSameInCSharp();
  // A local's type is its initializer's, but a namespace's constant is read at build time and
  // printed as a double literal (3000000000.0): its C# type is not the initializer's long, and
  // arithmetic on it is refused (taking it for a long, the translator would announce long
  // arithmetic where C# computes in double: the cross-check reports that divergence).
  t.expression("(n: int) => Limits.big * n").expectDiagnostic(
    "APIM1013",
    "'*' on values whose C# numeric type is unknown",
  );
});
