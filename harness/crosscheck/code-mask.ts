// Which characters of C# source are code, as opposed to comments, string and char literals.
// Rewrites that must not touch literals (the virtual clock, locating a member for a
// diagnostic) search a masked copy of the text of the same length. Understands C# 7 literals:
// "..." with escapes, @"..." verbatim, $"..." and $@"..." interpolated (their holes are code).

/** A copy of `code` with every non-code character replaced by `\u0001`; same length, same lines. */
export function maskNonCode(code: string): string {
  const out = code.split("");
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = "\u0001";
  };
  scanCode(code, 0, false, blank);
  return out.join("");
}

type Blank = (from: number, to: number) => void;

/**
 * Scans code from `start`; in an interpolation hole (`inHole`) stops at the `}` or format `:`
 * that ends it and returns its position. Literals and comments are reported through `blank`.
 */
function scanCode(code: string, start: number, inHole: boolean, blank: Blank): number {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === "/" && next === "/") {
      const end = code.indexOf("\n", i);
      const stop = end < 0 ? code.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = code.indexOf("*/", i + 2);
      const stop = end < 0 ? code.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'") {
      i = scanQuoted(code, i, "'", blank);
    } else if (c === '"') {
      i = scanQuoted(code, i, '"', blank);
    } else if (c === "@" && next === '"') {
      i = scanVerbatim(code, i, blank);
    } else if (c === "$" && (next === '"' || (next === "@" && code[i + 2] === '"'))) {
      i = scanInterpolated(code, i, next === "@", blank);
    } else if (c === "@" && next === "$" && code[i + 2] === '"') {
      i = scanInterpolated(code, i, true, blank);
    } else {
      if (inHole) {
        if (c === "(" || c === "[" || c === "{") depth++;
        else if (c === ")" || c === "]") depth--;
        else if (c === "}") {
          if (depth === 0) return i;
          depth--;
        } else if (c === ":" && depth === 0) return i;
      }
      i++;
    }
  }
  return i;
}

function scanQuoted(code: string, start: number, quote: string, blank: Blank): number {
  let i = start + 1;
  while (i < code.length && code[i] !== quote && code[i] !== "\n") i += code[i] === "\\" ? 2 : 1;
  const stop = Math.min(i + 1, code.length);
  blank(start, stop);
  return stop;
}

function scanVerbatim(code: string, start: number, blank: Blank): number {
  let i = start + 2;
  while (i < code.length) {
    if (code[i] === '"') {
      if (code[i + 1] === '"') i += 2;
      else break;
    } else i++;
  }
  const stop = Math.min(i + 1, code.length);
  blank(start, stop);
  return stop;
}

function scanInterpolated(code: string, start: number, verbatim: boolean, blank: Blank): number {
  let i = start + (verbatim ? 3 : 2);
  let textStart = start;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '"') {
      if (verbatim && code[i + 1] === '"') {
        i += 2;
        continue;
      }
      blank(textStart, i + 1);
      return i + 1;
    }
    if (!verbatim && c === "\\") {
      i += 2;
      continue;
    }
    if ((c === "{" || c === "}") && code[i + 1] === c) {
      i += 2;
      continue;
    }
    if (c === "{") {
      blank(textStart, i + 1);
      let end = scanCode(code, i + 1, true, blank);
      // A format specifier (`{x:0.00}`) is text up to the closing brace.
      if (code[end] === ":") {
        const close = code.indexOf("}", end);
        end = close < 0 ? code.length : close;
      }
      textStart = end;
      i = end + 1;
      continue;
    }
    i++;
  }
  blank(textStart, code.length);
  return code.length;
}
