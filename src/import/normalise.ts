// The one normaliser of acceptable differences between an original C# expression and the one the
// imported module builds to: both are parsed with the same grammar and compared as trees, so
// whitespace and line breaks, redundant parentheses (the tree already says the grouping), and
// the spelling of string literals (verbatim `@"..."` or escaped `"..."`, `\x41` or `A`) do not
// count. Everything else, names, operators, arguments, order, does.
import { parsePolicyExpression, type CsNode } from "./csharp-parser.ts";
import { stringLiteralValue } from "./csharp-literals.ts";

const STRINGS = new Set(["string_literal", "verbatim_string_literal"]);

/** A hole holding only a string literal is that text (`{"{"}` is how the build writes a brace). */
function interpolationHole(part: CsNode, names: ReadonlyMap<string, string>): string {
  const inner = part.namedChildren.filter(
    (c): c is CsNode => c !== null && c.type !== "interpolation_brace",
  );
  if (inner.length === 1 && STRINGS.has(inner[0]!.type)) return stringLiteralValue(inner[0]!);
  return `\u0001${inner.map((c) => canonical(c, names)).join(",")}\u0002`;
}

function canonical(node: CsNode, names: ReadonlyMap<string, string>): string {
  if (node.type === "parenthesized_expression") return canonical(node.namedChildren[0]!, names);
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
    .map((c) => canonical(c, names));
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
