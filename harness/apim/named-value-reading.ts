// How an expression sees a named value. The translator writes namedValue("x") as the C# string
// literal `"{{x}}"` and namedBoolean("x") as a bare `{{x}}` (src/translate/expressions/calls.ts),
// and APIM puts the named value's text in place of `{{x}}` before the expression runs:
//
// - "Use named values in Azure API Management policies" (api-management-howto-properties),
//   section "Use a named value": "When this policy is evaluated ..., {{ContosoHeader}} and
//   {{ContosoHeaderValue}} are replaced with their respective values"; a named value may hold a
//   policy expression, which is then evaluated; and "String interpolation can also be used with
//   named values": `@($"... {System.Net.WebUtility.UrlEncode("{{ContosoHeaderValue2}}")}")` gives
//   "This+is+a+header+value." - the text is read as the contents of a C# string literal.
//   The same section: named values "can't contain other named values" - a `{{other}}` in the text
//   is not replaced (the harness reads it as plain text).
// - "API Management policy expressions", section "Syntax": an expression is `@(expression)`
//   where expression "is a well-formed C# expression statement"; section "Usage": "When the
//   policy is defined, policy expressions only have limited verification. Expressions are
//   executed by the gateway at run-time."
//
// So the expression sees what C# reads from `"<text>"` (src/csharp-syntax/string-literal-reading.ts):
// `\n` is a line break, `\\` one backslash, and a bare `"`, a line break, an unknown escape or a
// trailing backslash leave C# that does not compile (or, for a `"`, compiles to other code). The
// pages do not say whether APIM rejects that when the policy is saved or fails when it runs, and
// say nothing of escaping: the harness refuses such a value rather than guess.
//
// The expression's C# decides the literal kind: the translator always writes "{{name}}", but a raw
// `csharp(code, twin)` may hold @"{{name}}" (read verbatim), an interpolated string's text or a
// char literal (refused: braces or one character), or use one name in two kinds (refused).

import type { NamedValueResolver } from "../../src/model/named-value.ts";
import { namedValueSites, type NamedValueSite } from "../../src/csharp-syntax/named-value-sites.ts";
import {
  readRegularStringLiteral,
  readVerbatimStringLiteral,
  type StringLiteralProblem,
} from "../../src/csharp-syntax/string-literal-reading.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { textMemo } from "./text-memo.ts";

const ALTERNATIVES =
  "or use {{name}} in a literal attribute instead of an expression, where APIM takes the text as it is";

function describeProblem(problem: StringLiteralProblem, verbatim: boolean): string {
  const at = `at character ${problem.index + 1}`;
  const literal = verbatim ? '@"{{name}}"' : '"{{name}}"';
  switch (problem.kind) {
    case "quote":
      return (
        `holds a '"' ${at}, which ends the C# string literal ${literal}: the expression would not ` +
        `compile, or would compile to other code. Write it as ${verbatim ? '""' : '\\"'} in the named value's text, ${ALTERNATIVES}`
      );
    case "line-break":
      return (
        `holds a line break (U+${problem.character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) ${at}, ` +
        `which a C# string literal cannot contain (CS1010 "Newline in constant"). Write \\n (or \\r\\n) in the ` +
        `named value's text instead, ${ALTERNATIVES}`
      );
    case "escape":
      return (
        `holds '${problem.sequence}' ${at}, which is not a C# escape sequence (CS1009 "Unrecognized escape sequence"). ` +
        `Write \\\\ for a backslash (C# knows \\' \\" \\\\ \\0 \\a \\b \\f \\n \\r \\t \\v \\xH.. \\uHHHH \\UHHHHHHHH), ${ALTERNATIVES}`
      );
    case "trailing-backslash":
      return (
        `ends with a lone backslash, which escapes the closing quote of the C# string literal ${literal} so ` +
        `the literal never ends. Write \\\\ for a backslash, ${ALTERNATIVES}`
      );
  }
}

// C#'s whitespace around a token (specification, "White space" and "Line terminators").
const CSHARP_SPACE = "[\\p{Zs}\\t\\v\\f\\r\\n\\u0085\\u2028\\u2029]*";
const BOOLEAN = new RegExp(`^${CSHARP_SPACE}(true|false)${CSHARP_SPACE}$`, "u");

const SITE_TEXT: Readonly<Record<NamedValueSite, string>> = {
  code: "bare in code",
  regular: 'in a string "..."',
  verbatim: 'in a verbatim string @"..."',
  "interpolated-text": "in an interpolated string's text (where braces open holes)",
  char: "in a char literal",
};

// Where each name stands in a C# text, worked out once per text (text-memo.ts says why): scanning
// the C# again for each namedValue()/namedBoolean() call was a measurable part of a request.
const siteTable = textMemo(1_000, (csharp): ReadonlyMap<string, readonly NamedValueSite[]> => {
  const sites = new Map<string, Set<NamedValueSite>>();
  for (const site of namedValueSites(csharp))
    sites.set(site.name, (sites.get(site.name) ?? new Set()).add(site.site));
  return new Map([...sites].map(([name, kinds]) => [name, [...kinds]]));
});

const NO_SITES: readonly NamedValueSite[] = [];

/**
 * The resolver installed while one expression runs: `lookup` gives the configured text (and
 * refuses a missing name), `csharp` is the expression's C# (where each `{{name}}` stands decides
 * how it is read), `where` names the expression for a refusal.
 */
export function namedValueReader(
  lookup: (name: string) => string,
  csharp: string | undefined,
  where: () => string,
): NamedValueResolver {
  return new NamedValueReader(lookup, csharp ?? "", where);
}

// A class, not an object literal of closures: one is made for every expression evaluation.
class NamedValueReader implements NamedValueResolver {
  readonly #lookup: (name: string) => string;
  readonly #csharp: string;
  readonly #where: () => string;

  constructor(lookup: (name: string) => string, csharp: string, where: () => string) {
    this.#lookup = lookup;
    this.#csharp = csharp;
    this.#where = where;
  }

  /** Where `{{name}}` stands in the C#: one kind of place, else a refusal. */
  #siteOf(name: string, reader: string): NamedValueSite {
    const found = siteTable(this.#csharp).get(name) ?? NO_SITES;
    if (found.length === 1) return found[0]!;
    throw new HarnessRefusal(
      `Named value '${name}', read by ${reader} in ${this.#where()}: ` +
        (found.length === 0
          ? `the expression's C# does not reference {{${name}}}, so APIM gives it no value there`
          : `the expression's C# has {{${name}}} ${found.map((s) => SITE_TEXT[s]).join(" and ")}, ` +
            "where C# reads its text differently; use it in one kind of place"),
    );
  }

  #refuse(name: string, reader: string, detail: string): never {
    throw new HarnessRefusal(
      `Named value '${name}', read by ${reader} in ${this.#where()}, ${detail}`,
    );
  }

  text(name: string): string {
    const site = this.#siteOf(name, "namedValue()");
    if (site !== "regular" && site !== "verbatim")
      this.#refuse(
        name,
        "namedValue()",
        `stands ${SITE_TEXT[site]} in the expression's C#: the harness reads a named value's text only in a string "{{${name}}}" or @"{{${name}}}"`,
      );
    const text = this.#lookup(name);
    const verbatim = site === "verbatim";
    const reading = verbatim ? readVerbatimStringLiteral(text) : readRegularStringLiteral(text);
    if (reading.ok) return reading.value;
    return this.#refuse(
      name,
      "namedValue()",
      describeProblem(reading.problem, verbatim).replaceAll("{{name}}", `{{${name}}}`),
    );
  }

  boolean(name: string): boolean {
    const site = this.#siteOf(name, "namedBoolean()");
    if (site !== "code")
      this.#refuse(
        name,
        "namedBoolean()",
        `stands ${SITE_TEXT[site]} in the expression's C#, not bare in code as a boolean`,
      );
    const text = this.#lookup(name);
    const match = BOOLEAN.exec(text);
    if (match) return match[1] === "true";
    return this.#refuse(
      name,
      "namedBoolean()",
      `holds ${JSON.stringify(text)}, which is not the C# boolean literal true or false (C# is case-sensitive): ` +
        "APIM writes it bare into the C#, which would not compile or would mean other code. Set the named " +
        `value to true or false, or read it with namedValue("${name}") and compare the text`,
    );
  }
}
