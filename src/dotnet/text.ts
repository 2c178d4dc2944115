// String statics, Convert, WebUtility and Encoding: the text and byte conversions the seed's
// policies use. `string` is exported as a value so that `string.IsNullOrEmpty(s)` reads as in C#.
import type { IEnumerable } from "./collections.ts";
import type { bytes, double, int, long } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** Static members of System.String (write `string.IsNullOrEmpty(s)` as in C#). */
export interface StringStatic {
  readonly Empty: string;
  IsNullOrEmpty(value: string | null | undefined): boolean;
  IsNullOrWhiteSpace(value: string | null | undefined): boolean;
  /** Null elements join as empty strings (String.Join; e.g. Values<string>() of a JSON null). */
  Join(
    separator: string,
    values: readonly (string | null)[] | IEnumerable<string> | IEnumerable<string | null>,
  ): string;
  /**
   * Composite formatting: `{0}` and `{1,5}` / `{1,-5}` (right / left aligned to a width) items
   * replaced by the arguments' text, `{{` and `}}` for braces. The format must be known when the
   * policy is built; format specifiers (`{0:D3}`) are refused (APIM1076). A null argument is "".
   */
  Format(format: string, ...args: (string | int | null)[]): string;
  /** Null arguments are "" (String.Concat docs). */
  Concat(...values: (string | null)[]): string;
  /**
   * Ordinal equality, or ordinal after upper-casing each UTF-16 unit (OrdinalIgnoreCase); two
   * nulls are equal. Culture-sensitive comparisons are not declared: the gateway's culture is
   * not documented.
   */
  Equals(a: string | null, b: string | null, comparisonType: StringComparison): boolean;
  /**
   * Orders two strings: Ordinal by UTF-16 units, OrdinalIgnoreCase after upper-casing each unit
   * as Equals does; null sorts before any string, two nulls are equal. .NET documents only the
   * sign of the result ("less than zero", "zero", "greater than zero"; implementations return
   * different magnitudes), so compare it with 0: `string.Compare(a, b, c) < 0` (APIM1077 otherwise).
   */
  Compare(strA: string | null, strB: string | null, comparisonType: StringComparison): int;
}

declare global {
  /**
   * .NET's String instance members that take a StringComparison, beside JavaScript's own
   * (startsWith, endsWith, indexOf, which translate to the Ordinal overloads): C#'s PascalCase
   * names, as APIM code writes `header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)`.
   * A null argument is ArgumentNullException; an empty value is found at 0 / matches.
   */
  interface String {
    StartsWith(value: string, comparisonType: StringComparison): boolean;
    EndsWith(value: string, comparisonType: StringComparison): boolean;
    /** The index of the first match, -1 when there is none (0 for an empty value). */
    IndexOf(value: string, comparisonType: StringComparison): int;
    /** Equality under the comparison (a null value: false). */
    Equals(value: string | null, comparisonType: StringComparison): boolean;
  }
}

/** A System.StringComparison value. */
export type StringComparison = { readonly __stringComparison: true };

/** System.StringComparison: the culture-independent members only. */
export interface StringComparisonStatic {
  readonly Ordinal: StringComparison;
  readonly OrdinalIgnoreCase: StringComparison;
}

/** System.Convert. */
export interface ConvertStatic {
  /** Ignores whitespace; throws FormatException for anything that is not base64. */
  FromBase64String(s: string): bytes;
  ToBase64String(inArray: bytes): string;
  /**
   * The base64 of `length` bytes from `offset`. ArgumentOutOfRangeException for a negative
   * offset or length, or a slice past the end; ArgumentNullException for null.
   */
  ToBase64String(inArray: bytes, offset: int, length: int): string;
  /**
   * A string is parsed as int.Parse does (invariant culture; null is 0); a double is rounded half
   * to even; a C# object (`context.Variables["x"]`) converts by its stored type. Out of range:
   * OverflowException; text that is not an integer: FormatException; a DateTime, TimeSpan, Guid or
   * byte[] object: InvalidCastException.
   */
  ToInt32(value: unknown): int;
  /** As ToInt32, with long's range. */
  ToInt64(value: unknown): long;
  /** A string is parsed as double.Parse does (invariant culture; null is 0). */
  ToDouble(value: unknown): double;
  /** "True"/"False" in any case (null is false); a number is true when it is not 0. */
  ToBoolean(value: unknown): boolean;
}

/** System.Net.WebUtility. */
export interface WebUtilityStatic {
  /** Decodes `%XX` as UTF-8 and `+` as a space; null stays null. */
  UrlDecode(encodedValue: string): string;
  UrlDecode(encodedValue: string | null): string | null;
  UrlEncode(value: string): string;
  UrlEncode(value: string | null): string | null;
  HtmlEncode(value: string): string;
  HtmlDecode(value: string): string;
}

/** A System.Text.Encoding instance. */
export interface Encoding {
  GetString(bytes: bytes): string;
  GetBytes(s: string): bytes;
}

/** System.Text.Encoding statics. */
export interface EncodingStatic {
  readonly UTF8: Encoding;
  readonly ASCII: Encoding;
}

/** System.String statics, spelled as C#'s keyword. */
export const string: StringStatic = dotnetValue<StringStatic>("String");
/** System.Convert. */
/** System.StringComparison. */
export const StringComparison: StringComparisonStatic =
  dotnetValue<StringComparisonStatic>("StringComparison");
export const Convert: ConvertStatic = dotnetValue<ConvertStatic>("Convert");
/** System.Net.WebUtility. */
export const WebUtility: WebUtilityStatic = dotnetValue<WebUtilityStatic>("WebUtility");
/** System.Text.Encoding. */
export const Encoding: EncodingStatic = dotnetValue<EncodingStatic>("Encoding");
