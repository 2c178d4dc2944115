// Reads exported declarations from apim-ts's own TypeScript sources (interfaces with their
// members, type aliases, constants, functions, each with its doc comment) with the TypeScript
// compiler API, and renders them as Markdown, so the reference pages are generated from the very
// declarations the type checker uses and cannot drift from them.
import fs from "node:fs";
import ts from "../../src/compile/typescript.js";

/** One member of an interface: its declaration text (without body or comment) and its doc. */
export interface MemberDoc {
  readonly name: string;
  readonly signature: string;
  readonly doc: string;
}

/** One exported declaration of a module. */
export interface DeclarationDoc {
  readonly kind: "interface" | "type" | "const" | "function";
  readonly name: string;
  /** The declaration's header: `interface A extends B`, `type T = ...`, `const X: T`, a signature. */
  readonly header: string;
  readonly doc: string;
  readonly members: readonly MemberDoc[];
}

function docOf(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return docs
    .map((d) =>
      typeof d.comment === "string" ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? ""),
    )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

const oneLine = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/([(<[]) /g, "$1")
    .replace(/,? ([)>\]}])/g, (match, close: string) => (close === "}" ? ` ${close}` : close))
    .replace(/;$/, "")
    .trim();

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function memberName(member: ts.TypeElement, source: ts.SourceFile): string {
  if (ts.isCallSignatureDeclaration(member)) return "(call)";
  if (ts.isConstructSignatureDeclaration(member)) return "new";
  if (ts.isIndexSignatureDeclaration(member)) return "[index]";
  return member.name ? member.name.getText(source) : "";
}

/**
 * The exported declarations of a TypeScript file, in source order; with `only`, just those names
 * (exported or not: a module may declare its public shape in an unexported interface).
 */
export function declarationsOf(file: string, only?: readonly string[]): DeclarationDoc[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const out: DeclarationDoc[] = [];
  for (const statement of source.statements) {
    const name = (statement as { name?: ts.Identifier }).name?.text;
    const named = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText(source))
      : name
        ? [name]
        : [];
    if (only ? !named.some((n) => only.includes(n)) : !isExported(statement)) continue;
    if (ts.isInterfaceDeclaration(statement)) {
      const heritage = statement.heritageClauses?.map((h) => h.getText(source)).join(" ");
      const typeParameters = statement.typeParameters
        ? `<${statement.typeParameters.map((p) => p.getText(source)).join(", ")}>`
        : "";
      out.push({
        kind: "interface",
        name: statement.name.text,
        header: oneLine(
          `interface ${statement.name.text}${typeParameters}${heritage ? ` ${heritage}` : ""}`,
        ),
        doc: docOf(statement),
        members: statement.members.map((member) => ({
          name: memberName(member, source),
          signature: oneLine(member.getText(source)),
          doc: docOf(member),
        })),
      });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      out.push({
        kind: "type",
        name: statement.name.text,
        header: oneLine(statement.getText(source).replace(/^export\s+/, "")),
        doc: docOf(statement),
        members: [],
      });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        const type = declaration.type ? `: ${declaration.type.getText(source)}` : "";
        out.push({
          kind: "const",
          name: declaration.name.text,
          header: oneLine(`const ${declaration.name.text}${type}`),
          doc: docOf(statement),
          members: [],
        });
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      const text = statement.getText(source);
      const body = statement.body ? text.lastIndexOf(statement.body.getText(source)) : text.length;
      out.push({
        kind: "function",
        name: statement.name.text,
        header: oneLine(text.slice(0, body).replace(/^export\s+/, "")),
        doc: docOf(statement),
        members: [],
      });
    }
  }
  return out;
}

/** Prose from a comment: `<` outside code spans escaped, so an XML element name stays visible. */
export function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, "&lt;")))
    .join("");
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** A code span for a table cell (pipes escaped, backticks avoided). */
export function codeCell(text: string): string {
  return text.includes("`")
    ? `<code>${cell(text.replace(/</g, "&lt;"))}</code>`
    : `\`${cell(text)}\``;
}

/** An interface as a heading, its doc, its header and a members table. */
export function renderInterface(declaration: DeclarationDoc, level = "###"): string {
  const lines = [`${level} ${declaration.name}`, ""];
  if (declaration.doc) lines.push(prose(declaration.doc), "");
  lines.push("```ts", declaration.header, "```", "");
  if (declaration.members.length > 0) {
    lines.push("| member | declaration | notes |", "|---|---|---|");
    for (const member of declaration.members)
      lines.push(
        `| ${codeCell(member.name)} | ${codeCell(member.signature)} | ${cell(prose(member.doc))} |`,
      );
    lines.push("");
  }
  return lines.join("\n");
}

/** Any declaration: interfaces with their members table, the rest as a code block and doc. */
export function renderDeclaration(declaration: DeclarationDoc, level = "###"): string {
  if (declaration.kind === "interface") return renderInterface(declaration, level);
  const lines = [`${level} ${declaration.name}`, ""];
  if (declaration.doc) lines.push(prose(declaration.doc), "");
  lines.push("```ts", declaration.header, "```", "");
  return lines.join("\n");
}
