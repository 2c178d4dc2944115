// Prints the C# syntax tree. The only place that decides parentheses (from one precedence table)
// and layout; the only place that escapes C# string literals. XML escaping is not done here.
import type { CsExpression, CsPolicyExpression, CsStatement } from "./syntax.ts";

/** C# operator precedence, higher binds tighter (C# spec §12.4.2). */
const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  "*": 13,
  "/": 13,
  "%": 13,
  "+": 12,
  "-": 12,
  "<<": 11,
  ">>": 11,
  "<": 10,
  ">": 10,
  "<=": 10,
  ">=": 10,
  "==": 9,
  "!=": 9,
  "&": 8,
  "^": 7,
  "|": 6,
  "&&": 5,
  "||": 4,
  "??": 3,
};
/** Predefined types spelled as keywords (C# spec §8.2.1, simple types, plus string and object). */
const KEYWORD_TYPES = new Set([
  "bool",
  "byte",
  "sbyte",
  "char",
  "decimal",
  "double",
  "float",
  "int",
  "uint",
  "long",
  "ulong",
  "short",
  "ushort",
  "string",
  "object",
]);
const PRIMARY = 20;
const UNARY = 15;
const CONDITIONAL = 2;
const ASSIGNMENT = 1;

function precedence(node: CsExpression): number {
  switch (node.kind) {
    case "binary":
      return BINARY_PRECEDENCE[node.operator]!;
    case "unary":
    case "cast":
      return UNARY;
    case "conditional":
      return CONDITIONAL;
    case "lambda":
    case "assign":
      return ASSIGNMENT;
    case "number":
      return node.text.startsWith("-") ? UNARY : PRIMARY;
  }
  return PRIMARY;
}

/** Simple escape sequences (C# spec §6.4.5.5); quotes are handled by escapeCodeUnit. */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\0": "\\0",
};

/** C1 controls, spaces other than U+0020, format characters, fillers and variation selectors. */
const INVISIBLE =
  /[\u0080-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/;

/** Escapes one UTF-16 code unit for a C# regular string or char literal. */
function escapeCodeUnit(ch: string, quote: '"' | "'"): string {
  // Only the literal's own quote needs a backslash; the other one reads as itself.
  if (ch === quote) return "\\" + quote;
  const simple = SIMPLE_ESCAPES[ch];
  if (simple !== undefined) return simple;
  const code = ch.charCodeAt(0);
  // Control characters, line separators, lone surrogates and every invisible or space-like
  // character (U+00A0, U+2000–U+200F, U+FEFF, ...) are written as \uXXXX so the literal stays
  // on one line, survives any XML round trip and shows what it holds; other text stays readable.
  if (code < 0x20 || code === 0x7f || INVISIBLE.test(ch) || (code >= 0xd800 && code <= 0xdfff)) {
    return "\\u" + code.toString(16).toUpperCase().padStart(4, "0");
  }
  return ch;
}

function escapeString(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // A valid surrogate pair is one character: keep it as is. (Past the end charCodeAt gives
    // NaN, which is no low surrogate: a high surrogate at the end stays lone.)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value[i]! + value[i + 1]!;
        i++;
        continue;
      }
    }
    // APIM substitutes `{{name}}` named values in the policy text before compiling, string
    // literals included: a literal "{{" must never reach the text, so its first brace is escaped.
    if (value[i] === "{" && value[i + 1] === "{") {
      out += "\\u007B";
      continue;
    }
    out += escapeCodeUnit(value[i]!, '"');
  }
  return out;
}

/** A C# regular string literal with the given value. */
export function stringLiteral(value: string): string {
  return `"${escapeString(value)}"`;
}

/**
 * Literal text of an interpolated string. C# doubles braces there (`{{`), but `{{` would be read
 * by APIM as a named value token: each brace is written as a hole holding it instead (`{"{"}`).
 */
function interpolationText(value: string): string {
  return value
    .split(/([{}])/)
    .map((part) => (part === "{" || part === "}" ? `{"${part}"}` : escapeString(part)))
    .join("");
}

function wrap(node: CsExpression, minimum: number): string {
  const text = printExpression(node);
  return precedence(node) < minimum ? `(${text})` : text;
}

export function printExpression(node: CsExpression): string {
  switch (node.kind) {
    case "identifier":
      return node.name;
    case "string":
      return stringLiteral(node.value);
    case "char":
      return `'${escapeCodeUnit(node.value, "'")}'`;
    case "number":
      return node.text;
    case "boolean":
      return node.value ? "true" : "false";
    case "null":
      return "null";
    case "verbatim":
      return node.text;
    case "member":
      return `${wrap(node.target, PRIMARY)}${node.conditional ? "?." : "."}${node.name}`;
    case "index":
      return `${wrap(node.target, PRIMARY)}[${printExpression(node.index)}]`;
    case "call": {
      const typeArguments = node.typeArguments?.length ? `<${node.typeArguments.join(", ")}>` : "";
      return `${wrap(node.target, PRIMARY)}${typeArguments}(${node.arguments.map(printExpression).join(", ")})`;
    }
    case "new":
      return `new ${node.type}(${node.arguments.map(printExpression).join(", ")})`;
    case "new-array": {
      const elements = node.elements.map(printExpression).join(", ");
      return `new ${node.elementType ?? ""}[] { ${elements} }`.replace("{  }", "{ }");
    }
    case "binary": {
      const p = BINARY_PRECEDENCE[node.operator]!;
      // ?? is right-associative; every other binary operator here is left-associative.
      const rightAssociative = node.operator === "??";
      return `${wrap(node.left, rightAssociative ? p + 1 : p)} ${node.operator} ${wrap(node.right, rightAssociative ? p : p + 1)}`;
    }
    case "unary": {
      const operand = wrap(node.operand, UNARY);
      // `-` before a negative operand would print `--`, C#'s decrement operator.
      return node.operator === "-" && operand.startsWith("-")
        ? `-(${operand})`
        : `${node.operator}${operand}`;
    }
    case "cast": {
      const operand = wrap(node.operand, UNARY);
      // `(T)-x` is a cast only when T is a predefined-type keyword; otherwise C# reads a
      // subtraction (C# spec §12.9.7), so the operand is parenthesized.
      return operand.startsWith("-") && !KEYWORD_TYPES.has(node.type)
        ? `(${node.type})(${operand})`
        : `(${node.type})${operand}`;
    }
    case "conditional":
      return `${wrap(node.condition, CONDITIONAL + 1)} ? ${wrap(node.whenTrue, CONDITIONAL)} : ${wrap(node.whenFalse, CONDITIONAL)}`;
    case "lambda": {
      const parameters =
        node.parameters.length === 1 ? node.parameters[0]! : `(${node.parameters.join(", ")})`;
      return `${parameters} => ${wrap(node.body, ASSIGNMENT)}`;
    }
    case "interpolated":
      return `$"${node.parts
        .map((part) =>
          typeof part === "string" ? interpolationText(part) : `{${interpolationHole(part)}}`,
        )
        .join("")}"`;
    case "assign":
      return `${wrap(node.target, PRIMARY)} = ${wrap(node.value, ASSIGNMENT)}`;
    case "out":
      return `out ${node.name}`;
  }
  // Not a syntax node: print nothing silently and the C# would lose an argument unnoticed.
  throw new TypeError(`not a C# expression node: ${JSON.stringify(node)}`);
}

/** A top-level `?:` in an interpolation hole would start a format string: parenthesize it. */
function interpolationHole(node: CsExpression): string {
  const text = printExpression(node);
  return node.kind === "conditional" ? `(${text})` : text;
}

export function printStatements(statements: readonly CsStatement[], indent: string): string[] {
  const lines: string[] = [];
  for (const statement of statements) {
    switch (statement.kind) {
      case "declare": {
        const initializer = statement.initializer
          ? ` = ${printExpression(statement.initializer)}`
          : "";
        lines.push(`${indent}${statement.type} ${statement.name}${initializer};`);
        break;
      }
      case "return":
        lines.push(`${indent}return ${printExpression(statement.expression)};`);
        break;
      case "expression":
        lines.push(`${indent}${printExpression(statement.expression)};`);
        break;
      case "while":
        lines.push(`${indent}while (${printExpression(statement.condition)})`, `${indent}{`);
        lines.push(...printStatements(statement.body, indent + "    "), `${indent}}`);
        break;
      case "for": {
        const [initializer] = printStatements([statement.initializer], "");
        lines.push(
          `${indent}for (${initializer} ${printExpression(statement.condition)}; ${printExpression(statement.increment)})`,
          `${indent}{`,
        );
        lines.push(...printStatements(statement.body, indent + "    "), `${indent}}`);
        break;
      }
      case "break":
      case "continue":
        lines.push(`${indent}${statement.kind};`);
        break;
      case "switch":
        lines.push(`${indent}switch (${printExpression(statement.expression)})`, `${indent}{`);
        for (const section of statement.sections) {
          for (const label of section.labels)
            lines.push(
              label === null
                ? `${indent}    default:`
                : `${indent}    case ${printExpression(label)}:`,
            );
          lines.push(...printStatements(section.body, indent + "        "));
        }
        lines.push(`${indent}}`);
        break;
      case "throw":
        lines.push(`${indent}throw ${printExpression(statement.expression)};`);
        break;
      case "try": {
        const block = (head: string, body: readonly CsStatement[]) =>
          lines.push(
            `${indent}${head}`,
            `${indent}{`,
            ...printStatements(body, indent + "    "),
            `${indent}}`,
          );
        block("try", statement.body);
        if (statement.catch)
          block(
            statement.catch.name
              ? `catch (Exception ${statement.catch.name})`
              : "catch (Exception)",
            statement.catch.body,
          );
        if (statement.finally) block("finally", statement.finally);
        break;
      }
      case "foreach":
        lines.push(
          `${indent}foreach (var ${statement.name} in ${printExpression(statement.collection)})`,
          `${indent}{`,
        );
        lines.push(...printStatements(statement.body, indent + "    "), `${indent}}`);
        break;
      case "if": {
        lines.push(`${indent}if (${printExpression(statement.condition)})`, `${indent}{`);
        lines.push(...printStatements(statement.then, indent + "    "), `${indent}}`);
        let rest = statement.else;
        while (rest) {
          const only = rest.length === 1 ? rest[0]! : undefined;
          if (only?.kind === "if") {
            lines.push(`${indent}else if (${printExpression(only.condition)})`, `${indent}{`);
            lines.push(...printStatements(only.then, indent + "    "), `${indent}}`);
            rest = only.else;
          } else {
            lines.push(
              `${indent}else`,
              `${indent}{`,
              ...printStatements(rest, indent + "    "),
              `${indent}}`,
            );
            rest = undefined;
          }
        }
        break;
      }
      default:
        // As for expressions: a statement that is not a node must stop the build, not vanish.
        throw new TypeError(`not a C# statement node: ${JSON.stringify(statement)}`);
    }
  }
  return lines;
}

/**
 * Prints a policy expression. Blocks are laid out one statement per line, indented by four
 * spaces relative to `@{`; `baseIndent` is the indentation of the XML line holding the `@{`.
 */
export function printPolicyExpression(expression: CsPolicyExpression, baseIndent = ""): string {
  if (expression.kind === "single") return `@(${printExpression(expression.expression)})`;
  const body = printStatements(expression.statements, baseIndent + "    ");
  return ["@{", ...body, `${baseIndent}}`].join("\n");
}
