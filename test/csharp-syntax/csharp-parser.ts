// A reference parser for the C# expressions the printer writes, written from the C# language
// specification and independent of the printer's own table, so a property test can print a tree,
// read it back and compare. Source: C# language specification, §12.4.2 "Operator precedence and
// associativity" (https://learn.microsoft.com/dotnet/csharp/language-reference/language-specification/expressions#1242-operator-precedence-and-associativity):
// primary > unary > multiplicative > additive > relational > equality > && > || > ?? > ?: >
// assignment and lambda; ?? ?: and = are right-associative, the other binary operators left.
// §12.9.7 "Cast expressions": `(T)-x` is a cast only when T is a predefined-type keyword.
import type { CsBinaryOperator, CsExpression } from "../../src/csharp-syntax/syntax.ts";

/** Binary levels, loosest first, as the specification lists them. */
export const SPEC_LEVELS: readonly (readonly CsBinaryOperator[])[] = [
  ["??"],
  ["||"],
  ["&&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["+", "-"],
  ["*", "/", "%"],
];
export const KEYWORD_TYPES = new Set(["int", "double", "string", "object", "bool", "long"]);

type Token = { kind: "name" | "number" | "punct"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\?\?|\?\.|==|!=|<=|>=|&&|\|\||=>|--|\+\+|[-+*/%<>!?:.,()[\]=]))/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(at))) break;
      throw new Error(`cannot read ${JSON.stringify(text.slice(at))} in ${text}`);
    }
    at = pattern.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "number", text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: "name", text: m[2] });
    else tokens.push({ kind: "punct", text: m[3]! });
  }
  return tokens;
}

/** Parses printed C# back into the syntax tree (the subset the property test generates). */
export function parseCSharp(text: string): CsExpression {
  const tokens = tokenize(text);
  let i = 0;
  const peek = (offset = 0): Token | undefined => tokens[i + offset];
  const is = (t: string, offset = 0): boolean =>
    peek(offset)?.kind === "punct" && peek(offset)!.text === t;
  const expect = (t: string): void => {
    if (!is(t)) throw new Error(`expected ${t} at token ${i} of ${text}`);
    i++;
  };

  function expression(): CsExpression {
    // lambda: `x => body` or `(a, b) => body`
    if (peek()?.kind === "name" && is("=>", 1)) {
      const name = tokens[i]!.text;
      i += 2;
      return { kind: "lambda", parameters: [name], body: expression() };
    }
    if (is("(") && is(")", 1) && is("=>", 2)) {
      i += 3;
      return { kind: "lambda", parameters: [], body: expression() };
    }
    if (is("(")) {
      let j = i + 1;
      const names: string[] = [];
      while (
        tokens[j]?.kind === "name" &&
        (tokens[j + 1]?.text === "," || tokens[j + 1]?.text === ")")
      ) {
        names.push(tokens[j]!.text);
        j += 2;
        if (tokens[j - 1]!.text === ")") break;
      }
      if (
        tokens[j - 1]?.text === ")" &&
        tokens[j]?.text === "=>" &&
        (names.length !== 1 || !KEYWORD_TYPES.has(names[0]!))
      ) {
        i = j + 1;
        return { kind: "lambda", parameters: names, body: expression() };
      }
    }
    const left = conditional();
    if (is("=")) {
      i++;
      return { kind: "assign", target: left, value: expression() };
    }
    return left;
  }

  function conditional(): CsExpression {
    const condition = binary(0);
    if (!is("?")) return condition;
    i++;
    const whenTrue = expression();
    expect(":");
    const whenFalse = expression();
    return { kind: "conditional", condition, whenTrue, whenFalse };
  }

  function binary(level: number): CsExpression {
    if (level === SPEC_LEVELS.length) return unary();
    const operators = SPEC_LEVELS[level]!;
    const matches = (): CsBinaryOperator | undefined => operators.find((op) => is(op));
    const left = binary(level + 1);
    if (operators[0] === "??") {
      // right-associative
      if (!matches()) return left;
      i++;
      return { kind: "binary", operator: "??", left, right: binary(level) };
    }
    let result = left;
    for (let op = matches(); op; op = matches()) {
      i++;
      result = { kind: "binary", operator: op, left: result, right: binary(level + 1) };
    }
    return result;
  }

  function unary(): CsExpression {
    if (is("!") || is("-")) {
      const operator = tokens[i++]!.text as "!" | "-";
      return { kind: "unary", operator, operand: unary() };
    }
    if (is("(") && peek(1)?.kind === "name" && is(")", 2)) {
      const type = peek(1)!.text;
      const next = peek(3);
      const startsOperand =
        next !== undefined && (next.kind !== "punct" || next.text === "(" || next.text === "!");
      if (
        KEYWORD_TYPES.has(type)
          ? next !== undefined && (startsOperand || next.text === "-")
          : /^[A-Z]/.test(type) && startsOperand
      ) {
        i += 3;
        return { kind: "cast", type, operand: unary() };
      }
    }
    return primary();
  }

  function primary(): CsExpression {
    let node = atom();
    for (;;) {
      if (is(".") || is("?.")) {
        const conditional = tokens[i++]!.text === "?.";
        node = { kind: "member", target: node, name: tokens[i++]!.text, conditional };
      } else if (is("(")) {
        i++;
        const args: CsExpression[] = [];
        while (!is(")")) {
          args.push(expression());
          if (is(",")) i++;
        }
        i++;
        node = { kind: "call", target: node, arguments: args };
      } else if (is("[")) {
        i++;
        const index = expression();
        expect("]");
        node = { kind: "index", target: node, index };
      } else return node;
    }
  }

  function atom(): CsExpression {
    const token = tokens[i++];
    if (!token) throw new Error(`unexpected end of ${text}`);
    if (token.kind === "number") return { kind: "number", text: token.text };
    if (token.kind === "name") {
      if (token.text === "true" || token.text === "false")
        return { kind: "boolean", value: token.text === "true" };
      if (token.text === "null") return { kind: "null" };
      return { kind: "identifier", name: token.text };
    }
    if (token.text === "(") {
      const inner = expression();
      expect(")");
      return inner;
    }
    throw new Error(`unexpected ${token.text} at token ${i - 1} of ${text}`);
  }

  const result = expression();
  if (i !== tokens.length) throw new Error(`trailing tokens from ${i} in ${text}`);
  return result;
}

/** A negative number literal reads back as unary minus of its magnitude; member nodes lose `conditional: false`. */
export function canonical(node: CsExpression): CsExpression {
  switch (node.kind) {
    case "number":
      return node.text.startsWith("-")
        ? { kind: "unary", operator: "-", operand: { kind: "number", text: node.text.slice(1) } }
        : node;
    case "member":
      return {
        kind: "member",
        target: canonical(node.target),
        name: node.name,
        conditional: node.conditional ?? false,
      };
    case "call":
      return {
        kind: "call",
        target: canonical(node.target),
        arguments: node.arguments.map(canonical),
      };
    case "index":
      return { kind: "index", target: canonical(node.target), index: canonical(node.index) };
    case "binary":
      return {
        kind: "binary",
        operator: node.operator,
        left: canonical(node.left),
        right: canonical(node.right),
      };
    case "unary":
      return { kind: "unary", operator: node.operator, operand: canonical(node.operand) };
    case "cast":
      return { kind: "cast", type: node.type, operand: canonical(node.operand) };
    case "conditional":
      return {
        kind: "conditional",
        condition: canonical(node.condition),
        whenTrue: canonical(node.whenTrue),
        whenFalse: canonical(node.whenFalse),
      };
    case "lambda":
      return { kind: "lambda", parameters: node.parameters, body: canonical(node.body) };
    case "assign":
      return { kind: "assign", target: canonical(node.target), value: canonical(node.value) };
    default:
      return node;
  }
}
