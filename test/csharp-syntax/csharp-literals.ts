// A reference reader for the C# literals the printer writes, written from the C# language
// specification and independent of the printer, so property tests can print a value and read it
// back. Sources: C# language specification §6.4.5.5 "Character literals" and §6.4.5.6 "String
// literals" (simple escape sequences \' \" \\ \0 \a \b \f \n \r \t \v, hexadecimal \xH[H][H][H],
// Unicode \uHHHH and \UHHHHHHHH; a regular string literal may not contain ", \ or a new-line
// character unescaped), and §12.8.3 "Interpolated string expressions" (`{{` and `}}` stand for one
// brace; `{expression}` is a hole; a hole here is read as a string literal, whose value it adds).
const SIMPLE: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  "\\": "\\",
  "0": "\0",
  a: "\u0007",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};
/** §6.4.1: new-line characters, which a regular literal cannot hold. */
const NEW_LINE = /[\r\n\u0085\u2028\u2029]/;

/** Reads one escape sequence at `text[at] === "\\"`; returns the value and the index after it. */
function readEscape(text: string, at: number): [string, number] {
  const kind = text[at + 1];
  if (kind === undefined) throw new Error(`unterminated escape in ${text}`);
  if (SIMPLE[kind] !== undefined) return [SIMPLE[kind]!, at + 2];
  if (kind === "u" || kind === "U") {
    const digits = kind === "u" ? 4 : 8;
    const hex = text.slice(at + 2, at + 2 + digits);
    if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex))
      throw new Error(`bad \\${kind} escape in ${text}`);
    return [String.fromCodePoint(parseInt(hex, 16)), at + 2 + digits];
  }
  if (kind === "x") {
    const hex = /^[0-9A-Fa-f]{1,4}/.exec(text.slice(at + 2))?.[0];
    if (!hex) throw new Error(`bad \\x escape in ${text}`);
    return [String.fromCharCode(parseInt(hex, 16)), at + 2 + hex.length];
  }
  throw new Error(`unknown escape \\${kind} in ${text}`);
}

/** Reads the body of a regular literal from `at` up to the closing `quote`; returns value and end. */
function readBody(text: string, at: number, quote: string): [string, number] {
  let value = "";
  let i = at;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error(`unterminated literal ${text}`);
    if (ch === quote) return [value, i + 1];
    if (NEW_LINE.test(ch))
      throw new Error(`new-line character inside literal ${JSON.stringify(text)}`);
    if (ch === "\\") {
      const [part, next] = readEscape(text, i);
      value += part;
      i = next;
    } else {
      value += ch;
      i++;
    }
  }
}

/** The value of a C# regular string literal (the whole text must be the literal). */
export function readStringLiteral(text: string): string {
  if (text[0] !== '"') throw new Error(`not a string literal: ${text}`);
  const [value, end] = readBody(text, 1, '"');
  if (end !== text.length) throw new Error(`trailing text after literal: ${text}`);
  return value;
}

/** The value of a C# character literal: exactly one UTF-16 code unit. */
export function readCharLiteral(text: string): string {
  if (text[0] !== "'") throw new Error(`not a char literal: ${text}`);
  if (text[1] === "'") throw new Error(`empty char literal: ${text}`);
  const [value, end] = readBody(text, 1, "'");
  if (end !== text.length) throw new Error(`trailing text after literal: ${text}`);
  if (value.length !== 1) throw new Error(`a char literal holds one code unit: ${text}`);
  return value;
}

/**
 * The value of `$"..."` whose holes are string literals (or names looked up in `names`), the way
 * C# evaluates it. Format specifiers (`{x:N}`) and alignments are not read: none is written.
 */
export function readInterpolated(text: string, names: Record<string, string> = {}): string {
  if (!text.startsWith('$"')) throw new Error(`not an interpolated string: ${text}`);
  let value = "";
  let i = 2;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error(`unterminated interpolated string ${text}`);
    if (ch === '"') {
      if (i + 1 !== text.length) throw new Error(`trailing text after literal: ${text}`);
      return value;
    }
    if ((ch === "{" || ch === "}") && text[i + 1] === ch) {
      value += ch;
      i += 2;
    } else if (ch === "}") {
      throw new Error(`lone } in ${text}`);
    } else if (ch === "{") {
      i++;
      if (text[i] === '"') {
        const [part, next] = readBody(text, i + 1, '"');
        value += part;
        i = next;
      } else {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
        if (!name || names[name] === undefined) throw new Error(`unreadable hole in ${text}`);
        value += names[name];
        i += name.length;
      }
      if (text[i] !== "}") throw new Error(`hole not closed in ${text}`);
      i++;
    } else if (ch === "\\") {
      const [part, next] = readEscape(text, i);
      value += part;
      i = next;
    } else {
      if (NEW_LINE.test(ch)) throw new Error(`new-line character inside literal ${text}`);
      value += ch;
      i++;
    }
  }
}
