// System.Math for the declared overloads. Integer Abs of int.MinValue overflows in .NET; JavaScript
// would silently return 2147483648, so it is checked here.
import { OverflowException } from "./exceptions.ts";

/** System.Math. */
export const MathStatics = {
  Max(a: number, b: number): number {
    // Math.Max(double) returns NaN when either is NaN, like JavaScript.
    return Math.max(a, b);
  },
  Min(a: number, b: number): number {
    return Math.min(a, b);
  },
  Abs(value: number): number {
    if (value === -2147483648)
      throw new OverflowException(
        "Negating the minimum value of a twos complement number is invalid.",
      );
    return Math.abs(value);
  },
  Floor(value: number): number {
    return Math.floor(value);
  },
  Ceiling(value: number): number {
    return Math.ceil(value);
  },
};
