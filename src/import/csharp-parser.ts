// Parses the C# of policy expressions with tree-sitter's C# grammar (web-tree-sitter, the grammar's
// own .wasm from the tree-sitter-c-sharp package: no native build, no network). Named values
// written bare in code (`{{flag}} && ...`, which APIM substitutes as text before compiling) are
// not C#: they are swapped for same-length identifiers first and remembered, so offsets stay true.
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";
import { namedValueSites } from "../csharp-syntax/named-value-sites.ts";

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

/** Replaces bare `{{name}}` tokens outside strings with identifiers of the same length. */
function replaceBareNamedValues(code: string): { code: string; names: Map<string, string> } {
  const names = new Map<string, string>();
  let out = "";
  let at = 0;
  for (const site of namedValueSites(code)) {
    if (site.site !== "code") continue;
    const stand = `_n${names.size.toString(36)}`.padEnd(site.length, "_");
    names.set(stand, site.name);
    out += code.slice(at, site.offset) + stand;
    at = site.offset + site.length;
  }
  return { code: out + code.slice(at), names };
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
