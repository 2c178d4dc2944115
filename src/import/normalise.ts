// The one normaliser of acceptable differences between an original C# expression and the one the
// imported module builds to: both are parsed with the same grammar and compared as trees, so
// whitespace and line breaks, redundant parentheses (the tree already says the grouping), and
// the spelling of string literals (verbatim `@"..."` or escaped `"..."`, `\x41` or `A`) do not
// count; nor does a named argument at its own position (named-arguments.ts), nor where an `out`
// local is declared: `T n; ... var ok = M(x, out n);` (how the build writes
// `const [ok, n] = M(x)`) is `var ok = M(x, out var n);` or `out T n` (C# requires T to be the
// out parameter's own type, so it says nothing the method does not). Everything else, names,
// operators, arguments, order, does.
import { parsePolicyExpression, type CsNode } from "./csharp-parser.ts";
import { stringLiteralValue } from "./csharp-literals.ts";
import { positionalValue } from "./named-arguments.ts";

const STRINGS = new Set(["string_literal", "verbatim_string_literal"]);

/** A hole holding only a string literal is that text (`{"{"}` is how the build writes a brace). */
function interpolationHole(part: CsNode, names: ReadonlyMap<string, string>): string {
  const inner = part.namedChildren.filter(
    (c): c is CsNode => c !== null && c.type !== "interpolation_brace",
  );
  if (inner.length === 1 && STRINGS.has(inner[0]!.type)) return stringLiteralValue(inner[0]!);
  return `\u0001${inner.map((c) => canonical(c, names)).join(",")}\u0002`;
}

/** `T n;` without a value (the name), as the build declares an `out` local. */
function uninitialisedLocal(statement: CsNode): string | undefined {
  const inner = statement.type === "global_statement" ? statement.namedChildren[0] : statement;
  if (inner?.type !== "local_declaration_statement") return undefined;
  const declaration = inner.namedChildren[0];
  const declarators = declaration?.namedChildren.slice(1) ?? [];
  if (
    !declaration ||
    declaration.childForFieldName("type")?.type === "implicit_type" ||
    declarators.length !== 1 ||
    declarators[0]!.namedChildCount !== 1
  )
    return undefined;
  return declarators[0]!.namedChildren[0]!.text;
}

/** An `out` argument's local: `out n` of a local declared for it, `out var n`, `out T n`. */
function outLocal(argument: CsNode, outs: ReadonlySet<string>): string | undefined {
  if (!argument.children.some((c) => c?.type === "out")) return undefined;
  const value = argument.namedChildren[argument.namedChildCount - 1];
  if (value?.type === "declaration_expression")
    return value.childForFieldName("name")?.text ?? value.namedChildren[1]?.text;
  return value?.type === "identifier" && outs.has(value.text) ? value.text : undefined;
}

function canonical(
  node: CsNode,
  names: ReadonlyMap<string, string>,
  outs: ReadonlySet<string> = new Set(),
): string {
  if (node.type === "parenthesized_expression")
    return canonical(node.namedChildren[0]!, names, outs);
  // `As(preserveContent: true)` is `As(true)` (named-arguments.ts).
  const positional = node.type === "argument" ? positionalValue(node) : undefined;
  if (positional) return `argument(${canonical(positional, names, outs)})`;
  const out = node.type === "argument" ? outLocal(node, outs) : undefined;
  if (out !== undefined) return `argument(out ${out})`;
  if (node.type === "block" || node.type === "compilation_unit") {
    const declared = new Set(outs);
    const kept: CsNode[] = [];
    for (const child of node.children) {
      if (!child || child.type === "comment") continue;
      const name = uninitialisedLocal(child);
      if (name && new RegExp(`\\bout\\s+${name}\\b`).test(node.text)) declared.add(name);
      else kept.push(child);
    }
    return `${node.type}(${kept.map((c) => canonical(c, names, declared)).join(" ")})`;
  }
  if (STRINGS.has(node.type)) return `S${JSON.stringify(stringLiteralValue(node))}`;
  if (node.type === "identifier" && names.has(node.text)) return `{{${names.get(node.text)}}}`;
  if (node.childCount === 0) return node.text;
  if (node.type === "interpolated_string_expression") {
    // Literal text is compared by value, holes as trees.
    const parts = node.namedChildren.map((part) =>
      !part || part.type === "interpolation_start" || part.type === "interpolation_quote"
        ? ""
        : part.type === "interpolation"
          ? interpolationHole(part, names)
          : part.type === "escape_sequence"
            ? JSON.stringify(stringLiteralValue(part)).slice(1, -1)
            : part.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}"),
    );
    return `I(${parts.join("")})`;
  }
  const children = node.children
    .filter((c): c is CsNode => c !== null && c.type !== "comment")
    .map((c) => canonical(c, names, outs));
  return `${node.type}(${children.join(" ")})`;
}

/** A canonical form of a policy expression; equal forms mean the same C# program text. */
export function normaliseCSharp(code: string): string {
  const parsed = parsePolicyExpression(code);
  // `@(x)` and `@{ return x; }` stay different: APIM runs them alike, but the build writes one.
  return `${parsed.form}:${canonical(parsed.node, parsed.namedValues)}`;
}

/** Whether two policy expressions are the same after normalisation (unparsable: same text). */
export function sameCSharp(a: string, b: string): boolean {
  try {
    return normaliseCSharp(a) === normaliseCSharp(b);
  } catch {
    return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  }
}
