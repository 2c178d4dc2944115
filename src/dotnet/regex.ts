// System.Text.RegularExpressions as APIM's expression reference allows it (Regex's IsMatch,
// Match, Matches, Replace and Split; Match, Group, GroupCollection, MatchCollection; RegexOptions).
// The harness runs a pattern with JavaScript's RegExp, APIM with .NET's Regex, so a pattern must
// be a build-time string in the subset where the two engines agree, rewritten where they spell
// the same thing differently (src/translate/members/regex.ts); the options must be written
// `RegexOptions.X`. Named groups are allowed when every capturing group is named (.NET numbers
// unnamed groups before named ones, JavaScript left to right: with names only, both agree).
import type { int } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.Text.RegularExpressions.RegexOptions (one option per call). */
export interface RegexOptions {
  readonly __regexOptions: "RegexOptions";
}

/** The RegexOptions members where .NET and JavaScript agree or the difference is bridged. */
export interface RegexOptionsStatic {
  /** No option: `^` and `$` are the start and end of the input, `.` is any character but \n. */
  readonly None: RegexOptions;
  /**
   * Case-insensitive matching. The harness simulates it for ASCII: the pattern must be ASCII
   * (the translator checks) and input with other characters is refused (.NET's culture-aware
   * casing and JavaScript's case folding differ there, e.g. on the Kelvin sign).
   */
  readonly IgnoreCase: RegexOptions;
  /** `^` and `$` also match after and before every \n (not \r: .NET's lines end at \n only). */
  readonly Multiline: RegexOptions;
  /** `.` matches every character, \n included. */
  readonly Singleline: RegexOptions;
}

/** System.Text.RegularExpressions.Group: what one capturing group matched. */
export interface Group {
  /** Whether the group took part in the match. */
  readonly Success: boolean;
  /** The captured text; "" when the group did not take part. */
  readonly Value: string;
  /** Where the capture starts in the input (0 when the group did not take part). */
  readonly Index: int;
  /** The capture's length. */
  readonly Length: int;
}

/** GroupCollection's own members; its indexers are in GroupCollection. */
export interface GroupCollectionMembers {
  /** The number of groups, group 0 (the whole match) included. */
  readonly Count: int;
}

/**
 * System.Text.RegularExpressions.GroupCollection: `Groups[1]` by number (0 is the whole match),
 * `Groups["name"]` by name. A number or name that is no group gives an unsuccessful Group ("").
 */
export type GroupCollection = GroupCollectionMembers & {
  readonly [name: string]: Group;
  readonly [number: number]: Group;
};

/** System.Text.RegularExpressions.Match: the first (or next) match of a pattern. */
export interface Match {
  /** Whether the pattern matched; when not, Value is "" and Index 0. */
  readonly Success: boolean;
  /** The matched text. */
  readonly Value: string;
  /** Where the match starts in the input. */
  readonly Index: int;
  /** The match's length. */
  readonly Length: int;
  /** The capturing groups, group 0 being the whole match. */
  readonly Groups: GroupCollection;
}

/** MatchCollection's own members; its indexer is in MatchCollection. */
export interface MatchCollectionMembers {
  /** The number of matches. */
  readonly Count: int;
}

/**
 * System.Text.RegularExpressions.MatchCollection: the successive matches, read with Count and
 * `matches[i]` (ArgumentOutOfRangeException outside 0..Count-1). Not iterable with for..of: on
 * .NET Framework it is a non-generic collection, so C#'s `foreach (var m in ...)` gives objects.
 */
export type MatchCollection = MatchCollectionMembers & { readonly [index: number]: Match };

/** System.Text.RegularExpressions.Regex statics. Null input: ArgumentNullException. */
export interface RegexStatic {
  /** Whether the pattern matches somewhere in the input. */
  IsMatch(input: string | null, pattern: string, options?: RegexOptions): boolean;
  /** The first match (Success false when none). */
  Match(input: string | null, pattern: string, options?: RegexOptions): Match;
  /** Every match, left to right; after an empty match the search resumes one character later. */
  Matches(input: string | null, pattern: string, options?: RegexOptions): MatchCollection;
  /**
   * Replaces every match by `replacement`, in which `$1`/`${1}` is a group by number, `${name}`
   * a group by name, `$&` the match, `` $` `` and `$'` the text before and after it, and `$$` a
   * dollar; a `$` reference to no group stays as written ("Substitutions in Regular Expressions").
   */
  Replace(
    input: string | null,
    pattern: string,
    replacement: string | null,
    options?: RegexOptions,
  ): string;
  /**
   * The input cut at every match; the text of every capturing group that took part is included
   * after the piece it follows. Empty matches cut too, at the start and end included.
   */
  Split(input: string | null, pattern: string, options?: RegexOptions): string[];
}

/** System.Text.RegularExpressions.Regex. */
export const Regex: RegexStatic = dotnetValue<RegexStatic>("Regex");
/** System.Text.RegularExpressions.RegexOptions. */
export const RegexOptions: RegexOptionsStatic = dotnetValue<RegexOptionsStatic>("RegexOptions");
