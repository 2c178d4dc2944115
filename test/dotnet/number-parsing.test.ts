// int/long/double/bool parsing and Convert's number conversions as policies call them
// (int.Parse, long.TryParse, double.Parse, bool.Parse, Convert.ToInt32/ToInt64/ToDouble/ToBoolean),
// beyond the generated conformance cases: each edge named. Expected values from Microsoft's pages:
// Int32.Parse(String) ("[ws][sign]digits[ws]"; Exceptions: ArgumentNullException, FormatException,
// OverflowException "less than Int32.MinValue or greater than Int32.MaxValue"), NumberStyles
// ("white-space characters ... U+0009, U+000A, U+000B, U+000C, U+000D, and U+0020"), Double.Parse
// (String) ("[ws][sign][integral-digits[,]]integral-digits[.[fractional-digits]][E[sign]
// exponential-digits][ws]", NumberStyles.Float | AllowThousands; OverflowException ".NET Framework
// ... only"), NumberFormatInfo (PositiveInfinitySymbol "Infinity", NaNSymbol "NaN"), Boolean.Parse
// (TrueString / FalseString, case-insensitive, white space ignored), Int32.TryParse ("result ...
// zero if the conversion failed"), Convert.ToInt32(Double) ("If value is halfway between two whole
// numbers, the even number is returned; that is, 4.5 is converted to 4, and 5.5 is converted to 6"),
// Convert.ToInt32(String)/(Object) (null is 0), Convert.ToBoolean(Double) ("true if value is not
// zero"); and .NET Framework's reference source (Number.cs: trailing NULs are allowed;
// Boolean.TrimWhiteSpaceAndNull; Convert.ToInt64(double) is `checked((long)Math.Round(value))`).
// Every value was also printed by mono 6.8 (the C# cross-check's runtime).
import { describe, expect, it } from "vitest";
import { box } from "../../harness/dotnet/boxed-object.ts";
import { ConvertNumbers } from "../../harness/dotnet/convert-numbers.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { GuidValue } from "../../harness/dotnet/guid.ts";
import { DoubleStatics, Int32Statics, Int64Statics } from "../../harness/dotnet/number-statics.ts";
import { parseBoolean } from "../../harness/dotnet/number-parsing.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const FORMAT = "Input string was not in a correct format.";
const INT32_OVERFLOW = "Value was either too large or too small for an Int32.";
const INT64_OVERFLOW = "Value was either too large or too small for an Int64.";
const CHECKED_OVERFLOW = "Arithmetic operation resulted in an overflow.";

describe("int.Parse and long.Parse", () => {
  it("reads [ws][sign]digits[ws] with .NET's six white-space characters, any number of them", () => {
    expect(Int32Statics.Parse(" \t+42\n")).toBe(42);
    expect(Int32Statics.Parse("  42  ")).toBe(42);
    expect(Int32Statics.Parse("\u000B\r42\f")).toBe(42);
    expect(Int32Statics.Parse("007")).toBe(7);
    expect(Object.is(Int32Statics.Parse("-0"), 0)).toBe(true);
  });

  it("allows trailing NULs after the number, but not a leading one", () => {
    expect(Int32Statics.Parse("42\0\0")).toBe(42);
    expect(Int32Statics.Parse("42 \0")).toBe(42);
    throwsDotnet(() => Int32Statics.Parse("\u000042"), "System.FormatException", FORMAT);
  });

  it("throws FormatException for anything else, U+00A0 and U+0085 included", () => {
    for (const text of [
      "\u00A042",
      "42\u0085",
      "4 2",
      "",
      "+",
      "-",
      "0x10",
      "1.0",
      "+-1",
      "x42",
      "42x",
    ])
      throwsDotnet(() => Int32Statics.Parse(text), "System.FormatException", FORMAT);
  });

  it("accepts int's range exactly and throws OverflowException one beyond each end", () => {
    expect(Int32Statics.Parse("2147483647")).toBe(Int32Statics.MaxValue);
    expect(Int32Statics.Parse("-2147483648")).toBe(Int32Statics.MinValue);
    expect(Int32Statics.MaxValue).toBe(2147483647);
    expect(Int32Statics.MinValue).toBe(-2147483648);
    for (const text of ["2147483648", "-2147483649"])
      throwsDotnet(() => Int32Statics.Parse(text), "System.OverflowException", INT32_OVERFLOW);
  });

  it("parses long's range exactly, beyond 2^53 as a bigint", () => {
    expect(Int64Statics.Parse("9223372036854775807")).toBe(9223372036854775807n);
    expect(Int64Statics.Parse("-9223372036854775808")).toBe(-9223372036854775808n);
    expect(Int64Statics.Parse("9007199254740993")).toBe(9007199254740993n);
    expect(Int64Statics.Parse("9007199254740991")).toBe(9007199254740991);
    for (const text of ["9223372036854775808", "-9223372036854775809"])
      throwsDotnet(() => Int64Statics.Parse(text), "System.OverflowException", INT64_OVERFLOW);
  });

  it("throws ArgumentNullException for null", () => {
    const message = "Value cannot be null.\nParameter name: s";
    throwsDotnet(() => Int32Statics.Parse(null), "System.ArgumentNullException", message);
    throwsDotnet(() => Int64Statics.Parse(null), "System.ArgumentNullException", message);
  });
});

describe("TryParse", () => {
  it("returns [true, value], or [false, 0] for bad text, overflow and null", () => {
    expect(Int32Statics.TryParse(" 17 ")).toEqual([true, 17]);
    expect(Int32Statics.TryParse("x")).toEqual([false, 0]);
    expect(Int32Statics.TryParse("2147483648")).toEqual([false, 0]);
    expect(Int32Statics.TryParse(null)).toEqual([false, 0]);
    expect(Int64Statics.TryParse("2147483648")).toEqual([true, 2147483648]);
    expect(Int64Statics.TryParse("9223372036854775808")).toEqual([false, 0]);
    expect(DoubleStatics.TryParse("2.5e-3")).toEqual([true, 0.0025]);
    expect(DoubleStatics.TryParse("1e400")).toEqual([false, 0]);
  });
});

describe("double.Parse", () => {
  const parse = DoubleStatics.Parse;

  it("reads group separators in the integer part, a decimal point and an exponent", () => {
    expect(parse("1,234.5")).toBe(1234.5);
    expect(parse("1,2,3")).toBe(123);
    expect(parse("1,234e1")).toBe(12340);
    expect(parse("1e3")).toBe(1000);
    expect(parse("1E+3")).toBe(1000);
    expect(parse("2.5e-3")).toBe(0.0025);
    expect(parse(" 1.5 ")).toBe(1.5);
    expect(parse("\t\n1.5\r ")).toBe(1.5);
    expect(parse("0.125")).toBe(0.125);
    expect(parse("12.5e-1")).toBe(1.25);
    expect(parse("-1,000")).toBe(-1000);
    expect(parse("1.5\0")).toBe(1.5);
    expect(parse(".5")).toBe(0.5);
    expect(parse("-.5")).toBe(-0.5);
    expect(parse("5.")).toBe(5);
    expect(parse("5.e2")).toBe(500);
  });

  it("needs a digit before any separator, and digits after the exponent's E", () => {
    for (const text of [".", ",", ",5", "1e", "e5", "1.2.3", "", "\u00A01.5"])
      throwsDotnet(() => parse(text), "System.FormatException", FORMAT);
  });

  it("reads Infinity, -Infinity and NaN in exact case, trimmed of Char.IsWhiteSpace only", () => {
    expect(parse("Infinity")).toBe(Infinity);
    expect(parse("-Infinity")).toBe(-Infinity);
    expect(parse(" NaN ")).toBeNaN();
    expect(parse("\u00A0NaN\u2000")).toBeNaN();
    expect(parse("\u0085Infinity")).toBe(Infinity);
    expect(parse("\u3000-Infinity\u00A0")).toBe(-Infinity);
    // "+Infinity" is .NET Core 3.0's; .NET Framework compares the trimmed text exactly.
    for (const text of ["nan", "infinity", "xNaN", "NaNx", "Infinity\0", "- Infinity", "+Infinity"])
      throwsDotnet(() => parse(text), "System.FormatException", FORMAT);
  });

  it("reads -0 as +0, as .NET Framework does (negative zero came with .NET Core 3.0)", () => {
    for (const text of ["-0", "-0.0", "+0"]) expect(Object.is(parse(text), 0)).toBe(true);
  });

  it("throws OverflowException beyond Double.MaxValue (.NET Framework), ArgumentNullException for null", () => {
    for (const text of ["1e400", "-1e400"])
      throwsDotnet(
        () => parse(text),
        "System.OverflowException",
        "Value was either too large or too small for a Double.",
      );
    throwsDotnet(
      () => parse(null),
      "System.ArgumentNullException",
      "Value cannot be null.\nParameter name: s",
    );
  });
});

describe("bool.Parse", () => {
  it("reads True/False in any case, with white space (Char.IsWhiteSpace) and NULs around", () => {
    expect(parseBoolean(" True ")).toBe(true);
    expect(parseBoolean("  true  ")).toBe(true);
    expect(parseBoolean("\0\0false\t\t")).toBe(false);
    expect(parseBoolean("\0false\0")).toBe(false);
    expect(parseBoolean("TRUE")).toBe(true);
    expect(parseBoolean("fAlSe")).toBe(false);
    expect(parseBoolean("\u00A0true\u00A0")).toBe(true);
    expect(parseBoolean("\u0085true")).toBe(true);
  });

  it("throws FormatException for other text and ArgumentNullException for null", () => {
    for (const text of ["yes", "1", "", "tru e"])
      throwsDotnet(
        () => parseBoolean(text),
        "System.FormatException",
        "String was not recognized as a valid Boolean.",
      );
    throwsDotnet(
      () => parseBoolean(null),
      "System.ArgumentNullException",
      "Value cannot be null.\nParameter name: value",
    );
  });
});

describe("Convert.ToInt32 and ToInt64", () => {
  const { ToInt32, ToInt64 } = ConvertNumbers;

  it("rounds a double half to even, toward the nearer integer otherwise", () => {
    const cases: [number, number][] = [
      [2.5, 2],
      [3.5, 4],
      [-2.5, -2],
      [-3.5, -4],
      [0.5, 0],
      [1.5, 2],
      [2.4, 2],
      [2.6, 3],
      [-2.6, -3],
      [2147483647.4, 2147483647],
      [-2147483648.5, -2147483648],
    ];
    for (const [value, expected] of cases) expect(ToInt32(value)).toBe(expected);
    expect(Object.is(ToInt32(-0.4), 0)).toBe(true);
    expect(Object.is(ToInt32(-0), 0)).toBe(true);
    expect(ToInt64(2.5)).toBe(2);
  });

  it("throws OverflowException when the rounded double is out of range, NaN and infinity too", () => {
    for (const value of [2147483647.5, -2147483648.6, NaN, Infinity, -Infinity])
      throwsDotnet(() => ToInt32(value), "System.OverflowException", INT32_OVERFLOW);
    // Convert.ToInt64(double) is a checked cast: its message is the default one.
    for (const value of [9223372036854775807, 1e19, -1e19, -9.3e18, NaN])
      throwsDotnet(() => ToInt64(value), "System.OverflowException", CHECKED_OVERFLOW);
  });

  it("converts a double beyond 2^53 exactly to a long", () => {
    expect(ToInt64(1e17)).toBe(100000000000000000n);
    expect(ToInt64(-9223372036854775808)).toBe(-9223372036854775808n);
    expect(ToInt64(9007199254740992)).toBe(9007199254740992n);
    expect(ToInt64(9007199254740991)).toBe(9007199254740991);
  });

  it("converts null to 0, booleans to 1 and 0, and parses strings as int.Parse does", () => {
    expect(ToInt32(null)).toBe(0);
    expect(ToInt32(true)).toBe(1);
    expect(ToInt32(false)).toBe(0);
    expect(ToInt32(" 12 ")).toBe(12);
    expect(ToInt64("9007199254740993")).toBe(9007199254740993n);
    throwsDotnet(() => ToInt32("1.5"), "System.FormatException", FORMAT);
  });

  it("converts a boxed long by its value: in range, or OverflowException", () => {
    expect(ToInt32(box("long", 5))).toBe(5);
    expect(ToInt64(box("long", 9007199254740993n))).toBe(9007199254740993n);
    expect(ToInt64(box("long", -9223372036854775808n))).toBe(-9223372036854775808n);
    expect(ToInt64(box("long", 9223372036854775807n))).toBe(9223372036854775807n);
    throwsDotnet(
      () => ToInt32(box("long", 2147483648)),
      "System.OverflowException",
      INT32_OVERFLOW,
    );
    for (const long of [9007199254740993n, -9007199254740993n])
      throwsDotnet(() => ToInt32(box("long", long)), "System.OverflowException", INT32_OVERFLOW);
  });

  it("throws InvalidCastException for a DateTime (IConvertible) and for non-convertible values", () => {
    const date = new DateTimeValue(2020, 1, 1);
    for (const value of [date, box("DateTime", date)]) {
      throwsDotnet(
        () => ToInt32(value),
        "System.InvalidCastException",
        "Invalid cast from 'DateTime' to 'Int32'.",
      );
      throwsDotnet(
        () => ToInt64(value),
        "System.InvalidCastException",
        "Invalid cast from 'DateTime' to 'Int64'.",
      );
    }
    // TimeSpan, Guid and byte[] are not IConvertible: the cast to it fails.
    for (const value of [
      box("TimeSpan", TimeSpanValue.FromSeconds(1)),
      box("Guid", GuidValue.Parse("00000000-0000-0000-0000-000000000000")),
      new Uint8Array(0),
    ])
      throwsDotnet(
        () => ToInt32(value),
        "System.InvalidCastException",
        "Specified cast is not valid.",
      );
  });
});

describe("Convert.ToDouble and ToBoolean", () => {
  const { ToDouble, ToBoolean } = ConvertNumbers;

  it("converts null, strings, booleans, doubles and longs to a double", () => {
    expect(ToDouble(null)).toBe(0);
    expect(ToDouble("1,234.5")).toBe(1234.5);
    expect(ToDouble(true)).toBe(1);
    expect(ToDouble(false)).toBe(0);
    expect(ToDouble(box("double", 2.5))).toBe(2.5);
    // A long rounds to the nearest double.
    expect(ToDouble(9007199254740993n)).toBe(9007199254740992);
    expect(ToDouble(9223372036854775807n)).toBe(9223372036854775807);
  });

  it("is true for a non-zero number (NaN included), parses strings, and null is false", () => {
    expect(ToBoolean(null)).toBe(false);
    expect(ToBoolean(" true ")).toBe(true);
    expect(ToBoolean(box("bool", true))).toBe(true);
    expect(ToBoolean(false)).toBe(false);
    expect(ToBoolean(0)).toBe(false);
    expect(ToBoolean(0.1)).toBe(true);
    expect(ToBoolean(NaN)).toBe(true);
    expect(ToBoolean(9007199254740993n)).toBe(true);
    throwsDotnet(
      () => ToBoolean("1"),
      "System.FormatException",
      "String was not recognized as a valid Boolean.",
    );
  });

  it("throws InvalidCastException naming DateTime, or the default message", () => {
    const date = box("DateTime", new DateTimeValue(2020, 1, 1));
    throwsDotnet(
      () => ToDouble(date),
      "System.InvalidCastException",
      "Invalid cast from 'DateTime' to 'Double'.",
    );
    throwsDotnet(
      () => ToBoolean(date),
      "System.InvalidCastException",
      "Invalid cast from 'DateTime' to 'Boolean'.",
    );
    const span = box("TimeSpan", TimeSpanValue.FromSeconds(1));
    throwsDotnet(
      () => ToDouble(span),
      "System.InvalidCastException",
      "Specified cast is not valid.",
    );
    throwsDotnet(
      () => ToBoolean(span),
      "System.InvalidCastException",
      "Specified cast is not valid.",
    );
  });
});
