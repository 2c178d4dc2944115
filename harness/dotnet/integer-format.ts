// C#'s `ToString(format)` of an int or long with a standard numeric format string, as .NET's
// "Standard numeric format strings" page describes them under the invariant culture (the
// gateway's culture is not documented; DateTime.ToString makes the same assumption): "D"/"d"
// (digits, zero-padded to the precision, "-" before a negative), "X"/"x" (hexadecimal, upper or
// lower case, zero-padded), "N"/"n" (groups of three with ",", "." and the precision's zeros;
// default precision 2, NumberFormatInfo.InvariantInfo.NumberDecimalDigits), "F"/"f" (as N
// without groups). Each checked on mono (test/conformance/cases/numbers.ts). The translator
// accepts only these letters with a precision of 0 to 99 as a build-time string (APIM1078).
// "X" of a negative value is the two's complement of the C# type (FFFFFFFF for an int -1,
// FFFFFFFFFFFFFFFF for a long -1): the harness sees only the number, so it refuses that case.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { FormatException } from "./exceptions.ts";

const FORMAT = /^([DdXxNnFf])([0-9]{1,2})?$/;

function groups(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `value.ToString(format)` for an int or a long (a bigint beyond 2^53). */
export function formatInteger(value: number | bigint, format: string): string {
  const match = FORMAT.exec(format);
  if (!match)
    throw new HarnessRefusal(
      `ToString(${JSON.stringify(format)}) of an integer is not simulated: use D, X, N or F with a precision of 0 to 99`,
    );
  if (typeof value === "number" && !Number.isSafeInteger(value))
    throw new FormatException("Format specifier was invalid.");
  const integer = BigInt(value);
  const negative = integer < 0n;
  const digits = (negative ? -integer : integer).toString();
  const letter = match[1]!;
  const precision = match[2] === undefined ? undefined : Number(match[2]);
  switch (letter.toUpperCase()) {
    case "D":
      return (negative ? "-" : "") + digits.padStart(precision ?? 0, "0");
    case "X": {
      if (negative)
        throw new HarnessRefusal(
          `ToString("${format}") of a negative number is its two's complement in the C# type (int or long), which the harness cannot tell apart`,
        );
      const hex = integer.toString(16).padStart(precision ?? 0, "0");
      return letter === "X" ? hex.toUpperCase() : hex;
    }
    default: {
      const places = precision ?? 2;
      const whole = letter.toUpperCase() === "N" ? groups(digits) : digits;
      return (negative ? "-" : "") + whole + (places > 0 ? "." + "0".repeat(places) : "");
    }
  }
}

/** Installs `ToString(format)` on Number and BigInt prototypes (idempotent). */
export function installIntegerFormat(): void {
  for (const prototype of [Number.prototype, BigInt.prototype]) {
    if (Object.hasOwn(prototype, "ToString")) continue;
    Object.defineProperty(prototype, "ToString", {
      value: function (this: number | bigint, format: string) {
        return formatInteger(this.valueOf(), format);
      },
      configurable: true,
      writable: true,
    });
  }
}
