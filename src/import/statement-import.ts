// The statements of a multi-statement expression `@{ ... }` as TypeScript: `var` locals become
// `const` (or `let` when assigned again), `if`/`else`, `foreach` as `for..of`, `return`, and
// assignment to a local; the translator maps each back the same way (docs/translation.md: "a
// block body ... `@{ ... }`"). Any other statement is kept as C# by the caller.
import type { CsNode } from "./csharp-parser.ts";
import type { ExpressionImporter } from "./expression-import.ts";

/** Names a C# local may have but a TypeScript const may not (or should not shadow). */
const JAVASCRIPT_RESERVED = new Set([
  "function",
  "let",
  "const",
  "of",
  "in",
  "undefined",
  "NaN",
  "arguments",
  "eval",
  "with",
  "yield",
  "await",
]);

/** Statements of a block body, in order. */
export function importStatements(
  importer: ExpressionImporter,
  nodes: readonly CsNode[],
  assigned: ReadonlySet<string>,
): string {
  return nodes
    .map((n) => importStatement(importer, n, assigned))
    .filter((text) => text !== "")
    .join("\n");
}

function importStatement(
  importer: ExpressionImporter,
  node: CsNode,
  assigned: ReadonlySet<string>,
): string {
  switch (node.type) {
    case "global_statement":
      return importStatement(importer, node.namedChildren[0]!, assigned);
    case "block":
      return `{\n${importStatements(importer, node.namedChildren as CsNode[], assigned)}\n}`;
    case "return_statement": {
      const value = node.namedChildren[0];
      if (!value) importer.refuse("return without a value");
      return `return ${importer.text(value)};`;
    }
    case "local_declaration_statement": {
      const declaration = node.namedChildren[0]!;
      const declarators = declaration.namedChildren.slice(1);
      const declared = declaration.childForFieldName("type");
      const only = declarators.length === 1 ? declarators[0]! : undefined;
      if (declared?.type !== "implicit_type" && only && only.namedChildCount === 1) {
        // `int n;` before `var ok = int.TryParse(s, out n);`: declared by that statement.
        importer.outTargets.add(importer.field(only, "name").text);
        return "";
      }
      if (
        declaration.childForFieldName("type")?.type !== "implicit_type" ||
        declarators.length !== 1
      )
        importer.refuse("a local declaration with an explicit type (write var)");
      const declarator = declarators[0]!;
      const name = importer.field(declarator, "name").text;
      const value = declarator.namedChildren[1];
      if (!value) importer.refuse("a local declared without a value");
      if (JAVASCRIPT_RESERVED.has(name)) importer.refuse(`the local name '${name}'`);
      importer.lastOut = undefined;
      importer.outAllowed = value.type === "invocation_expression";
      const initial = importer.expression(value);
      importer.outAllowed = false;
      const out = importer.lastOut;
      importer.lastOut = undefined;
      if (out !== undefined) {
        importer.outTargets.delete(out);
        importer.locals.add(name);
        importer.locals.add(out);
        return `const [${name}, ${out}] = ${initial.text};`;
      }
      const text = initial.text;
      importer.locals.add(name);
      if (!assigned.has(name)) importer.localShapes.set(name, initial.shape);
      return `${assigned.has(name) ? "let" : "const"} ${name} = ${text};`;
    }
    case "if_statement": {
      const condition = importer.text(importer.field(node, "condition"));
      const yes = importStatement(importer, importer.field(node, "consequence"), assigned);
      const alternative = node.childForFieldName("alternative");
      return `if (${condition}) ${yes}${alternative ? ` else ${importStatement(importer, alternative, assigned)}` : ""}`;
    }
    case "expression_statement": {
      const expression = node.namedChildren[0]!;
      if (
        expression.type !== "assignment_expression" ||
        expression.childForFieldName("operator")?.text !== "="
      )
        importer.refuse(`the statement '${node.text}'`);
      const left = importer.field(expression, "left");
      if (left.type !== "identifier" || !importer.locals.has(left.text))
        importer.refuse("assignment to anything but a local");
      return `${left.text} = ${importer.text(importer.field(expression, "right"))};`;
    }
    case "foreach_statement": {
      const type = node.childForFieldName("type");
      if (type && type.type !== "implicit_type") importer.refuse("foreach with an explicit type");
      const left = importer.field(node, "left").text;
      const right = importer.text(importer.field(node, "right"));
      importer.locals.add(left);
      const body = importStatement(importer, importer.field(node, "body"), assigned);
      return `for (const ${left} of ${right}) ${body}`;
    }
    default:
      return importer.refuse(`the C# statement '${node.type.replace(/_/g, " ")}'`);
  }
}

/** Names assigned after their declaration (they become `let`). */
export function assignedLocals(node: CsNode): Set<string> {
  const found = new Set<string>();
  for (const assignment of node.descendantsOfType("assignment_expression")) {
    const left = assignment?.childForFieldName("left");
    if (left?.type === "identifier") found.add(left.text);
  }
  return found;
}
