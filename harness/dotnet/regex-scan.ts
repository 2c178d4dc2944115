// .NET's Match, Group, GroupCollection and MatchCollection over JavaScript RegExp results, and
// .NET's scans: the next match is searched from the end of the previous one, one character
// further after an empty match, and none after an empty match at the end ("Match.NextMatch":
// "If the previous match was empty, the next match begins one character later"; as JavaScript's
// own global scan without `u`). Replace and Split are .NET's: every substitution is read as .NET
// reads it (src/translate/members/regex-substitution.ts) and Split puts the text of every group
// that took part after the piece it ends ("Regex.Split", Remarks: "If capturing parentheses are
// used ... any captured text is included in the resulting string array"), where JavaScript's
// split also pushes undefined for groups that did not take part and never cuts at an empty match
// at the start or end.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { parseSubstitution } from "../../src/translate/members/regex-substitution.ts";
import { ArgumentException, ArgumentOutOfRangeException } from "./exceptions.ts";

/** A Group: what one capturing group matched (an unsuccessful one is "" at 0). */
export class GroupValue {
  constructor(
    readonly Success: boolean,
    readonly Value: string,
    readonly Index: number,
  ) {}
  get Length(): number {
    return this.Value.length;
  }
  toString(): string {
    return this.Value;
  }
}

const EMPTY_GROUP = new GroupValue(false, "", 0);

/** A GroupCollection: `Count`, `[number]` and `["name"]`; a number or name of no group is EMPTY_GROUP. */
function groupCollection(groups: readonly GroupValue[], names: readonly string[]): object {
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (key === "Count") return groups.length;
        if (typeof key !== "string") return undefined;
        if (/^-?[0-9]+$/.test(key)) return groups[Number(key)] ?? EMPTY_GROUP;
        const index = names.indexOf(key);
        return index < 0 ? EMPTY_GROUP : groups[index + 1]!;
      },
    },
  );
}

/** A Match (Success false: Match.Empty, whose only group is the unsuccessful group 0). */
export class MatchValue extends GroupValue {
  readonly Groups: object;
  /** The names of groups 1.. in order (JavaScript lists `groups` in pattern order), or none. */
  readonly names: readonly string[];
  constructor(
    result: RegExpExecArray | null,
    readonly groupList: readonly GroupValue[] = [EMPTY_GROUP],
  ) {
    super(result !== null, result?.[0] ?? "", result?.index ?? 0);
    this.names = Object.keys(result?.groups ?? {});
    this.Groups = groupCollection(groupList, this.names);
  }
}

function toMatch(result: RegExpExecArray | null): MatchValue {
  if (result === null) return new MatchValue(null);
  const groups = result.map((value, i) =>
    value === undefined ? EMPTY_GROUP : new GroupValue(true, value, result.indices![i]![0]),
  );
  return new MatchValue(result, groups);
}

/** The first match at or after `start`. */
export function matchAt(regex: RegExp, input: string, start: number): MatchValue {
  // Past the end exec finds nothing (a global RegExp fails when lastIndex exceeds the length).
  regex.lastIndex = start;
  return toMatch(regex.exec(input));
}

/** Every successful match, in .NET's scan order. */
function scan(regex: RegExp, input: string): MatchValue[] {
  const matches: MatchValue[] = [];
  let start = 0;
  for (;;) {
    const match = matchAt(regex, input, start);
    if (!match.Success) return matches;
    matches.push(match);
    start = match.Index + match.Length + (match.Length === 0 ? 1 : 0);
  }
}

/** A MatchCollection: `Count` and `[i]` (ArgumentOutOfRangeException outside 0..Count-1). */
export type MatchCollectionValue = object;

export function matchCollection(regex: RegExp, input: string): MatchCollectionValue {
  const matches = scan(regex, input);
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (key === "Count") return matches.length;
        if (typeof key !== "string") return undefined;
        const match = /^-?[0-9]+$/.test(key) ? matches[Number(key)] : undefined;
        if (match === undefined) throw new ArgumentOutOfRangeException("i");
        return match;
      },
    },
  );
}

/** Regex.Replace: every match replaced by the substitution, as .NET reads it. */
export function replaceMatches(regex: RegExp, input: string, replacement: string): string {
  const matches = scan(regex, input);
  const first = matches[0];
  const parts = parseSubstitution(
    replacement,
    (first?.groupList.length ?? 1) - 1,
    first?.names ?? [],
  );
  // .NET parses the replacement before it scans, so a group number it cannot read throws even
  // where the pattern matches nothing (RegexParser.ScanDecimal; observed from mono in the C#
  // cross-check, test/regex/substitution-edges.test.ts). The message is .NET Framework's.
  if (parts.some((part) => part.kind === "outOfRange"))
    throw new ArgumentException(
      `parsing "${replacement}" - Capture group numbers must be less than or equal to Int32.MaxValue.`,
    );
  if (first === undefined) return input;
  let out = "";
  let at = 0;
  for (const match of matches) {
    const groups = match.groupList;
    out += input.slice(at, match.Index);
    for (const part of parts) {
      switch (part.kind) {
        case "text":
          out += part.text;
          break;
        case "group":
          out += groups[part.number]!.Value;
          break;
        case "before":
          out += input.slice(0, match.Index);
          break;
        case "after":
          out += input.slice(match.Index + match.Length);
          break;
        case "literalDollar":
          out += "$";
          break;
        default:
          throw new HarnessRefusal(
            `Regex.Replace: the substitution ${part.kind === "lastGroup" ? "$+" : "$_"} is not simulated`,
          );
      }
    }
    at = match.Index + match.Length;
  }
  return out + input.slice(at);
}

/** Regex.Split: the pieces between matches, each followed by the groups that took part. */
export function splitByMatches(regex: RegExp, input: string): string[] {
  const matches = scan(regex, input);
  const pieces: string[] = [];
  let at = 0;
  for (const match of matches) {
    pieces.push(input.slice(at, match.Index));
    at = match.Index + match.Length;
    for (const group of match.groupList.slice(1)) if (group.Success) pieces.push(group.Value);
  }
  pieces.push(input.slice(at));
  return pieces;
}
