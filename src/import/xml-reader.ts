// Reads policy XML leniently, in both content formats APIM accepts: "xml" (expressions escaped,
// well-formed) and "rawxml" (expressions verbatim, so `"` and `<` appear raw inside `@(...)` and
// `@{...}`; src/emit/xml-printer.ts writes both). A value starting with `@(`/`@{` is first
// scanned as C# (expression-scan.ts) to find its end; only a value that is also well-formed XML
// is entity-decoded. Every node keeps its offset, so errors are located (file:line:col).
import { ScanError, scanCode, scanExpression, startsExpression } from "./expression-scan.ts";

/** A literal, or a policy expression with the offset of its `@` in the file. */
export type ReadValue =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "expression"; readonly code: string; readonly offset: number };

export interface ReadAttribute {
  readonly name: string;
  readonly value: ReadValue;
  readonly offset: number;
}

export interface ReadElement {
  readonly kind: "element";
  readonly name: string;
  readonly attributes: readonly ReadAttribute[];
  readonly children: readonly ReadNode[];
  readonly offset: number;
  /** The element's source text, as written. */
  readonly source: string;
}

export type ReadNode =
  | ReadElement
  | { readonly kind: "text"; readonly value: ReadValue; readonly offset: number }
  | { readonly kind: "comment"; readonly text: string; readonly offset: number };

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** Decodes XML's five entities and character references; throws at an unknown one. */
export function decodeEntities(text: string, offset: number): string {
  return text.replace(/&([^;\s&]*);?/g, (match, name: string, at: number) => {
    if (!match.endsWith(";")) throw new ScanError("'&' must start an entity such as &amp;", offset);
    if (ENTITIES[name]) return ENTITIES[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code !== undefined)
      return String.fromCodePoint(parseInt(code, name.startsWith("#x") ? 16 : 10));
    throw new ScanError(`unknown entity '${match}'`, offset + at);
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;

class Reader {
  i = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.i): never {
    throw new ScanError(message, at);
  }

  skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i]!)) this.i++;
  }

  name(): string {
    NAME.lastIndex = this.i;
    const match = NAME.exec(this.text);
    if (!match) this.fail("expected a name here");
    this.i += match[0].length;
    return match[0];
  }

  /** A value: expression (raw or escaped) or literal; `end` finds where plain XML stops. */
  value(start: number, plainEnd: number, closing: (end: number) => boolean): ReadValue {
    const text = this.text;
    let at = start;
    while (at < plainEnd && /\s/.test(text[at]!)) at++;
    if (startsExpression(text, at)) {
      let rawEnd: number | undefined;
      try {
        rawEnd = scanExpression(text, at);
      } catch (error) {
        if (!(error instanceof ScanError)) throw error;
      }
      if (rawEnd !== undefined && rawEnd > plainEnd) {
        // Lenient (rawxml): the expression runs past where XML would stop; taken verbatim.
        let end = rawEnd;
        while (end < text.length && /[ \t\r\n]/.test(text[end]!)) end++;
        if (!closing(end))
          this.fail("text after the expression: a value is one whole expression", rawEnd);
        this.i = end;
        return { kind: "expression", code: text.slice(at, rawEnd), offset: at };
      }
      // Well-formed XML: decode the entities, then the expression must balance. Raw C# such as
      // `a && b` is not valid XML text, but when it scanned whole it is the rawxml form.
      let decoded: string;
      try {
        decoded = decodeEntities(text.slice(at, plainEnd), at).trimEnd();
      } catch (error) {
        if (!(error instanceof ScanError) || rawEnd === undefined) throw error;
        this.i = plainEnd;
        return { kind: "expression", code: text.slice(at, rawEnd), offset: at };
      }
      let end: number;
      try {
        end = scanCode(decoded, 2, decoded[1] === "(" ? ")" : "}");
      } catch (error) {
        if (error instanceof ScanError) this.fail(error.message, at + error.offset);
        throw error;
      }
      if (end !== decoded.length)
        this.fail("text after the expression: a value is one whole expression", at + end);
      this.i = plainEnd;
      return { kind: "expression", code: decoded, offset: at };
    }
    this.i = plainEnd;
    return { kind: "literal", text: decodeEntities(text.slice(start, plainEnd), start) };
  }

  attribute(): ReadAttribute {
    const offset = this.i;
    const name = this.name();
    this.skipSpace();
    if (this.text[this.i] !== "=") this.fail(`attribute '${name}' needs ="value"`);
    this.i++;
    this.skipSpace();
    const quote = this.text[this.i];
    if (quote !== '"' && quote !== "'") this.fail(`the value of '${name}' must be quoted`);
    const start = ++this.i;
    const plainEnd = this.text.indexOf(quote, start);
    if (plainEnd < 0) this.fail(`the value of '${name}' is never closed`, start - 1);
    const value = this.value(start, plainEnd, (end) => this.text[end] === quote);
    this.i++;
    const next = this.text[this.i];
    if (next !== undefined && !/[\s/>]/.test(next))
      this.fail(`unexpected '${next}' after the value of '${name}'`);
    return { name, value, offset };
  }

  element(): ReadElement {
    const offset = this.i;
    this.i++; // <
    const name = this.name();
    const attributes: ReadAttribute[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.i];
      if (c === undefined) this.fail(`<${name}> is never closed`, offset);
      if (c === "/" && this.text[this.i + 1] === ">") {
        this.i += 2;
        return {
          kind: "element",
          name,
          attributes,
          children: [],
          offset,
          source: this.source(offset),
        };
      }
      if (c === ">") {
        this.i++;
        break;
      }
      const attribute = this.attribute();
      if (attributes.some((a) => a.name === attribute.name))
        this.fail(`attribute '${attribute.name}' appears twice`, attribute.offset);
      attributes.push(attribute);
    }
    const children = this.content(name, offset);
    return { kind: "element", name, attributes, children, offset, source: this.source(offset) };
  }

  source(from: number): string {
    return this.text.slice(from, this.i);
  }

  /** Children up to `</name>`. */
  content(name: string, offset: number): ReadNode[] {
    const children: ReadNode[] = [];
    const text = this.text;
    for (;;) {
      if (this.i >= text.length) this.fail(`<${name}> is never closed`, offset);
      if (text.startsWith("</", this.i)) {
        const at = this.i;
        this.i += 2;
        const closing = this.name();
        if (closing !== name)
          this.fail(`</${closing}> closes <${name}> (opened at offset ${offset})`, at);
        this.skipSpace();
        if (text[this.i] !== ">") this.fail(`expected '>' after </${closing}`);
        this.i++;
        return children;
      }
      if (text.startsWith("<!--", this.i)) children.push(this.comment());
      else if (text.startsWith("<![CDATA[", this.i)) {
        const end = text.indexOf("]]>", this.i);
        if (end < 0) this.fail("CDATA section is never closed");
        const literal = text.slice(this.i + 9, end);
        children.push({ kind: "text", value: { kind: "literal", text: literal }, offset: this.i });
        this.i = end + 3;
      } else if (text[this.i] === "<") children.push(this.element());
      else {
        const start = this.i;
        let plainEnd = text.indexOf("<", start);
        if (plainEnd < 0) plainEnd = text.length;
        const value = this.value(start, plainEnd, (end) => text[end] === "<");
        if (value.kind === "expression" || value.text.trim() !== "")
          children.push({ kind: "text", value, offset: start });
      }
    }
  }

  comment(): ReadNode {
    const offset = this.i;
    const end = this.text.indexOf("-->", this.i + 4);
    if (end < 0) this.fail("comment is never closed");
    this.i = end + 3;
    return { kind: "comment", text: this.text.slice(offset + 4, end).trim(), offset };
  }
}

/** A document read: its root element and the comments before it. */
export interface ReadDocument {
  readonly root: ReadElement;
  readonly leadingComments: readonly string[];
}

/** Reads one policy document; throws a ScanError (with the offset) when it is malformed. */
export function readPolicyXml(text: string): ReadDocument {
  const reader: Reader = new Reader(text);
  const leadingComments: string[] = [];
  let root: ReadElement | undefined;
  for (;;) {
    reader.skipSpace();
    if (reader.i >= text.length) break;
    if (text.startsWith("<?", reader.i)) {
      const end = text.indexOf("?>", reader.i);
      if (end < 0) reader.fail("declaration is never closed");
      reader.i = end + 2;
    } else if (text.startsWith("<!--", reader.i)) {
      const comment = reader.comment();
      if (!root && comment.kind === "comment") leadingComments.push(comment.text);
    } else if (text[reader.i] === "<" && !root) root = reader.element();
    else reader.fail(root ? "content after the root element" : "expected '<'");
  }
  if (!root) reader.fail("no root element", 0);
  return { root, leadingComments };
}
