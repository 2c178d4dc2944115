// Regex patterns. The harness runs a pattern with JavaScript's RegExp, APIM with .NET's Regex, so
// a pattern must be a build-time literal in the subset where the two engines agree, rewritten
// where they spell the same thing differently: `$` (.NET also matches before a final newline)
// becomes `\z`, and `.` (JavaScript also excludes \r, U+2028, U+2029) becomes a class, unless
// Multiline or Singleline asks for .NET's own meaning (the harness bridges those: harness/dotnet/
// regex.ts). Unicode-aware classes (\d, \w, \s, \b in .NET), lookarounds and backreferences
// are refused. Named groups `(?<name>...)` are allowed when every capturing group is named:
// .NET numbers unnamed groups first and named ones after them ("Grouping Constructs in Regular
// Expressions", "Named matched subexpressions"), JavaScript all of them left to right.
import ts from "../../compile/typescript.js";
import { buildTimeValue } from "../expressions/access.ts";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import type { TranslationState } from "../state.ts";

/** The RegexOptions a call passes (each bridged: see the header). */
export interface PatternOptions {
  readonly ignoreCase?: boolean;
  readonly multiline?: boolean;
  readonly singleline?: boolean;
}

/** The capturing groups of a pattern: how many, and their names when named. */
export interface PatternGroups {
  readonly count: number;
  readonly names: readonly string[];
}

interface Frame {
  readonly capturing: boolean;
  /** Capturing groups inside it. */
  nested: number;
  /** A finished alternative can match empty text. */
  nullable: boolean;
  /** The current alternative cannot match empty text. */
  nonEmpty: boolean;
}

/** The least number of repetitions the quantifier at `at` allows (1 when there is none). */
function quantifierMinimum(pattern: string, at: number): number {
  const ch = pattern[at];
  if (ch === "*" || ch === "?") return 0;
  if (ch === "{") return Number(/^\{(\d+)/.exec(pattern.slice(at))?.[1] ?? 1);
  return 1;
}

/** Names that GroupCollection's members take in TypeScript (`Groups["Count"]` reads the member). */
const MEMBER_NAMES = new Set(["Count"]);
const GROUP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const ESCAPABLE = new Set([..."\\.*+?()[]{}|^$/-"]);
const CONTROL_ESCAPES = new Set(["n", "r", "t", "f", "v"]);
const DOT = "[^\\n\\r\\u2028\\u2029]";

type Rewrite =
  { ok: true; pattern: string; groups: PatternGroups } | { ok: false; problem: string };

const IGNORE_CASE_ASCII =
  "IgnoreCase is simulated for ASCII only (.NET's culture-aware casing and JavaScript's case folding differ beyond it, e.g. on the Kelvin sign K); write the other case out, e.g. [éÉ]";

/** Rewrites a JavaScript pattern into the .NET pattern with the same matches, or says why not. */
export function rewritePattern(pattern: string, options: PatternOptions = {}): Rewrite {
  let out = "";
  let inClass = false;
  let unnamed = 0;
  const names: string[] = [];
  // Per open group (the root first): how many capturing groups it contains, and whether it can
  // match empty text (to refuse repeating either, at its ")").
  const root: Frame = { capturing: false, nested: 0, nullable: false, nonEmpty: false };
  const open: Frame[] = [root];
  const opening = (capturing: boolean) => {
    if (capturing) for (const group of open) group.nested++;
    open.push({ capturing, nested: 0, nullable: false, nonEmpty: false });
  };
  // An atom ending at `end` that matches at least one character when `nonEmpty`: with a
  // quantifier of minimum 1 or more after it, the current alternative cannot match empty text.
  const atom = (end: number, nonEmpty: boolean) => {
    if (nonEmpty && quantifierMinimum(pattern, end + 1) > 0) open.at(-1)!.nonEmpty = true;
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (options.ignoreCase && ch.charCodeAt(0) > 0x7f)
      return { ok: false, problem: IGNORE_CASE_ASCII };
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === undefined)
        return { ok: false, problem: "the pattern ends with a lone backslash" };
      if (ESCAPABLE.has(next) || CONTROL_ESCAPES.has(next)) {
        out += ch + next;
        i++;
        if (!inClass) atom(i, true);
        continue;
      }
      const hex =
        next === "u"
          ? pattern.slice(i + 2, i + 6)
          : next === "x"
            ? pattern.slice(i + 2, i + 4)
            : undefined;
      if (
        hex !== undefined &&
        /^[0-9A-Fa-f]+$/.test(hex) &&
        hex.length === (next === "u" ? 4 : 2)
      ) {
        if (options.ignoreCase && parseInt(hex, 16) > 0x7f)
          return { ok: false, problem: IGNORE_CASE_ASCII };
        out += pattern.slice(i, i + 2 + hex.length);
        i += 1 + hex.length;
        if (!inClass) atom(i, true);
        continue;
      }
      return {
        ok: false,
        problem: /[sS]/.test(next)
          ? `'\\${next}' matches different white space: .NET's includes U+0085 (next line) and not U+FEFF (byte order mark), JavaScript's the reverse; write the class out, e.g. [ \\t\\r\\n]`
          : /[dDwWbB]/.test(next)
            ? `'\\${next}' is Unicode-aware in .NET but ASCII-only in JavaScript; write the class out, e.g. [0-9] or [A-Za-z0-9_]`
            : `'\\${next}' means different things in JavaScript and .NET`,
      };
    }
    if (inClass) {
      if (ch === "]") {
        inClass = false;
        atom(i, true);
      }
      if (ch === "[") return { ok: false, problem: "'[' inside a character class must be escaped" };
      out += ch;
      continue;
    }
    switch (ch) {
      case "[":
        inClass = true;
        out += ch;
        if (pattern[i + 1] === "^") {
          out += "^";
          i++;
        }
        if (pattern[i + 1] === "]")
          return {
            ok: false,
            problem: "an empty character class or a leading ']' differs between the engines",
          };
        break;
      case "(":
        if (pattern[i + 1] === "?") {
          const named = /^\(\?<([^>=!]*)>/.exec(pattern.slice(i));
          if (named) {
            const name = named[1]!;
            const problem = !GROUP_NAME.test(name)
              ? `the group name '${name}' must be letters, digits and '_', not starting with a digit`
              : names.includes(name)
                ? `the group name '${name}' is used twice`
                : MEMBER_NAMES.has(name)
                  ? `a group named '${name}' cannot be read: Groups["${name}"] is GroupCollection's member in TypeScript`
                  : undefined;
            if (problem) return { ok: false, problem };
            names.push(name);
            opening(true);
            out += named[0];
            i += named[0].length - 1;
            break;
          }
          if (pattern[i + 2] !== ":")
            return {
              ok: false,
              problem: "lookarounds differ between the engines; use (?: ) or plain groups",
            };
          opening(false);
          out += "(?:";
          i += 2;
        } else {
          opening(true);
          unnamed++;
          out += ch;
        }
        break;
      case ")": {
        if (open.length === 1) return { ok: false, problem: "an unmatched ')'" };
        const group = open.pop()!;
        const nullable = group.nullable || !group.nonEmpty;
        const repeated = /^[*+?{]/.test(pattern.slice(i + 1));
        // JavaScript clears the captures inside a group at each repetition, .NET keeps the last
        // one ("(?:(a)|b)+" on "ab": group 1 is undefined in JavaScript, "a" in .NET).
        if (group.nested > 0 && /^[*+{]/.test(pattern.slice(i + 1)))
          return {
            ok: false,
            problem:
              "a capturing group inside a repeated group keeps its last capture in .NET but is cleared at each repetition in JavaScript; capture the repeated part as a whole",
          };
        // JavaScript rejects an empty repetition of a group, .NET takes it ("(a?)?" on "b":
        // group 1 is undefined in JavaScript, "" in .NET).
        if (nullable && repeated && (group.capturing || group.nested > 0))
          return {
            ok: false,
            problem:
              'a capturing group that can match empty text, made optional or repeated, captures "" in .NET where JavaScript leaves it unmatched; make its content non-empty (a+ rather than a*)',
          };
        atom(i, !nullable);
        out += ch;
        break;
      }
      case "|": {
        const frame = open.at(-1)!;
        frame.nullable ||= !frame.nonEmpty;
        frame.nonEmpty = false;
        out += ch;
        break;
      }
      case "^":
      case "*":
      case "+":
      case "?":
        out += ch;
        break;
      case "{":
        {
          const quantifier = /^\{\d+(,\d*)?\}\??/.exec(pattern.slice(i));
          if (!quantifier) return { ok: false, problem: "a literal '{' must be escaped" };
          out += quantifier[0];
          i += quantifier[0].length - 1;
        }
        break;
      case "}":
        return { ok: false, problem: "a literal '}' must be escaped" };
      case "$":
        // Multiline: .NET's `$` is before every \n and at the end, which the harness bridges.
        out += options.multiline ? "$" : "\\z";
        break;
      case ".":
        // Singleline: every character in both engines (JavaScript's `s` flag).
        out += options.singleline ? "." : DOT;
        atom(i, true);
        break;
      default:
        out += ch;
        atom(i, true);
    }
  }
  if (inClass) return { ok: false, problem: "an unterminated character class" };
  if (names.length > 0 && unnamed > 0)
    return {
      ok: false,
      problem:
        "named and unnamed groups are numbered differently (.NET numbers unnamed groups first, JavaScript left to right); name every group, or make the unnamed ones (?: )",
    };
  try {
    new RegExp(pattern);
  } catch (error) {
    return { ok: false, problem: `not a valid pattern: ${(error as Error).message}` };
  }
  return { ok: true, pattern: out, groups: { count: unnamed + names.length, names } };
}

/** A string literal, or a string known when the policy is built (a module constant). */
export function knownString(state: TranslationState, node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  const known = buildTimeValue(state, node);
  return known.found && typeof known.value === "string" ? known.value : undefined;
}

/** The C# pattern argument of a Regex call, checked and rewritten, with its groups. */
export function translateRegexPattern(
  state: TranslationState,
  argument: ts.Expression | undefined,
  options: PatternOptions = {},
): { pattern: CsExpression; groups?: PatternGroups } {
  const known = argument && knownString(state, argument);
  if (!argument || known === undefined) {
    return {
      pattern: state.report(
        "regexPattern",
        "the pattern must be a string known when the policy is built, so it can be checked for both engines",
        argument ?? state.frame.node,
        'write Regex.IsMatch(input, "^[0-9A-F]{40}$"), or keep the pattern in a module constant',
      ),
    };
  }
  const rewrite = rewritePattern(known, options);
  if (!rewrite.ok)
    return {
      pattern: state.report(
        "regexPattern",
        rewrite.problem,
        argument,
        "write the pattern with constructs both engines read alike: escaped literals, classes written out ([0-9], [ \\t]), (?<name>...) groups",
      ),
    };
  return { pattern: { kind: "string", value: rewrite.pattern }, groups: rewrite.groups };
}
