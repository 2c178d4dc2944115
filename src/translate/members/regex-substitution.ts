// .NET's reading of a Regex.Replace replacement string ("Substitutions in Regular Expressions",
// learn.microsoft.com: $number, ${name}, $$, $&, $`, $', $+, $_; "If number does not specify a
// valid capturing group ..., $number is interpreted as a literal character sequence"), as .NET's
// RegexParser.ScanReplacement does it: digits after `$` are read greedily, `${...}` must close
// with `}`, and any `$` that is not one of these forms stays a literal `$` with the text after it
// read again; a group number above Int32.MaxValue makes .NET's parser throw (RegexParser.ScanDecimal
// in dotnet/runtime and .NET Framework's reference source: "Capture group numbers must be less
// than or equal to Int32.MaxValue.", an ArgumentException, also seen from mono in the C# cross-check,
// whether or not the pattern matches). Shared by the translator (which checks a build-time replacement) and the harness's
// Regex.Replace (which runs it), so both read a replacement the same way.

/** One piece of a parsed replacement. */
export type SubstitutionPart =
  | { readonly kind: "text"; readonly text: string }
  /** A group by number (0 is the whole match); names are resolved to numbers. */
  | { readonly kind: "group"; readonly number: number }
  /** $` and $': the input before and after the match. */
  | { readonly kind: "before" | "after" }
  /** $+ (the last group) and $_ (the whole input). */
  | { readonly kind: "lastGroup" | "input" }
  /** A `$` followed by digits or `{` that names no group: literal `$` (the text after it follows). */
  | { readonly kind: "literalDollar" }
  /** A group number above Int32.MaxValue: .NET refuses the whole replacement (ArgumentException). */
  | { readonly kind: "outOfRange" };

/** Int32.MaxValue, the largest group number .NET's parser reads. */
const MAX_GROUP_NUMBER = 2147483647;

const SPECIAL: Readonly<Record<string, SubstitutionPart>> = {
  "&": { kind: "group", number: 0 },
  "`": { kind: "before" },
  "'": { kind: "after" },
  "+": { kind: "lastGroup" },
  _: { kind: "input" },
};

/**
 * Parses `replacement` for a pattern with `groupCount` capturing groups (numbered from 1) whose
 * names, when the groups are named, are `names` in order (group i + 1 is names[i]).
 */
export function parseSubstitution(
  replacement: string,
  groupCount: number,
  names: readonly string[],
): SubstitutionPart[] {
  const parts: SubstitutionPart[] = [];
  let text = "";
  const push = (part: SubstitutionPart) => {
    if (text) parts.push({ kind: "text", text });
    text = "";
    parts.push(part);
  };
  let i = 0;
  while (i < replacement.length) {
    const ch = replacement[i]!;
    if (ch !== "$" || i + 1 >= replacement.length) {
      text += ch;
      i++;
      continue;
    }
    const found = scanDollar(replacement, i + 1, groupCount, names);
    if (found) {
      push(found.part);
      i = found.end;
    } else {
      // An unrecognised `$`: literal; digits or a brace after it mean the author wanted a group.
      if (/[0-9{]/.test(replacement[i + 1]!)) push({ kind: "literalDollar" });
      else text += "$";
      i++;
    }
  }
  if (text) parts.push({ kind: "text", text });
  return parts;
}

function scanDollar(
  s: string,
  start: number,
  groupCount: number,
  names: readonly string[],
): { part: SubstitutionPart; end: number } | undefined {
  let at = start;
  const angled = s[at] === "{" && s.length - at > 1;
  if (angled) at++;
  const ch = s[at]!;
  if (/[0-9]/.test(ch)) {
    const digits = /^[0-9]+/.exec(s.slice(at))![0];
    at += digits.length;
    const number = Number(digits);
    // ScanDecimal throws while it reads the digits, before it looks for a closing brace.
    if (number > MAX_GROUP_NUMBER) return { part: { kind: "outOfRange" }, end: at };
    if (angled && s[at++] !== "}") return undefined;
    return number <= groupCount ? { part: { kind: "group", number }, end: at } : undefined;
  }
  if (angled) {
    const name = /^[A-Za-z0-9_]+/.exec(s.slice(at))?.[0];
    if (name === undefined || s[at + name.length] !== "}") return undefined;
    const index = names.indexOf(name);
    return index < 0
      ? undefined
      : { part: { kind: "group", number: index + 1 }, end: at + name.length + 1 };
  }
  if (ch === "$") return { part: { kind: "text", text: "$" }, end: at + 1 };
  const special = SPECIAL[ch];
  return special ? { part: special, end: at + 1 } : undefined;
}
