// .NET's white space: the characters Char.IsWhiteSpace accepts, and String.Trim() over them.
// learn.microsoft.com, "Char.IsWhiteSpace Method", Remarks: the members of SpaceSeparator (U+0020,
// U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000), LineSeparator (U+2028),
// ParagraphSeparator (U+2029), U+0009-U+000D, U+0085. JavaScript's trim() and \s differ: they
// include U+FEFF and leave U+0085, so a twin that trims as .NET does must not call trim().
/** The character class body of Char.IsWhiteSpace, for building regular expressions. */
export const WHITE_SPACE_CHARS =
  "\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

const ONE = new RegExp(`^[${WHITE_SPACE_CHARS}]$`);
const ENDS = new RegExp(`^[${WHITE_SPACE_CHARS}]+|[${WHITE_SPACE_CHARS}]+$`, "g");

/** char.IsWhiteSpace(c) for one UTF-16 unit. */
export function isDotnetWhiteSpace(c: string): boolean {
  return ONE.test(c);
}

/**
 * String.Trim(): removes Char.IsWhiteSpace characters from both ends (learn.microsoft.com,
 * "String.Trim Method", Trim(): "all leading and trailing white-space characters", as
 * Char.IsWhiteSpace defines them).
 */
export function trimWhiteSpace(s: string): string {
  return s.replace(ENDS, "");
}

/** `pattern` with every `\s` (JavaScript's white space) read as Char.IsWhiteSpace's set. */
export function withDotnetWhiteSpace(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/\\s/g, `[${WHITE_SPACE_CHARS}]`), pattern.flags);
}
