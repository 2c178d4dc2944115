// Names for the C# value types that TypeScript's `number` cannot tell apart. Each is `number`
// with an optional brand that costs the author nothing (any number is assignable) but lets the
// translator see which C# type a member has: `StatusCode` stays `int` in C#, and
// `GetValueOrDefault<int>` checks the stored type as APIM does. `int`, `long` and `double` are
// also values, for their statics as C# writes them: `int.Parse(s)`, `double.TryParse(s)`.
import { dotnetValue } from "./runtime.ts";

/** C# `int` (System.Int32). */
export type int = number & { readonly __csharpType?: "int" };
/** C# `long` (System.Int64). An `int` is accepted where a `long` is expected, as C# widens it. */
export type long = number & { readonly __csharpType?: "long" | "int" };
/** C# `double` (System.Double). An `int` or `long` is accepted where a `double` is expected (C#'s implicit conversion). */
export type double = number & { readonly __csharpType?: "double" | "long" | "int" };
/** C# `byte[]`. */
export type bytes = Uint8Array;

/** Parse and TryParse of a C# number type, with the invariant culture. */
export interface NumberStatic<T> {
  /** Throws FormatException for text that is not a number, OverflowException out of range, ArgumentNullException for null. */
  Parse(s: string | null): T;
  /**
   * C#'s `TryParse(s, out T result)`, written `const [ok, value] = int.TryParse(s)` (a declaration
   * of exactly this shape): `ok` false and `value` 0 when `s` does not parse (null included).
   */
  TryParse(s: string | null): [ok: boolean, result: T];
}

/** System.Int32's statics: `int.Parse(s)` (integers only: no decimal point, no exponent, no ','). */
export interface Int32Static extends NumberStatic<int> {
  readonly MaxValue: int;
  readonly MinValue: int;
}
/** System.Int64's statics: `long.Parse(s)`. */
export interface Int64Static extends NumberStatic<long> {}
/** System.Double's statics: `double.Parse(s)` (decimal point, exponent, ',' between digits, "Infinity", "NaN"). */
export interface DoubleStatic extends NumberStatic<double> {}

/** System.Int32 (C#'s `int`). */
export const int: Int32Static = dotnetValue<Int32Static>("Int32");
/** System.Int64 (C#'s `long`). */
export const long: Int64Static = dotnetValue<Int64Static>("Int64");
/** System.Double (C#'s `double`). */
export const double: DoubleStatic = dotnetValue<DoubleStatic>("Double");

declare global {
  interface Number {
    /**
     * C#'s `ToString(format)` of an `int` or `long` (not a double: the translator refuses it,
     * APIM1078): a standard numeric format written as a literal, with an optional precision
     * 0-99, in the invariant culture: "D5" (00042, -00042), "X"/"x8" (hexadecimal; the harness
     * refuses a negative value, whose text depends on int vs long), "N2" (1,234.00), "F1" (1234.0).
     */
    ToString(format: string): string;
  }
}
