// Math, Guid and Regex basics. Regex patterns must be build-time literals in the subset where
// .NET and JavaScript agree (the translator checks them); `\d`, `\w`, `\s` and `\b` are
// Unicode-aware in .NET and ASCII in JavaScript, so they are refused.
import type { double, int } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.Math (integer overloads keep `int`). */
export interface MathStatic {
  Max(a: int, b: int): int;
  Min(a: int, b: int): int;
  Abs(value: int): int;
  Floor(value: double): double;
  Ceiling(value: double): double;
}

/** System.Guid. */
export interface Guid {
  /** Lower-case "D" format: 8-4-4-4-12 hex digits. */
  ToString(): string;
  Equals(other: Guid): boolean;
}

/** System.Guid statics. */
export interface GuidStatic {
  readonly Empty: Guid;
  NewGuid(): Guid;
  Parse(input: string): Guid;
}

/** System.Text.RegularExpressions.Regex statics (basics only). */
export interface RegexStatic {
  IsMatch(input: string, pattern: string): boolean;
}

/** System.Math. */
export const Math: MathStatic = dotnetValue<MathStatic>("Math");
/** System.Guid. */
export const Guid: GuidStatic = dotnetValue<GuidStatic>("Guid");
/** System.Text.RegularExpressions.Regex. */
export const Regex: RegexStatic = dotnetValue<RegexStatic>("Regex");
