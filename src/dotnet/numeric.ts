// Math, Guid and Random. Regex is in regex.ts. Guid.NewGuid and new Random() are seeded in the
// harness (its `guidSeed` and `randomSeed`), so tests are deterministic; the C# replay feeds the
// recorded values back (harness/crosscheck/guid-rewrite.ts, random-rewrite.ts).
import type { bytes, double, int } from "./types.ts";
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
  /**
   * The GUID as text, lower-case. `format` (System.Guid.ToString(String), "Guid.ToString
   * Method" on learn.microsoft.com): "D" or "" (the default, 8-4-4-4-12 digits with hyphens),
   * "N" (32 digits), "B" (braces around D), "P" (parentheses around D), "X" (hex fields in
   * braces); upper or lower case letter. Anything else throws FormatException.
   */
  ToString(format?: string): string;
  /**
   * The 16 bytes in .NET's order: the first three fields (4, 2 and 2 bytes) little-endian, the
   * last 8 as written, so "00112233-4455-6677-8899-aabbccddeeff" gives 33 22 11 00 55 44 77 66 88 99 ...
   */
  ToByteArray(): bytes;
  Equals(other: Guid): boolean;
}

/** System.Guid's constructor and statics. */
export interface GuidStatic {
  /**
   * The GUID of 16 bytes in ToByteArray's order. Throws ArgumentNullException for null and
   * ArgumentException when the array is not 16 bytes long.
   */
  new (b: bytes | null): Guid;
  /** 00000000-0000-0000-0000-000000000000. */
  readonly Empty: Guid;
  /** A random (version 4) GUID; in the harness the next of a seeded sequence. */
  NewGuid(): Guid;
  /** Reads the N, D, B and P formats; FormatException otherwise, ArgumentNullException for null. */
  Parse(input: string | null): Guid;
  /**
   * C#'s `Guid.TryParse(s, out Guid result)`, written `const [ok, guid] = Guid.TryParse(s)`:
   * `ok` false and `guid` Guid.Empty where Parse would throw (null included).
   */
  TryParse(input: string | null): [ok: boolean, result: Guid];
}

/** System.Random: pseudo-random integers (in the harness from a seeded sequence). */
export interface Random {
  /** A non-negative int below int.MaxValue. */
  Next(): int;
  /** An int in [0, maxValue); 0 when maxValue is 0. ArgumentOutOfRangeException when negative. */
  Next(maxValue: int): int;
  /**
   * An int in [minValue, maxValue); minValue when they are equal. ArgumentOutOfRangeException
   * when minValue > maxValue.
   */
  Next(minValue: int, maxValue: int): int;
}

/** System.Random's constructor (the seeded `new Random(seed)` is not declared). */
export interface RandomConstructor {
  new (): Random;
}

/** System.Math. */
export const Math: MathStatic = dotnetValue<MathStatic>("Math");
/** System.Guid. */
export const Guid: GuidStatic = dotnetValue<GuidStatic>("Guid");
/** System.Random. */
export const Random: RandomConstructor = dotnetValue<RandomConstructor>("Random");
