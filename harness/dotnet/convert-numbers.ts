// System.Convert's number and boolean conversions (ToInt32, ToInt64, ToDouble, ToBoolean) for
// every argument a policy passes: strings (parsed as Int32.Parse etc. do, null is 0 or false),
// numbers (double to integer rounds half to even and throws OverflowException out of range),
// booleans, and C# objects (a boxed value converts by its C# type; DateTime, TimeSpan, Guid and
// byte[] do not convert to numbers: InvalidCastException).
// Sources: .NET Framework's reference source, Convert.cs: ToInt32(double) checks the range and
// throws OverflowException(Overflow_Int32), ToInt64(double) is `checked((long)Math.Round(value))`
// (the checked cast's own message); Convert.ToInt32(object) is `((IConvertible)value).ToInt32(...)`:
// a DateTime is IConvertible and throws InvalidCast_FromTo ("Invalid cast from 'DateTime' to
// 'Int32'."), while TimeSpan, Guid and byte[] are not IConvertible, so the cast itself fails
// ("Specified cast is not valid."). Each message checked on mono 6.8 (test/dotnet/number-parsing.test.ts).
import { unbox as unboxed } from "./boxed-object.ts";
import { DateTimeValue } from "./date-time.ts";
import { InvalidCastException, OverflowException } from "./exceptions.ts";
import {
  INT32,
  INT64,
  parseBoolean,
  parseDouble,
  parseInteger,
  type IntegerRange,
} from "./number-parsing.ts";

/** Math.Round(value, MidpointRounding.ToEven). */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** The InvalidCastException of Convert.ToX(object) for a value that has no such conversion. */
function invalidCast(value: unknown, target: string): InvalidCastException {
  return value instanceof DateTimeValue
    ? new InvalidCastException(`Invalid cast from 'DateTime' to '${target}'.`)
    : new InvalidCastException();
}

function toInteger(argument: unknown, range: IntegerRange): number {
  const { value } = unboxed(argument);
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") return parseInteger(value, range);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") {
    // An int or a long rounds to itself; NaN stays NaN (and fails the range check).
    const rounded = roundHalfEven(value);
    // Only a double overflows here (an int or a long is in long's range): ToInt64(double)'s
    // checked cast has the default message, ToInt32(double) its own.
    const overflow = () => new OverflowException(range === INT32 ? range.overflow : undefined);
    if (!(rounded >= Number(range.min) && rounded <= Number(range.max))) throw overflow();
    // A long beyond 2^53 is held exactly as a bigint (integer-arithmetic.ts).
    if (Number.isSafeInteger(rounded)) return rounded + 0;
    const exact = BigInt(rounded);
    if (exact > range.max) throw overflow(); // 2^63 rounds in range
    return exact as unknown as number;
  }
  if (typeof value === "bigint") {
    if (value < range.min || value > range.max) throw new OverflowException(range.overflow);
    return range === INT32 ? Number(value) : (value as unknown as number);
  }
  throw invalidCast(value, range === INT32 ? "Int32" : "Int64");
}

/** Convert's numeric members. */
export const ConvertNumbers = {
  ToInt32(value: unknown): number {
    return toInteger(value, INT32);
  },
  ToInt64(value: unknown): number {
    return toInteger(value, INT64);
  },
  ToDouble(argument: unknown): number {
    const { value } = unboxed(argument);
    if (value === null || value === undefined) return 0;
    if (typeof value === "string") return parseDouble(value);
    if (typeof value === "boolean") return value ? 1 : 0;
    if (typeof value === "number") return value;
    // A long beyond 2^53 (a bigint in the harness), rounded to the nearest double as C# does.
    if (typeof value === "bigint") return Number(value);
    throw invalidCast(value, "Double");
  },
  ToBoolean(argument: unknown): boolean {
    const { value } = unboxed(argument);
    if (value === null || value === undefined) return false;
    if (typeof value === "string") return parseBoolean(value);
    if (typeof value === "boolean") return value;
    if (typeof value === "number") return value !== 0;
    // A long beyond 2^53 is never zero.
    if (typeof value === "bigint") return true;
    throw invalidCast(value, "Boolean");
  },
};
