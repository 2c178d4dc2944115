// System.String statics. IsNullOrWhiteSpace uses .NET's Char.IsWhiteSpace set, which differs from
// JavaScript's \s (.NET counts U+0085 and not U+FEFF).
import { ArgumentNullException } from "./exceptions.ts";

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
  Concat(...values: (string | null)[]): string {
    return values.map((v) => v ?? "").join("");
  },
};
