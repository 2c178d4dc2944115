// Int32, Int64 and Double parsing as .NET does it with the invariant culture (the rules were read
// off mono 6.8 with probes, not guessed): integers are [ws][+|-]digits[ws] with ws = U+0009–U+000D
// and U+0020 only (no U+00A0, no U+0085), then nothing but trailing NUL characters; doubles also
// take a decimal point, an exponent, ',' group separators in the integer part and the symbols
// "Infinity", "-Infinity" and "NaN" (exact case, with any Char.IsWhiteSpace around but no NUL:
// .NET Framework's Double.Parse, on a FormatException, compares `s.Trim()` with
// NumberFormatInfo's PositiveInfinitySymbol, NegativeInfinitySymbol and NaNSymbol; mono 6.8
// agrees, test/dotnet/number-parsing.test.ts); a finite text whose value overflows throws
// OverflowException (.NET Core 3.0+ returns infinity instead; mono and .NET Framework throw), and
// "-0" is +0 (.NET Core 3.0+ returns -0).
import { ArgumentNullException, FormatException, OverflowException } from "./exceptions.ts";
import { WHITE_SPACE_CHARS, trimWhiteSpace } from "./white-space.ts";

const INTEGER = /^[\t-\r ]*([+-]?)([0-9]+)[\t-\r ]*\0*$/;
const REAL = /^[\t-\r ]*([+-]?)((?:[0-9][0-9,]*)?(?:\.[0-9]*)?)(?:[eE]([+-]?[0-9]+))?[\t-\r ]*\0*$/;
const SYMBOLS: Readonly<Record<string, number>> = {
  Infinity: Infinity,
  "-Infinity": -Infinity,
  NaN: NaN,
};

const FORMAT = "Input string was not in a correct format.";

export interface IntegerRange {
  readonly min: bigint;
  readonly max: bigint;
  readonly overflow: string;
}

export const INT32: IntegerRange = {
  min: -(2n ** 31n),
  max: 2n ** 31n - 1n,
  overflow: "Value was either too large or too small for an Int32.",
};
export const INT64: IntegerRange = {
  min: -(2n ** 63n),
  max: 2n ** 63n - 1n,
  overflow: "Value was either too large or too small for an Int64.",
};

/**
 * Int32.Parse / Int64.Parse (NumberStyles.Integer, invariant culture). A long beyond 2^53 is
 * returned exactly, as a bigint (the harness's long representation, integer-arithmetic.ts).
 */
export function parseInteger(s: string | null, range: IntegerRange): number {
  if (s === null || s === undefined) throw new ArgumentNullException("s");
  const match = INTEGER.exec(s);
  if (!match) throw new FormatException(FORMAT);
  const value = BigInt(match[1] + match[2]!);
  if (value < range.min || value > range.max) throw new OverflowException(range.overflow);
  // Typed number as the declarations type long (src/dotnet/types.ts); the value is exact.
  return Number.isSafeInteger(Number(value)) ? Number(value) : (value as unknown as number);
}

/** Double.Parse (NumberStyles.Float | AllowThousands, invariant culture). */
export function parseDouble(s: string | null): number {
  if (s === null || s === undefined) throw new ArgumentNullException("s");
  const symbol = trimWhiteSpace(s);
  if (Object.hasOwn(SYMBOLS, symbol)) return SYMBOLS[symbol]!;
  const match = REAL.exec(s);
  // The mantissa needs a digit (".", "," and "" are not numbers).
  if (!match || !/[0-9]/.test(match[2]!)) throw new FormatException(FORMAT);
  // JavaScript's Number reads "5.", ".5" and "5.e2" as C# does.
  const exponent = match[3] !== undefined ? `e${match[3]}` : "";
  const value = Number(`${match[1]}${match[2]!.replace(/,/g, "")}${exponent}`);
  if (!Number.isFinite(value))
    throw new OverflowException("Value was either too large or too small for a Double.");
  // "-0" is +0: .NET Framework's parser drops the sign of a zero (mono 6.8 agrees); negative zero
  // came with .NET Core 3.0 (dotnet/coreclr#21036, "Fixing the double/single parser to return
  // negative zero for `-0`").
  return value + 0;
}

/** TryParse: [found, value] with value 0 when the text does not parse (any failure, null too). */
export function tryParse(parse: () => number): [boolean, number] {
  try {
    return [true, parse()];
  } catch {
    return [false, 0];
  }
}

// Char.IsWhiteSpace and NUL, from both ends.
const TRIM = new RegExp(`^[${WHITE_SPACE_CHARS}\\0]+|[${WHITE_SPACE_CHARS}\\0]+$`, "g");

/** Boolean.Parse: "True"/"False" in any case, surrounded by white space and NULs. */
export function parseBoolean(value: string | null): boolean {
  if (value === null || value === undefined) throw new ArgumentNullException("value");
  const trimmed = value.replace(TRIM, "").toLowerCase();
  if (trimmed === "true") return true;
  if (trimmed === "false") return false;
  throw new FormatException("String was not recognized as a valid Boolean.");
}
