// Parses the C# of policy expressions with tree-sitter's C# grammar (web-tree-sitter, the grammar's
// own .wasm from the tree-sitter-c-sharp package: no native build, no network). Named values
// written bare in code (`{{flag}} && ...`, which APIM substitutes as text before compiling) are
// not C#: they are swapped for same-length identifiers first and remembered, so offsets stay true.
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";

export type { Node as CsNode } from "web-tree-sitter";

let parser: Parser | undefined;

/** Loads the grammar once (web-tree-sitter's runtime and the C# .wasm); call before parsing. */
export async function initCSharpParser(): Promise<void> {
  if (parser) return;
  const require = createRequire(import.meta.url);
  const runtime = require.resolve("web-tree-sitter/tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtime });
  const grammar = require.resolve("tree-sitter-c-sharp/tree-sitter-c_sharp.wasm");
  const language = await Language.load(grammar);
  const created = new Parser();
  created.setLanguage(language);
  parser = created;
}

/** One parsed policy expression. */
export interface ParsedExpression {
  /** `@(...)`: one expression; `@{...}`: statements. */
  readonly form: "expression" | "block";
  /** The root: the expression node, or the compilation unit holding the statements. */
  readonly node: Node;
  /** Bare named values by their stand-in identifier. */
  readonly namedValues: ReadonlyMap<string, string>;
}

/** A syntax problem at an offset of the policy expression text (`@` is 0). */
export class CSharpSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * The index of the quote closing the literal whose opening quote is at `start`. An interpolated
 * string's holes are code: a `"` in `$"a{"b"}c"` opens a literal in the hole rather than closing
 * the string, and `{{`/`}}` in its text are escaped braces. Each hole's code range is pushed to
 * `holes`.
 */
function literalEnd(code: string, start: number, holes: [number, number][]): number {
  const quote = code[start]!;
  const prefix = code.slice(Math.max(0, start - 2), start);
  const verbatim = prefix.endsWith("@") || prefix === "@$";
  const interpolated = quote === '"' && (prefix.endsWith("$") || prefix === "$@");
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
  return j;
}

/** The index of the `}` closing an interpolation hole whose code starts at `start`. */
function holeEnd(code: string, start: number): number {
  let depth = 0;
  let j = start;
  for (; j < code.length; j++) {
    const c = code[j]!;
    if (isLiteralStart(code, j)) j = literalEnd(code, j, []);
    else if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "}") {
      if (depth === 0) break;
      depth--;
    }
  }
  return j;
}

function isLiteralStart(code: string, i: number): boolean {
  return code[i] === '"' || (code[i] === "'" && code[i + 2] !== undefined);
}

/** Replaces bare `{{name}}` tokens outside strings with identifiers of the same length. */
function replaceBareNamedValues(code: string): { code: string; names: Map<string, string> } {
  const names = new Map<string, string>();
  // Code from `from` to `to`: literals are kept, the code of their holes is scanned in turn.
  const scan = (from: number, to: number): string => {
    let out = "";
    let i = from;
    while (i < to) {
      if (isLiteralStart(code, i)) {
        const holes: [number, number][] = [];
        const j = Math.min(literalEnd(code, i, holes), to - 1);
        let at = i;
        for (const [holeFrom, holeTo] of holes) {
          out += code.slice(at, holeFrom) + scan(holeFrom, holeTo);
          at = holeTo;
        }
        out += code.slice(at, j + 1);
        i = j + 1;
        continue;
      }
      const match = /^\{\{([A-Za-z0-9._-]{1,256})\}\}/.exec(code.slice(i, to));
      if (match && code[i - 1] !== "{") {
        const stand = `_n${names.size.toString(36)}`.padEnd(match[0].length, "_");
        names.set(stand, match[1]!);
        out += stand;
        i += match[0].length;
        continue;
      }
      out += code[i]!;
      i++;
    }
    return out;
  };
  return { code: scan(0, code.length), names };
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    const found = child && firstError(child);
    if (found) return found;
  }
  return node;
}

/** Parses `@(...)` or `@{...}`; throws a CSharpSyntaxError at the first syntax error. */
export function parsePolicyExpression(text: string): ParsedExpression {
  if (!parser) throw new Error("initCSharpParser() must run before parsePolicyExpression()");
  const { code, names } = replaceBareNamedValues(text);
  const form = code[1] === "(" ? "expression" : "block";
  // `@(x)` is parsed as the statement `return (x);`, `@{...}` as top-level statements; the
  // prefix keeps every offset of the original text (`@(` → `  `, `@{` → `  `).
  const source = form === "expression" ? `return ${code.slice(1)};` : `  ${code.slice(2, -1)}`;
  const shift = form === "expression" ? 6 : 0;
  const tree = parser.parse(source);
  if (!tree) throw new CSharpSyntaxError("the C# parser gave no tree", 0);
  const root = tree.rootNode;
  const error = firstError(root);
  if (error) {
    const offset = Math.max(0, error.startIndex - shift);
    const what = error.isMissing ? `missing '${error.type}'` : "this C# does not parse";
    throw new CSharpSyntaxError(what, offset);
  }
  if (form === "expression") {
    const statement = root.namedChildren[0]?.namedChildren[0];
    const parenthesised = statement?.namedChildren[0];
    const inner = parenthesised?.namedChildren[0];
    if (!statement || statement.type !== "return_statement" || !inner || root.namedChildCount !== 1)
      throw new CSharpSyntaxError("expected one C# expression inside @( )", 0);
    return { form, node: inner, namedValues: names };
  }
  return { form, node: root, namedValues: names };
}
