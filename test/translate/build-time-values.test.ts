// Build-time values written as C# literals (src/translate/build-time.ts): numbers at the edges of
// int, doubles, null, booleans, byte arrays and arrays of one primitive type, each printed and
// run both ways; and the captures that have no C# literal, refused with what to write instead.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("build-time values as C# literals", (t) => {
  t.declare(`
    const INT_MIN = -2147483648;
    const INT_MAX = 2147483647;
    const BELOW_INT = -2147483649;
    const ABOVE_INT = 2147483648;
    const NEGATIVE_ZERO = -0.0;
    const INT_NEGATIVE_ZERO = -0;
    const NOT_AN_INT: int = 2 ** 31;
    const UNSAFE_LONG: long = 2 ** 60;
    const HALF_LONG: long = 0.5;
    const TRUNCATED_LONG: long = 2.5 as long;
    const HALF = 0.5;
    const HUGE = 1e21;
    const NOT_A_NUMBER = NaN;
    const INFINITE = Infinity;
    const NOTHING = null;
    const MISSING = undefined;
    const YES = true;
    const BYTES = new Uint8Array([0, 127, 255]);
    const NAMES = ["a", null];
    const FLAGS = [true];
    const INTS = [-2147483648, 0, 2147483647];
    const BIG_INTS = [1, 2147483648];
    const DOUBLES = [1, 0.5];
    const WIDE_DOUBLES = [1e21, -0, 0.25];
    const TWO: double = 2;
    const FIVE: long = 5;
    const BIG_PRODUCT = 2 ** 31;
    const SMALLEST_INT = -(2 ** 31);
    const MIXED = [1, "a"];
    const NUMBERS_AND_NULL = [1, null];
    const BOOLEANS_AND_NUMBERS = [true, 1];
    const BAD_DOUBLES = [0.5, NaN];
    const FUNCTION = (s: string) => s;
    const OBJECT = { a: 1 };
  `);
  t.expression("(x: int) => x === INT_MIN")
    .withInputs([-2147483648], [-2147483647], [0])
    .expectCSharp("@(x == -2147483648L)")
    .expectSameInCSharp();
  t.expression("(x: int) => x === INT_MAX")
    .withInputs([2147483647], [2147483646], [0])
    .expectCSharp("@(x == 2147483647)")
    .expectSameInCSharp();
  t.expression("(x: long) => x === BELOW_INT")
    .withInputs([-2147483649], [-2147483648])
    .expectCSharp("@(x == -2147483649L)")
    .expectSameInCSharp();
  t.expression("(x: long) => x === ABOVE_INT")
    .withInputs([2147483648], [2147483647])
    .expectCSharp("@(x == 2147483648L)")
    .expectSameInCSharp();
  t.expression("(x: double) => x / NEGATIVE_ZERO < 0")
    .withInputs([1], [-1])
    .expectCSharp("@(x / -0.0 < 0)")
    .expectSameInCSharp();
  t.expression("(x: double) => x / INT_NEGATIVE_ZERO < 0").expectDiagnostic(
    "APIM1009",
    "'INT_NEGATIVE_ZERO' is -0, which is not a C# int",
  );
  t.expression("(x: int) => x === NOT_AN_INT").expectDiagnostic(
    "APIM1009",
    "'NOT_AN_INT' is 2147483648, which is not a C# int",
  );
  // A long-typed name holding a fraction is refused; `as long` is C#'s cast, which the module
  // itself runs when it is loaded (castValue truncates toward zero), so the name holds 2.
  t.expression("(x: long) => x === HALF_LONG").expectDiagnostic(
    "APIM1009",
    "'HALF_LONG' is 0.5, which is not a C# long",
  );
  t.expression("(x: long) => x === TRUNCATED_LONG")
    .withInputs([2], [3])
    .expectCSharp("@(x == 2L)")
    .expectSameInCSharp();
  t.expression("(x: long) => x === UNSAFE_LONG").expectDiagnostic(
    "APIM1009",
    "a long beyond 2^53 - 1 is not exact in JavaScript",
  );
  t.expression("(x: double) => x < HALF")
    .withInputs([0], [1])
    .expectCSharp("@(x < 0.5)")
    .expectSameInCSharp();
  t.expression("(x: double) => x < HUGE")
    .withInputs([0], [1e22])
    .expectCSharp("@(x < 1e+21)")
    .expectSameInCSharp();
  t.expression("(x: number) => x < NOT_A_NUMBER").expectDiagnostic(
    "APIM1009",
    "'NOT_A_NUMBER' is NaN, which has no C# literal in a policy expression",
  );
  t.expression("(x: number) => x < INFINITE").expectDiagnostic(
    "APIM1009",
    "'INFINITE' is Infinity, which has no C# literal in a policy expression",
  );
  t.expression("(x: number) => x > -INFINITE").expectDiagnostic(
    "APIM1009",
    "give it a finite number (NaN and the infinities have no literal)",
  );
  t.expression('(s: string) => s ?? NOTHING ?? "none"')
    .withInputs(["a"], [null])
    .expectCSharp('@((s ?? null) ?? "none")')
    .expectSameInCSharp();
  t.expression('(s: string) => s ?? MISSING ?? "none"')
    .withInputs(["a"], [null])
    .expectCSharp('@((s ?? null) ?? "none")')
    .expectSameInCSharp();
  t.expression("(b: boolean) => b === YES")
    .withInputs([true], [false])
    .expectCSharp("@(b == true)")
    .expectSameInCSharp();
  t.expression("(s: string) => s === Convert.ToBase64String(BYTES)")
    .withInputs(["AH//"], ["AAAA"])
    .expectCSharp("@(s == Convert.ToBase64String(new byte[] { 0, 127, 255 }))")
    .expectSameInCSharp();
  t.expression("(s: string) => NAMES.includes(s)")
    .withInputs(["a"], ["b"])
    .expectCSharp('@(new string[] { "a", null }.Contains(s))')
    .expectSameInCSharp();
  t.expression("(b: boolean) => FLAGS.includes(b)")
    .withInputs([true], [false])
    .expectCSharp("@(new bool[] { true }.Contains(b))")
    .expectSameInCSharp();
  t.expression("(x: int) => INTS.includes(x)")
    .withInputs([-2147483648], [2147483647], [1])
    .expectCSharp("@(new int[] { -2147483648, 0, 2147483647 }.Contains(x))")
    .expectSameInCSharp();
  t.expression("(x: double) => BIG_INTS.includes(x)")
    .withInputs([1], [2147483648], [2])
    .expectCSharp("@(new double[] { 1.0, 2147483648.0 }.Contains(x))")
    .expectSameInCSharp();
  t.expression("(x: double) => DOUBLES.includes(x)")
    .withInputs([1], [0.5], [2])
    .expectCSharp("@(new double[] { 1.0, 0.5 }.Contains(x))")
    .expectSameInCSharp();
  t.expression("(x: double) => WIDE_DOUBLES.includes(x)")
    .withInputs([1e21], [0], [0.25], [1])
    .expectCSharp("@(new double[] { 1e+21, -0.0, 0.25 }.Contains(x))")
    .expectSameInCSharp("a double array keeps exponents and the sign of -0");
  t.expression("(x: int) => x * TWO")
    .withInputs([2147483647], [1])
    .expectCSharp("@(x * 2.0)")
    .expectSameInCSharp("a constant declared double is a double literal (no int overflow)");
  t.expression("(x: int) => x * FIVE")
    .withInputs([2147483647], [1])
    .expectCSharp("@(x * 5L)")
    .expectSameInCSharp("a constant declared long is a long literal");
  t.expression("(x: int) => x === SMALLEST_INT")
    .withInputs([-2147483648], [-2147483647])
    .expectCSharp("@(x == -2147483648)")
    .expectSameInCSharp(
      "a computed int.MinValue is an int (C# spec 6.4.5.3: -2147483648 is an int)",
    );
  t.expression("(x: double) => x === BIG_PRODUCT")
    .withInputs([2147483648], [1])
    .expectCSharp("@(x == 2147483648.0)")
    .expectSameInCSharp("a computed integer beyond int is a double");
  t.expression("(x: number) => MIXED.includes(x)").expectDiagnostic(
    "APIM1009",
    "'MIXED' is an array whose elements are not all strings, booleans or numbers",
  );
  t.expression("(x: number) => NUMBERS_AND_NULL.includes(x)").expectDiagnostic(
    "APIM1009",
    "inline arrays of one primitive type only",
  );
  t.expression("(x: number) => BOOLEANS_AND_NUMBERS.includes(x)").expectDiagnostic(
    "APIM1009",
    "'BOOLEANS_AND_NUMBERS' is an array",
  );
  t.expression("(x: number) => BAD_DOUBLES.includes(x)").expectDiagnostic(
    "APIM1009",
    "'BAD_DOUBLES' is an array",
  );
  t.expression("(s: string) => FUNCTION !== null").expectDiagnostic(
    "APIM1009",
    "'FUNCTION' is a function (call it instead); only strings, numbers, booleans, null and arrays of them can be written into C#",
  );
  t.expression("(s: string) => OBJECT !== null").expectDiagnostic(
    "APIM1009",
    "'OBJECT' is a object; only strings",
  );
});
