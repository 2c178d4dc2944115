// Regex.IsMatch patterns. The harness runs a pattern with JavaScript's RegExp, APIM with .NET's
// Regex, so a pattern must be a build-time literal in the subset where the two engines agree,
// rewritten where they spell the same thing differently: `$` (.NET also matches before a final
// newline) becomes `\z`, and `.` (JavaScript also excludes \r, U+2028, U+2029) becomes a class.
// Unicode-aware classes (\d, \w, \s, \b in .NET), lookarounds and backreferences are refused.
import ts from "typescript";
import { buildTimeValue } from "../expressions/access.ts";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import type { TranslationState } from "../state.ts";

const ESCAPABLE = new Set([..."\\.*+?()[]{}|^$/-"]);
const CONTROL_ESCAPES = new Set(["n", "r", "t", "f", "v"]);
const DOT = "[^\\n\\r\\u2028\\u2029]";

type Rewrite = { ok: true; pattern: string } | { ok: false; problem: string };

/** Rewrites a JavaScript pattern into the .NET pattern with the same matches, or says why not. */
export function rewritePattern(pattern: string): Rewrite {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === undefined)
        return { ok: false, problem: "the pattern ends with a lone backslash" };
      if (ESCAPABLE.has(next) || CONTROL_ESCAPES.has(next)) {
        out += ch + next;
        i++;
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
        out += pattern.slice(i, i + 2 + hex.length);
        i += 1 + hex.length;
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
      if (ch === "]") inClass = false;
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
          if (pattern[i + 2] !== ":")
            return {
              ok: false,
              problem:
                "lookarounds and named groups differ between the engines; use (?: ) or plain groups",
            };
          out += "(?:";
          i += 2;
        } else out += ch;
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
        out += "\\z";
        break;
      case ".":
        out += DOT;
        break;
      default:
        out += ch;
    }
  }
  if (inClass) return { ok: false, problem: "an unterminated character class" };
  try {
    new RegExp(pattern);
  } catch (error) {
    return { ok: false, problem: `not a valid pattern: ${(error as Error).message}` };
  }
  return { ok: true, pattern: out };
}

/** The C# pattern argument of Regex.IsMatch, checked and rewritten. */
export function translateRegexPattern(
  state: TranslationState,
  argument: ts.Expression | undefined,
): CsExpression {
  // A literal, or a string known when the policy is built (a module constant): checked the same way.
  const known =
    argument &&
    (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)
      ? { found: true as const, value: argument.text }
      : buildTimeValue(state, argument));
  if (!argument || !known?.found || typeof known.value !== "string") {
    return state.report(
      "regexPattern",
      "the pattern must be a string known when the policy is built, so it can be checked for both engines",
      argument ?? state.frame.node,
      'write Regex.IsMatch(input, "^[0-9A-F]{40}$"), or keep the pattern in a module constant',
    );
  }
  const rewrite = rewritePattern(known.value);
  if (!rewrite.ok) return state.report("regexPattern", rewrite.problem, argument);
  return { kind: "string", value: rewrite.pattern };
}
