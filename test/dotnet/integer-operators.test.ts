// C#'s int and long operators, integer ToString(format) and C#'s casts of `object` values as the
// harness runs them, each edge named. Expected values from the C# language specification,
// "Arithmetic operators" (§12.10: unchecked results "truncated by discarding any high-order bits";
// "If the value of the right operand is zero, a System.DivideByZeroException is thrown"; % of the
// smallest int or long by -1 throws System.OverflowException) and "Shift operators" (§12.11: the
// count is masked to five bits for int, six for long; `>>` keeps the sign); Microsoft's "Standard
// numeric format strings" (D: "Minimum number of digits", -1234 ("D6") -> -001234; X: 255 ("x4")
// -> 00ff; N: "integral and decimal digits, group separators", default precision
// NumberFormatInfo.NumberDecimalDigits = 2 in the invariant culture; F: as N without groups);
// Double.ToString(String) (FormatException: "format is invalid", "D" is for integers only); and
// "Casting and type conversions" / "Boxing and Unboxing" (unboxing to another type throws
// InvalidCastException; a null unboxed to a value type throws NullReferenceException). Every value
// was also printed by mono 6.8 (the C# cross-check's runtime).
import { describe, expect, it } from "vitest";
import { BoxedObject, box, castObject, unbox } from "../../harness/dotnet/boxed-object.ts";
import { formatInteger, installIntegerFormat } from "../../harness/dotnet/integer-format.ts";
import { integerSemantics, normaliseLong } from "../../harness/dotnet/integer-arithmetic.ts";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { AuthorizationValue } from "../../harness/dotnet/authorization.ts";
import { JwtValue } from "../../harness/dotnet/jwt.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const int = (operator: Parameters<typeof integerSemantics>[0], left: number, right?: number) =>
  integerSemantics(operator, "int", left, right);
const long = (operator: Parameters<typeof integerSemantics>[0], left: unknown, right?: unknown) =>
  integerSemantics(operator, "long", left, right);
const OVERFLOW = "Arithmetic operation resulted in an overflow.";

describe("int operators (unchecked)", () => {
  it("wraps +, -, * and negation modulo 2^32", () => {
    expect(int("+", 2147483647, 1)).toBe(-2147483648);
    expect(int("-", -2147483648, 1)).toBe(2147483647);
    expect(int("*", 65536, 65536)).toBe(0);
    expect(int("*", 46341, 46341)).toBe(-2147479015);
    expect(int("neg", -2147483648)).toBe(-2147483648);
    expect(int("neg", 5)).toBe(-5);
    expect(Object.is(int("neg", 0), 0)).toBe(true);
  });

  it("takes the sign of the dividend for %, never -0, and throws on 0 and on MinValue % -1", () => {
    expect(int("%", 7, -3)).toBe(1);
    expect(int("%", -7, 3)).toBe(-1);
    expect(Object.is(int("%", -4, 2), 0)).toBe(true);
    throwsDotnet(
      () => int("%", 5, 0),
      "System.DivideByZeroException",
      "Attempted to divide by zero.",
    );
    throwsDotnet(() => int("%", -2147483648, -1), "System.OverflowException", OVERFLOW);
    expect(int("%", -2147483648, 1)).toBe(0);
    expect(int("%", 5, -1)).toBe(0);
  });

  it("computes bit operators on 32-bit two's complement, shift counts masked to five bits", () => {
    expect(int("&", 12, 10)).toBe(8);
    expect(int("|", 12, 10)).toBe(14);
    expect(int("^", 12, 10)).toBe(6);
    expect(int("~", 5)).toBe(-6);
    expect(int("<<", 1, 33)).toBe(2);
    expect(int(">>", -8, 1)).toBe(-4);
    expect(int(">>", -8, 33)).toBe(-4);
  });

  it("refuses >>> (C# 11's operator, not in APIM's C#)", () => {
    expect(() => int(">>>", 8, 1)).toThrow(HarnessRefusal);
    expect(() => int(">>>", 8, 1)).toThrow(/C# int has no '>>>' operator/);
    expect(() => long(">>>", 8, 1)).toThrow(/C# long has no '>>>' operator/);
  });
});

describe("long operators (unchecked, exact beyond 2^53)", () => {
  it("keeps safe results as numbers and exact results beyond 2^53 as bigints", () => {
    expect(long("+", 9007199254740991, 2)).toBe(9007199254740993n);
    expect(long("-", -9007199254740991, 2)).toBe(-9007199254740993n);
    expect(long("-", 9007199254740993n, 2)).toBe(9007199254740991);
    expect(long("*", 4503599627370496, 4)).toBe(18014398509481984n);
    expect(long("*", 3, 4)).toBe(12);
    expect(long("+", 2, 3)).toBe(5);
    expect(long("-", 2, 3)).toBe(-1);
    expect(Object.is(long("*", 0, -5), 0)).toBe(true);
    expect(Object.is(long("neg", 0), 0)).toBe(true);
    expect(long("neg", 5)).toBe(-5);
  });

  it("wraps modulo 2^64", () => {
    expect(long("+", 9223372036854775807n, 1)).toBe(-9223372036854775808n);
    expect(long("-", -9223372036854775808n, 1)).toBe(9223372036854775807n);
    expect(long("*", 4294967296, 4294967296)).toBe(0);
    expect(long("*", 3037000500, 3037000500)).toBe(-9223372036709301616n);
    expect(long("neg", -9223372036854775808n)).toBe(-9223372036854775808n);
  });

  it("divides as (double)a / b (the translator's rewrite of long division)", () => {
    expect(long("/", 7, 2)).toBe(3.5);
    expect(long("/", 9007199254740993n, 1)).toBe(9007199254740992);
  });

  it("takes % exactly, throwing on 0 and on MinValue % -1", () => {
    expect(long("%", -7, 3)).toBe(-1);
    expect(long("%", 9007199254740993n, 10)).toBe(3);
    throwsDotnet(
      () => long("%", 5, 0),
      "System.DivideByZeroException",
      "Attempted to divide by zero.",
    );
    throwsDotnet(() => long("%", -9223372036854775808n, -1), "System.OverflowException", OVERFLOW);
    expect(long("%", -9223372036854775808n, 1)).toBe(0);
    expect(long("%", 5, -1)).toBe(0);
  });

  it("computes bit operators on 64 bits, shift counts masked to six bits", () => {
    expect(long("&", 9007199254740993n, 255)).toBe(1);
    expect(long("|", 9007199254740992n, 1)).toBe(9007199254740993n);
    expect(long("|", 9007199254740993n, 3)).toBe(9007199254740995n);
    expect(long("^", 9007199254740992n, 3)).toBe(9007199254740995n);
    expect(long("~", 9007199254740993n)).toBe(-9007199254740994n);
    expect(long("<<", 1, 65)).toBe(2);
    expect(long("<<", 1, 63)).toBe(-9223372036854775808n);
    expect(long(">>", -8, 65)).toBe(-4);
  });

  it("normalises: a number when safe, a bigint otherwise", () => {
    expect(normaliseLong(9007199254740991n)).toBe(9007199254740991);
    expect(normaliseLong(9007199254740992n)).toBe(9007199254740992n);
    expect(normaliseLong(2n ** 64n + 5n)).toBe(5);
  });

  it("reports a non-integer operand as a harness bug", () => {
    expect(() => long("+", 1.5, 9007199254740993n)).toThrow(/not a C# integer/);
  });
});

describe("double operators with a long operand, and conflicting registrations", () => {
  it("converts the long to double, then computes in IEEE 754", () => {
    expect(integerSemantics("*", "double", 9007199254740993n, 2)).toBe(18014398509481984);
    expect(integerSemantics("%", "double", 5.5, 2)).toBe(1.5);
    expect(integerSemantics("+", "double", 9007199254740993n, 0.25)).toBe(9007199254740992);
    expect(integerSemantics("-", "double", 2, 0.5)).toBe(1.5);
    expect(integerSemantics("/", "double", 7, 2)).toBe(3.5);
    expect(integerSemantics("neg", "double", 2, undefined)).toBe(-2);
  });

  it("refuses bit operators on a double, and an operator translated as both int and long", () => {
    expect(() => integerSemantics("&", "double", 1, 2)).toThrow(/C# double has no '&' operator/);
    expect(() => integerSemantics("+", "conflict", 1, 2)).toThrow(
      /translated once as int and once as long .*: the harness cannot tell which C# operator runs; give the operands one C# type/,
    );
  });
});

describe("integer ToString(format)", () => {
  it("writes D with the precision as the minimum number of digits", () => {
    expect(formatInteger(1234, "D")).toBe("1234");
    expect(formatInteger(-1234, "D6")).toBe("-001234");
    expect(formatInteger(1234, "d2")).toBe("1234");
    expect(formatInteger(0, "D")).toBe("0");
    expect(formatInteger(-1, "D0")).toBe("-1");
  });

  it("writes X in the letter's case, zero-padded to the precision", () => {
    expect(formatInteger(255, "X")).toBe("FF");
    expect(formatInteger(255, "x4")).toBe("00ff");
    expect(formatInteger(12, "x")).toBe("c");
    expect(formatInteger(9223372036854775807n, "X")).toBe("7FFFFFFFFFFFFFFF");
    expect(formatInteger(3000000000, "X")).toBe("B2D05E00");
  });

  it("refuses X of a negative value (two's complement of a type the harness cannot see)", () => {
    expect(() => formatInteger(-1, "X")).toThrow(HarnessRefusal);
    expect(() => formatInteger(-1, "x2")).toThrow(
      /ToString\("x2"\) of a negative number is its two's complement/,
    );
  });

  it("writes N with groups of three and F without, two decimals by default", () => {
    expect(formatInteger(1234567, "N")).toBe("1,234,567.00");
    expect(formatInteger(1234567, "N0")).toBe("1,234,567");
    expect(formatInteger(-1234, "n1")).toBe("-1,234.0");
    expect(formatInteger(100, "N0")).toBe("100");
    expect(formatInteger(1000, "N0")).toBe("1,000");
    expect(formatInteger(100000, "N0")).toBe("100,000");
    expect(formatInteger(9223372036854775807n, "N0")).toBe("9,223,372,036,854,775,807");
    expect(formatInteger(1234567, "F")).toBe("1234567.00");
    expect(formatInteger(1234567, "f3")).toBe("1234567.000");
    expect(formatInteger(7, "F0")).toBe("7");
  });

  it("throws FormatException for D of a non-integer double, refuses unsimulated formats", () => {
    throwsDotnet(
      () => formatInteger(1.5, "D"),
      "System.FormatException",
      "Format specifier was invalid.",
    );
    for (const format of ["G", "D100", "", "E2", "D-1", "XD"])
      expect(() => formatInteger(5, format)).toThrow(
        /is not simulated: use D, X, N or F with a precision of 0 to 99/,
      );
  });

  it("is installed as ToString(format) on numbers and bigints, once", () => {
    installIntegerFormat();
    installIntegerFormat();
    const on = (value: unknown) => value as { ToString(format: string): string };
    expect(on(5).ToString("D3")).toBe("005");
    expect(on(9007199254740993n).ToString("N0")).toBe("9,007,199,254,740,993");
  });
});

describe("C# casts of object values", () => {
  it("unboxes to the boxed type only; (object) keeps the box", () => {
    const boxed = box("int", 5)!;
    expect(boxed).toBeInstanceOf(BoxedObject);
    expect(String(boxed)).toBe("(object)int");
    expect(castObject(boxed, "int")).toBe(5);
    expect(castObject(boxed, "int?")).toBe(5);
    expect(castObject(boxed, "object")).toBe(boxed);
    throwsDotnet(
      () => castObject(box("long", 5), "int"),
      "System.InvalidCastException",
      "Specified cast is not valid.",
    );
    throwsDotnet(() => castObject(box("string", "5"), "int?"), "System.InvalidCastException");
  });

  it("boxes no null; null unboxed to a value type throws, to a nullable or reference type is null", () => {
    expect(box("int", null)).toBeNull();
    expect(box("int", undefined)).toBeNull();
    throwsDotnet(() => castObject(null, "int"), "System.NullReferenceException");
    for (const type of ["bool", "int", "long", "double", "DateTime", "TimeSpan", "Guid"])
      throwsDotnet(() => castObject(null, type), "System.NullReferenceException");
    expect(castObject(null, "int?")).toBeNull();
    expect(castObject(null, "string")).toBeNull();
    expect(castObject(undefined, "int")).toBeUndefined();
    expect(castObject(undefined, "Jwt")).toBeUndefined();
  });

  it("truncates a double toward zero for (int) and (long), exact beyond 2^53", () => {
    expect(castObject(3.7, "int")).toBe(3);
    expect(castObject(-3.7, "int")).toBe(-3);
    // A long held as a number, cast to int: unchecked, the low 32 bits.
    expect(castObject(4294967301, "int")).toBe(5);
    expect(castObject(3.7, "long")).toBe(3);
    expect(Object.is(castObject(-0.5, "long"), 0)).toBe(true);
    expect(castObject(1e17, "long")).toBe(100000000000000000n);
    expect(castObject(2.5, "double")).toBe(2.5);
  });

  it("casts a long beyond 2^53: (int) keeps the low 32 bits, (double) rounds", () => {
    expect(castObject(27021597764222981n, "int")).toBe(5);
    expect(castObject(9007199254740993n, "double")).toBe(9007199254740992);
    expect(castObject(9007199254740993n, "long")).toBe(9007199254740993n);
  });

  it("checks reference types it simulates: Jwt and Authorization", () => {
    const detail = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as { harnessDetail?: string }).harnessDetail;
      }
    };
    throwsDotnet(() => castObject("token", "Jwt"), "System.InvalidCastException");
    throwsDotnet(() => castObject({}, "Authorization"), "System.InvalidCastException");
    expect(detail(() => castObject("token", "Jwt"))).toBe("a string cast to Jwt");
    expect(detail(() => castObject({}, "Authorization"))).toBe("a object cast to Authorization");
    expect(detail(() => castObject(box("long", 5), "int"))).toBe("a boxed long cast to int");
    const jwt = Object.create(JwtValue.prototype) as JwtValue;
    const authorization = Object.create(AuthorizationValue.prototype) as AuthorizationValue;
    expect(castObject(jwt, "Jwt")).toBe(jwt);
    expect(castObject(authorization, "Authorization")).toBe(authorization);
    expect(castObject("text", "string")).toBe("text");
  });

  it("unbox gives the C# type of a box, none of a plain value", () => {
    expect(unbox(box("long", 7))).toEqual({ type: "long", value: 7 });
    expect(unbox(7)).toEqual({ type: undefined, value: 7 });
  });
});
