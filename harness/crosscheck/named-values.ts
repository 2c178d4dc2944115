// Named values: APIM replaces `{{name}}` with the named value's text before the expression is
// compiled, anywhere in it (string literals included). This module does the same and keeps a
// map from positions in the substituted text back to the author's text, so that a compiler
// diagnostic points into what the author wrote (inside a substituted value: at its `{{`).
import { namedValueTokens } from "../../src/model/named-value.ts";

const reference = namedValueTokens("g");

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

interface Segment {
  from: number; // offset in the substituted text
  to: number;
  original: number; // offset in the original text
  copied: boolean; // false: inside a substituted value
}

export interface Substitution {
  text: string;
  /** Names referenced but not configured, with their position in the original text. */
  unknown: { name: string; position: Position }[];
  /** Maps a position in `text` to the position in the original code. */
  toOriginal(position: Position): Position;
}

/** Replaces `{{name}}` references; unknown names stay as written and are reported. */
export function substituteNamedValues(
  code: string,
  namedValues: Record<string, string>,
): Substitution {
  const segments: Segment[] = [];
  const unknown: Substitution["unknown"] = [];
  let text = "";
  let last = 0;
  for (const match of code.matchAll(reference)) {
    const name = match[1]!;
    if (!Object.hasOwn(namedValues, name)) {
      unknown.push({ name, position: positionAt(code, match.index) });
      continue;
    }
    segments.push({
      from: text.length,
      to: text.length + match.index - last,
      original: last,
      copied: true,
    });
    text += code.slice(last, match.index);
    const value = namedValues[name]!;
    segments.push({
      from: text.length,
      to: text.length + value.length,
      original: match.index,
      copied: false,
    });
    text += value;
    last = match.index + match[0].length;
  }
  segments.push({
    from: text.length,
    to: text.length + code.length - last,
    original: last,
    copied: true,
  });
  text += code.slice(last);
  return {
    text,
    unknown,
    toOriginal(position) {
      const offset = offsetAt(text, position);
      const segment =
        segments.find((s) => offset >= s.from && offset < s.to) ?? segments[segments.length - 1]!;
      return positionAt(
        code,
        segment.copied ? segment.original + (offset - segment.from) : segment.original,
      );
    },
  };
}

/** Code whose named values are already in place, as a substitution that changed nothing. */
export function unsubstituted(code: string): Substitution {
  return { text: code, unknown: [], toOriginal: (position) => position };
}

/** 1-based line/column of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of a 1-based line/column (clamped to the text). */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.column - 1, text.length);
}
