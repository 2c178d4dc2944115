// System.String statics. IsNullOrWhiteSpace uses .NET's Char.IsWhiteSpace set, which differs from
// JavaScript's \s (.NET counts U+0085 and not U+FEFF).
import { ArgumentException, ArgumentNullException, FormatException } from "./exceptions.ts";
import { WHITE_SPACE_CHARS } from "./white-space.ts";

/**
 * One UTF-16 unit upper-cased on its own, for OrdinalIgnoreCase. A unit whose upper case is
 * longer (ß) stays as it is, and so does one whose upper case does not lower-case back to it
 * (ı → I, ſ → S, µ → Μ, the titlecase ǅ → Ǆ): mono 6.8 compares those unequal, observed by the
 * conformance batch (cases/formatting.ts). Chosen: mono's answer (docs/project-choices.md); the
 * .NET docs do not say how OrdinalIgnoreCase treats these letters.
 */
export function upperUnit(unit: number): number {
  // One test covers both: an upper case of two units (SS) never lower-cases back to one unit, and
  // a letter that is its own upper case (or no letter, or a lone surrogate) keeps its unit.
  const text = String.fromCharCode(unit);
  const upper = text.toUpperCase();
  return upper.toLowerCase() === text ? upper.charCodeAt(0) : unit;
}

/** Throws as .NET does for a StringComparison the harness does not know. */
export function checkComparison(comparisonType: string): void {
  if (comparisonType !== "Ordinal" && comparisonType !== "OrdinalIgnoreCase")
    throw new ArgumentException(
      "The string comparison type passed in is currently not supported.\nParameter name: comparisonType",
    );
}

/** -1, 0 or 1: `a` against `b` unit by unit (upper-cased for OrdinalIgnoreCase), then by length. */
export function compareUnits(a: string, b: string, comparisonType: string): number {
  checkComparison(comparisonType);
  const fold = comparisonType === "OrdinalIgnoreCase" ? upperUnit : (unit: number) => unit;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = fold(a.charCodeAt(i)) - fold(b.charCodeAt(i));
    if (difference !== 0) return Math.sign(difference);
  }
  return Math.sign(a.length - b.length);
}

/** System.StringComparison values, by name (what C# passes). */
export const StringComparisonValues = Object.freeze({
  Ordinal: "Ordinal",
  OrdinalIgnoreCase: "OrdinalIgnoreCase",
});

const WHITESPACE = new RegExp(`^[${WHITE_SPACE_CHARS}]*$`);

/** System.String statics (`string.IsNullOrEmpty(s)` in C#). */
export const StringStatics = {
  Empty: "",
  IsNullOrEmpty(value: string | null | undefined): boolean {
    return value === null || value === undefined || value.length === 0;
  },
  IsNullOrWhiteSpace(value: string | null | undefined): boolean {
    return value === null || value === undefined || WHITESPACE.test(value);
  },
  /** Null elements join as empty strings; a null array throws ArgumentNullException. */
  Join(separator: string | null, values: Iterable<string | null> | null): string {
    if (values === null || values === undefined) throw new ArgumentNullException("values");
    return Array.from(values, (v) => v ?? "").join(separator ?? "");
  },
  /**
   * String.Format's composite formatting (.NET "Composite formatting": `{index[,alignment]}`,
   * `{{` and `}}` escapes; a null argument formats as ""). Only the items the translator accepts
   * are simulated: a format string (`{0:D3}`), spaces inside an item or a malformed item is refused
   * with an Error rather than given a guessed result; an index past the arguments is .NET's
   * FormatException.
   */
  Format(format: string | null, ...args: (string | number | null)[]): string {
    if (format === null || format === undefined) throw new ArgumentNullException("format");
    let out = "";
    let i = 0;
    while (i < format.length) {
      const c = format[i]!;
      if ((c === "{" || c === "}") && format[i + 1] === c) {
        out += c;
        i += 2;
        continue;
      }
      if (c === "}") throw new FormatException("Input string was not in a correct format.");
      if (c !== "{") {
        out += c;
        i += 1;
        continue;
      }
      const item = /^\{(\d{1,6})(?:,(-?\d{1,6}))?\}/.exec(format.slice(i));
      if (!item) {
        throw new Error(
          `apim-ts harness: the format item at ${i} of ${JSON.stringify(format)} is not simulated (only {index} and {index,alignment})`,
        );
      }
      const index = Number(item[1]);
      if (index >= args.length) {
        throw new FormatException(
          "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.",
        );
      }
      const value = args[index];
      const text = value === null || value === undefined ? "" : String(value);
      // Positive: right-aligned (padded on the left); negative: left-aligned ("Alignment component").
      const width = Number(item[2] ?? 0);
      out += text.padStart(width).padEnd(-width);
      i += item[0].length;
    }
    return out;
  },
  /**
   * String.Equals(a, b, comparisonType). OrdinalIgnoreCase compares UTF-16 units after upper-casing
   * each one on its own (.NET: "the ordinal comparison of the strings after converting them to
   * upper case using the invariant culture", StringComparison docs); a unit whose JavaScript upper
   * case is not one unit (ß, ŉ) is compared as it is, as .NET's per-character ToUpperInvariant.
   */
  Equals(a: string | null, b: string | null, comparisonType: string): boolean {
    if (a === null || a === undefined || b === null || b === undefined) {
      checkComparison(comparisonType);
      return a == b;
    }
    return compareUnits(a, b, comparisonType) === 0;
  },
  /**
   * String.Compare(strA, strB, comparisonType): the sign of the first differing unit (upper-cased
   * for OrdinalIgnoreCase), else of the lengths; null before any string. Only the sign is
   * documented ("Less than zero: strA precedes strB", String.Compare docs) and the translator
   * lets the result only be compared with 0, so -1, 0 and 1 stand for every magnitude (mono
   * returns unit differences, observed).
   */
  Compare(a: string | null, b: string | null, comparisonType: string): number {
    checkComparison(comparisonType);
    if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
    if (b === null || b === undefined) return 1;
    return compareUnits(a, b, comparisonType);
  },
  Concat(...values: (string | null)[]): string {
    return values.map((v) => v ?? "").join("");
  },
};
