// Where `{{name}}` tokens stand in a policy expression's C# text: bare in code, or inside which
// kind of literal. APIM pastes a named value's text over the token before compiling
// ("Use named values in Azure API Management policies", "Use a named value"), so the kind of
// literal decides how C# reads that text: a regular "..." reads escapes, a verbatim @"..." reads
// backslashes as they are, an interpolated string's text reads braces as holes, bare code reads it
// as code. The scan knows just enough C# lexing to tell them apart: literals, verbatim and
// interpolated prefixes, and interpolation holes (which are code again, at any depth).
import { namedValueTokens } from "../model/named-value.ts";

export type NamedValueSite = "code" | "regular" | "verbatim" | "interpolated-text" | "char";

const TOKEN = namedValueTokens("g");

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly site: NamedValueSite;
}

function isLiteralStart(code: string, i: number): boolean {
  return code[i] === '"' || (code[i] === "'" && code[i + 2] !== undefined);
}

/**
 * The literal whose opening quote is at `start`: its kind, its end (the closing quote's index),
 * and its holes' code ranges. A `"` in a hole of `$"a{"b"}c"` opens a literal in the hole rather
 * than closing the string, and `{{`/`}}` in an interpolated string's text are escaped braces.
 */
function literalAt(code: string, start: number) {
  const quote = code[start]!;
  const prefix = code.slice(Math.max(0, start - 2), start);
  const verbatim = prefix.endsWith("@") || prefix === "@$";
  const interpolated = quote === '"' && (prefix.endsWith("$") || prefix === "$@");
  const holes: [number, number][] = [];
  let j = start + 1;
  for (; j < code.length; j++) {
    const c = code[j]!;
    if (!verbatim && c === "\\") j++;
    else if (interpolated && (c === "{" || c === "}") && code[j + 1] === c) j++;
    else if (interpolated && c === "{") {
      const end = holeEnd(code, j + 1);
      holes.push([j + 1, end]);
      j = end;
    } else if (c === quote) {
      if (verbatim && code[j + 1] === quote) j++;
      else break;
    }
  }
  const site: NamedValueSite =
    quote === "'" ? "char" : interpolated ? "interpolated-text" : verbatim ? "verbatim" : "regular";
  return { end: Math.min(j, code.length - 1), holes, site };
}

/** The index of the `}` closing an interpolation hole whose code starts at `start`. */
function holeEnd(code: string, start: number): number {
  let depth = 0;
  let j = start;
  for (; j < code.length; j++) {
    const c = code[j]!;
    if (isLiteralStart(code, j)) j = literalAt(code, j).end;
    else if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "}") {
      if (depth === 0) break;
      depth--;
    }
  }
  return j;
}

/** The code from `from` to `to` cut into segments by where they stand. */
function segments(code: string, from: number, to: number, out: Segment[]): Segment[] {
  let start = from;
  let i = from;
  while (i < to) {
    if (!isLiteralStart(code, i)) {
      i++;
      continue;
    }
    if (i > start) out.push({ from: start, to: i, site: "code" });
    const literal = literalAt(code, i);
    let at = i;
    for (const [holeFrom, holeTo] of literal.holes) {
      out.push({ from: at, to: holeFrom, site: literal.site });
      segments(code, holeFrom, holeTo, out);
      at = holeTo;
    }
    out.push({ from: at, to: literal.end + 1, site: literal.site });
    i = start = literal.end + 1;
  }
  if (to > start) out.push({ from: start, to, site: "code" });
  return out;
}

/** Each `{{name}}` token: its name, offset, length and where it stands. */
export function namedValueSites(
  code: string,
): { name: string; offset: number; length: number; site: NamedValueSite }[] {
  const sites = [];
  for (const segment of segments(code, 0, code.length, [])) {
    for (const match of code.slice(segment.from, segment.to).matchAll(TOKEN)) {
      const offset = segment.from + match.index;
      // `{{{name}}}` in code is a brace around a token only where the scan says code.
      if (segment.site === "code" && code[offset - 1] === "{") continue;
      sites.push({ name: match[1]!, offset, length: match[0].length, site: segment.site });
    }
  }
  return sites;
}
