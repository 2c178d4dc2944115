// System.Text.RegularExpressions.Regex's statics. The translator only lets through patterns in the
// subset where .NET and JavaScript agree (src/translate/members/regex.ts), so a JavaScript RegExp
// (no `u` flag: UTF-16 code units, as .NET) finds the same matches; the options are bridged here:
// IgnoreCase is JavaScript's `i` (ASCII patterns only; input whose letters fold into ASCII is
// refused), Singleline is `s`, and Multiline's `^`/`$` become lookarounds on \n alone (.NET's
// lines end at \n, JavaScript's `m` also ends them at \r, U+2028, U+2029). Match, Matches, Replace
// and Split follow .NET's own scan (regex-scan.ts), not JavaScript's split and replace.
// Compiled patterns are cached like .NET's Regex cache.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { ArgumentException, ArgumentNullException } from "./exceptions.ts";
import {
  matchAt,
  matchCollection,
  replaceMatches,
  splitByMatches,
  type MatchValue,
  type MatchCollectionValue,
} from "./regex-scan.ts";

/** RegexOptions' values (.NET's enum: None 0, IgnoreCase 1, Multiline 2, Singleline 16). */
export const RegexOptionsValues = Object.freeze({
  None: 0,
  IgnoreCase: 1,
  Multiline: 2,
  Singleline: 16,
});
const KNOWN_OPTIONS = 1 | 2 | 16;

const cache = new Map<string, RegExp>();

/** `^` and `$` outside classes and escapes, as .NET's Multiline reads them (\n only). */
function multilineAnchors(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      out += ch + (pattern[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      // A class's leading `^` (negation) is copied by the class branch as any other character.
      inClass = true;
      out += ch;
    } else out += ch === "^" ? "(?<![^\\n])" : ch === "$" ? "(?![^\\n])" : ch;
  }
  return out;
}

function compile(pattern: string | null, options: number): RegExp {
  if (pattern === null || pattern === undefined) throw new ArgumentNullException("pattern");
  if ((options & ~KNOWN_OPTIONS) !== 0)
    throw new HarnessRefusal(`RegexOptions ${options} is not simulated`);
  const key = `${options}\u0000${pattern}`;
  let regex = cache.get(key);
  if (regex === undefined) {
    const source = options & RegexOptionsValues.Multiline ? multilineAnchors(pattern) : pattern;
    const flags =
      "dg" +
      (options & RegexOptionsValues.IgnoreCase ? "i" : "") +
      (options & RegexOptionsValues.Singleline ? "s" : "");
    try {
      regex = new RegExp(source, flags);
    } catch (error) {
      throw new ArgumentException(`parsing "${pattern}" - ${(error as Error).message}`);
    }
    if (cache.size > 256) cache.clear();
    cache.set(key, regex);
  }
  return regex;
}

/**
 * Input IgnoreCase cannot be simulated for: characters outside ASCII whose case mapping is ASCII
 * (the Kelvin sign, dotted and dotless i, long s, ligatures such as ﬀ). .NET compares lower-case
 * forms by culture, JavaScript upper-case forms and never folds them into ASCII.
 */
function checkIgnoreCaseInput(input: string, options: number): void {
  if (!(options & RegexOptionsValues.IgnoreCase)) return;
  for (const ch of input) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (/[\x00-\x7f]/.test(ch.toLowerCase() + ch.toUpperCase()))
      throw new HarnessRefusal(
        `Regex with RegexOptions.IgnoreCase on input containing '${ch}' (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}): .NET's culture-aware casing and JavaScript's case folding differ on it`,
      );
  }
}

function prepare(
  input: string | null,
  pattern: string | null,
  options: number | undefined,
): RegExp {
  const regex = compile(pattern, options ?? 0);
  if (input === null || input === undefined) throw new ArgumentNullException("input");
  checkIgnoreCaseInput(input, options ?? 0);
  return regex;
}

/** System.Text.RegularExpressions.Regex statics. */
export const RegexStatics = {
  IsMatch(input: string | null, pattern: string | null, options?: number): boolean {
    return matchAt(prepare(input, pattern, options), input!, 0).Success;
  },
  Match(input: string | null, pattern: string | null, options?: number): MatchValue {
    return matchAt(prepare(input, pattern, options), input!, 0);
  },
  Matches(input: string | null, pattern: string | null, options?: number): MatchCollectionValue {
    return matchCollection(prepare(input, pattern, options), input!);
  },
  Replace(
    input: string | null,
    pattern: string | null,
    replacement: string | null,
    options?: number,
  ): string {
    const regex = prepare(input, pattern, options);
    if (replacement === null || replacement === undefined)
      throw new ArgumentNullException("replacement");
    return replaceMatches(regex, input!, replacement);
  },
  Split(input: string | null, pattern: string | null, options?: number): string[] {
    return splitByMatches(prepare(input, pattern, options), input!);
  },
};
