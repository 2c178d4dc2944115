// Calls of Regex's statics (IsMatch, Match, Matches, Replace, Split): the pattern is checked and
// rewritten for the options the call passes (regex.ts), so the options must be one RegexOptions
// member written out; a replacement known when the policy is built is read as .NET reads it
// (regex-substitution.ts) and refused where that differs from what it looks like.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import type { TranslationState } from "../state.ts";
import {
  knownString,
  translateRegexPattern,
  type PatternGroups,
  type PatternOptions,
} from "./regex.ts";
import { parseSubstitution } from "./regex-substitution.ts";

/** Regex's statics the translator checks, with the position of their options argument. */
const OPTIONS_AT: Readonly<Record<string, number>> = {
  IsMatch: 2,
  Match: 2,
  Matches: 2,
  Split: 2,
  Replace: 3,
};

const OPTION_FLAGS: Readonly<Record<string, PatternOptions>> = {
  None: {},
  IgnoreCase: { ignoreCase: true },
  Multiline: { multiline: true },
  Singleline: { singleline: true },
};

/** Whether `name` is a Regex static whose pattern the translator checks. */
export function isCheckedRegexCall(name: string): boolean {
  return name in OPTIONS_AT;
}

/** The options a call passes: `RegexOptions.X` written out, else a diagnostic. */
function readOptions(
  state: TranslationState,
  argument: ts.Expression | undefined,
): PatternOptions | undefined {
  if (argument === undefined) return {};
  const member =
    ts.isPropertyAccessExpression(argument) &&
    ts.isIdentifier(argument.expression) &&
    state.symbolAt(argument.expression)?.getName() === "RegexOptions"
      ? argument.name.text
      : undefined;
  const flags = member === undefined ? undefined : OPTION_FLAGS[member];
  if (flags === undefined) {
    state.report(
      "regexOptions",
      "the options must be one RegexOptions member written out, so the pattern can be checked for them",
      argument,
      "write RegexOptions.IgnoreCase, RegexOptions.Multiline or RegexOptions.Singleline (one per call)",
    );
  }
  return flags;
}

/** Checks a replacement known at build time against the pattern's groups. */
function checkReplacement(
  state: TranslationState,
  argument: ts.Expression,
  groups: PatternGroups,
): void {
  const known = knownString(state, argument);
  if (known === undefined) return; // read at run time, as .NET does
  for (const part of parseSubstitution(known, groups.count, groups.names)) {
    const problem =
      part.kind === "lastGroup"
        ? "'$+' (the last group) is not simulated"
        : part.kind === "input"
          ? "'$_' (the whole input) is not simulated"
          : part.kind === "literalDollar"
            ? "a '$' reference to no group of the pattern is literal text in .NET"
            : part.kind === "outOfRange"
              ? "a group number above Int32.MaxValue (2147483647) makes .NET's Regex.Replace throw ArgumentException"
              : undefined;
    if (problem) {
      state.report(
        "regexReplacement",
        problem,
        argument,
        "write $1 or ${name} for a group of the pattern, $& for the match, $$ for a dollar sign",
      );
      return;
    }
  }
}

/** The arguments of a Regex static call, with the pattern checked and rewritten. */
export function translateRegexArguments(
  state: TranslationState,
  node: ts.CallExpression,
  name: string,
  args: readonly CsExpression[],
): CsExpression[] {
  const optionsAt = OPTIONS_AT[name]!;
  const options = readOptions(state, node.arguments[optionsAt]);
  const out = [...args];
  if (options === undefined) return out;
  const { pattern, groups } = translateRegexPattern(state, node.arguments[1], options);
  out[1] = pattern;
  const replacement = node.arguments[2];
  if (name === "Replace" && groups && replacement) checkReplacement(state, replacement, groups);
  return out;
}
