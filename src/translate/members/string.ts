// JavaScript string members and their exact C# equivalents. Where the two languages differ
// (culture, first-match replace, whitespace sets, clamping), the mapping either bridges the
// difference in the emitted C# or refuses with a hint. Anything not listed is refused.
import ts from "../../compile/typescript.js";
import { cs, type CsExpression } from "../../csharp-syntax/syntax.ts";
import type { MemberCall, MemberMapping } from "./member-call.ts";

/** ECMAScript WhiteSpace and LineTerminator code points, which String.prototype.trim removes. */
export const JAVASCRIPT_WHITESPACE =
  "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

const ORDINAL: CsExpression = {
  kind: "member",
  target: cs.id("StringComparison"),
  name: "Ordinal",
};

/** C#'s Trim() uses Char.IsWhiteSpace (adds U+0085, drops U+FEFF): pass JavaScript's set explicitly. */
function trimCall(target: CsExpression, method: string): CsExpression {
  return cs.method(target, method, [cs.method(cs.str(JAVASCRIPT_WHITESPACE), "ToCharArray", [])]);
}

export type StringMethod = MemberMapping;

function arity(context: MemberCall, count: number, hint: string): boolean {
  if (context.args.length === count) return true;
  context.state.report(
    "unsupportedMember",
    `this form of '${(context.node.expression as ts.PropertyAccessExpression).name.text}' has no exact C# equivalent`,
    context.node,
    hint,
  );
  return false;
}

/**
 * JavaScript maps case with Unicode's full mappings (ß → SS, final sigma, İ → i̇); .NET's invariant
 * mapping is per character. They agree on everything else, so the mapping stands, with a warning
 * the author sees at every use rather than a silent difference.
 */
function caseMapping(c: MemberCall, method: "ToLowerInvariant" | "ToUpperInvariant"): CsExpression {
  if (!arity(c, 0, "")) return c.target;
  c.state.warn(
    "caseMapping",
    `${(c.node.expression as ts.PropertyAccessExpression).name.text}() becomes ${method}(), which maps a few non-ASCII letters differently (ß, ﬁ, İ, final sigma, letters outside the BMP)`,
    c.node,
    "fine for ASCII text such as header values and schemes; for other text compare without changing case",
  );
  return cs.method(c.target, method, []);
}

function isSimple(node: ts.Expression): boolean {
  return (
    ts.isIdentifier(node) ||
    ts.isStringLiteral(node) ||
    (ts.isPropertyAccessExpression(node) && isSimple(node.expression))
  );
}

export const STRING_METHODS: Readonly<Record<string, StringMethod>> = {
  startsWith: (c) =>
    arity(c, 1, "startsWith(prefix, position) has no exact equivalent; use substring first")
      ? cs.method(c.target, "StartsWith", [c.args[0]!, ORDINAL])
      : c.target,
  endsWith: (c) =>
    arity(c, 1, "endsWith(suffix, length) has no exact equivalent; use substring first")
      ? cs.method(c.target, "EndsWith", [c.args[0]!, ORDINAL])
      : c.target,
  // String.Contains(string) is ordinal in .NET.
  includes: (c) =>
    arity(c, 1, "includes(search, position) has no exact equivalent")
      ? cs.method(c.target, "Contains", [c.args[0]!])
      : c.target,
  indexOf: (c) =>
    arity(c, 1, "indexOf(search, position) has no exact equivalent")
      ? cs.method(c.target, "IndexOf", [c.args[0]!, ORDINAL])
      : c.target,
  toLowerCase: (c) => caseMapping(c, "ToLowerInvariant"),
  toUpperCase: (c) => caseMapping(c, "ToUpperInvariant"),
  trim: (c) => (arity(c, 0, "") ? trimCall(c.target, "Trim") : c.target),
  trimStart: (c) => (arity(c, 0, "") ? trimCall(c.target, "TrimStart") : c.target),
  trimEnd: (c) => (arity(c, 0, "") ? trimCall(c.target, "TrimEnd") : c.target),
  replaceAll: (c) => {
    if (!arity(c, 2, "replaceAll(pattern, replacement) with two strings")) return c.target;
    const pattern = c.argNodes[0]!;
    const replacement = c.argNodes[1]!;
    if (!ts.isStringLiteral(pattern) || pattern.text === "") {
      c.state.report(
        "unsupportedMember",
        "replaceAll needs a non-empty string literal pattern: an empty or computed pattern behaves differently in C#",
        pattern,
        "write the pattern as a literal",
      );
    }
    // `$` in a JavaScript replacement string is a substitution pattern ($&, $1); C# takes it literally.
    if (!ts.isStringLiteral(replacement) || replacement.text.includes("$")) {
      c.state.report(
        "unsupportedMember",
        "replaceAll needs a string literal replacement without '$' (JavaScript expands $& and $1 there)",
        replacement,
        "write the replacement as a literal; build computed text with concatenation",
      );
    }
    return cs.method(c.target, "Replace", [c.args[0]!, c.args[1]!]);
  },
  replace: (c) => {
    c.state.report(
      "replaceFirstOnly",
      "'String.prototype.replace' with a string pattern replaces only the first match in JavaScript but every match in C#",
      c.node,
      "use 'replaceAll'",
    );
    return c.target;
  },
  split: (c) => {
    const separator = c.argNodes[0];
    if (
      c.args.length !== 1 ||
      !separator ||
      !ts.isStringLiteral(separator) ||
      separator.text === ""
    ) {
      c.state.report(
        "unsupportedMember",
        "split needs one non-empty string literal separator (an empty, computed or limited split behaves differently in C#)",
        c.node,
        'write split(",") with a literal separator',
      );
      return c.target;
    }
    if (separator.text.length === 1)
      return cs.method(c.target, "Split", [{ kind: "char", value: separator.text }]);
    return cs.method(c.target, "Split", [
      { kind: "new-array", elementType: "string", elements: [c.args[0]!] },
      { kind: "member", target: cs.id("StringSplitOptions"), name: "None" },
    ]);
  },
  substring: (c) => {
    // JavaScript clamps both indices to [0, length] and swaps them when start > end; C# throws.
    // With literal non-negative indices the clamping is Math.Min against the length.
    const [start, end] = c.argNodes;
    const literal = (n: ts.Expression | undefined) =>
      n !== undefined && ts.isNumericLiteral(n) && Number.isInteger(Number(n.text));
    if (
      !literal(start) ||
      (end !== undefined && !literal(end)) ||
      !isSimple((c.node.expression as ts.PropertyAccessExpression).expression)
    ) {
      c.state.report(
        "unsupportedMember",
        "substring needs literal indices on a simple receiver (a local or a member): JavaScript clamps out-of-range indices, C# throws",
        c.node,
        "bind the string to a const and use literal indices",
      );
      return c.target;
    }
    const from = Number(start!.getText());
    const length = cs.member(c.target, "Length");
    const clamp = (value: number): CsExpression =>
      cs.call(cs.member(cs.id("Math"), "Min"), [{ kind: "number", text: String(value) }, length]);
    if (end === undefined) return cs.method(c.target, "Substring", [clamp(from)]);
    const to = Number(end.getText());
    const [low, high] = from <= to ? [from, to] : [to, from];
    return cs.method(c.target, "Substring", [clamp(low), cs.binary("-", clamp(high), clamp(low))]);
  },
};
