// System.String statics. IsNullOrWhiteSpace uses .NET's Char.IsWhiteSpace set, which differs from
// JavaScript's \s (.NET counts U+0085 and not U+FEFF).
import { ArgumentNullException, FormatException } from "./exceptions.ts";

const WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

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
      const width = item[2] === undefined ? 0 : Number(item[2]);
      out += width < 0 ? text.padEnd(-width) : text.padStart(width);
      i += item[0].length;
    }
    return out;
  },
  Concat(...values: (string | null)[]): string {
    return values.map((v) => v ?? "").join("");
  },
};
