// Finds where a policy expression `@(...)` or `@{...}` ends, by reading it as C# tokens: brackets
// nest, and strings (regular, verbatim `@"..."`, interpolated `$"...{hole}..."`), characters and
// comments are skipped whole. The XML reader runs it before any XML parsing, because APIM accepts
// expressions written raw inside attributes and text (its "rawxml" format: quotes and `<` inside
// `@(...)` are not escaped), which no XML parser reads.

/** A problem at an offset of the text being read. */
export class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const CLOSER: Readonly<Record<string, string>> = { "(": ")", "{": "}", "[": "]" };

/** Skips a string or character literal starting at `at`; returns the offset after it. */
function skipLiteral(text: string, at: number): number {
  let i = at;
  let verbatim = false;
  let interpolated = false;
  while (text[i] === "@" || text[i] === "$") {
    if (text[i] === "@") verbatim = true;
    else interpolated = true;
    i++;
  }
  const quote = text[i];
  if (quote === "'") {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "\\") j++;
      else if (text[j] === "'") return j + 1;
      else if (text[j] === "\n") break;
    }
    throw new ScanError("unterminated character literal", at);
  }
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (!verbatim && c === "\\") {
      j++;
      continue;
    }
    if (c === '"') {
      if (verbatim && text[j + 1] === '"') {
        j++;
        continue;
      }
      return j + 1;
    }
    if (!verbatim && c === "\n") break;
    if (interpolated && c === "{") {
      if (text[j + 1] === "{") {
        j++;
        continue;
      }
      j = scanCode(text, j + 1, "}") - 1;
      continue;
    }
    if (interpolated && c === "}" && text[j + 1] === "}") j++;
  }
  throw new ScanError("unterminated string literal in the expression", at);
}

/**
 * Scans C# code from `at` up to the `closer` that balances it; returns the offset after the
 * closer. Throws a ScanError at the unbalanced bracket or the unterminated literal.
 */
export function scanCode(text: string, at: number, closer: string): number {
  const stack: { closer: string; offset: number }[] = [{ closer, offset: at - 1 }];
  let i = at;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i = skipLiteral(text, i);
      continue;
    }
    if ((c === "@" || c === "$") && /^[@$]{1,2}"/.test(text.slice(i, i + 3))) {
      i = skipLiteral(text, i);
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new ScanError("unterminated comment in the expression", i);
      i = end + 2;
      continue;
    }
    if (CLOSER[c]) stack.push({ closer: CLOSER[c]!, offset: i });
    else if (c === ")" || c === "}" || c === "]") {
      const open = stack.pop()!;
      if (open.closer !== c)
        throw new ScanError(`'${c}' closes nothing here (expected '${open.closer}')`, i);
      if (stack.length === 0) return i + 1;
    }
    i++;
  }
  const open = stack[stack.length - 1]!;
  throw new ScanError(`this bracket is never closed (expected '${open.closer}')`, open.offset);
}

/** Whether `text` at `at` starts a policy expression. */
export function startsExpression(text: string, at: number): boolean {
  return text[at] === "@" && (text[at + 1] === "(" || text[at + 1] === "{");
}

/** The end (exclusive) of the policy expression starting at `at` (`@(` or `@{`). */
export function scanExpression(text: string, at: number): number {
  return scanCode(text, at + 2, text[at + 1] === "(" ? ")" : "}");
}
