// Writes one imported document as a policy module: `export default policy({...})` (or
// `fragment([...])`) over builder calls, XML comments kept as `//` comments where they stood,
// Terraform placeholders as module consts, and the apim-ts imports it uses. The text is then
// formatted with prettier's API, as the project's own modules are.
import { ScanError } from "./expression-scan.ts";
import { ElementInput, Unmappable } from "./element-input.ts";
import { sourceLiteral, type ModuleContext } from "./module-context.ts";
import { calledBuilder } from "./policy-import-helpers.ts";
import { BUILDER_OF, POLICY_IMPORTS } from "./policy-table.ts";
import type { ReadDocument, ReadElement, ReadNode } from "./xml-reader.ts";
import { serializeElement } from "./xml-writer.ts";

const SECTIONS: Readonly<Record<string, string>> = {
  inbound: "inbound",
  backend: "backend",
  outbound: "outbound",
  "on-error": "onError",
};

function comment(text: string): string {
  return text
    .split("\n")
    .map((line) => `// ${line.trim()}`.trimEnd())
    .join("\n");
}

/** Elements whose children are statements: their comments stay among those statements. */
const CONTAINERS = ["choose", "retry", "limit-concurrency", "wait"];

/**
 * The comments anywhere inside a policy element that is not a container (cors's
 * `<allowed-origins>`, validate-jwt's `<issuer-signing-keys>`...), in document order: the builder
 * call has no place for them inside its options, so they are written before it.
 */
function commentsIn(element: ReadElement): string[] {
  return element.children.flatMap((c) =>
    c.kind === "comment" ? [c.text] : c.kind === "element" ? commentsIn(c) : [],
  );
}

/** Counts the expressions inside an element (kept as C# when the element is kept raw). */
function expressionsIn(element: ReadElement): number {
  let count = element.attributes.filter((a) => a.value.kind === "expression").length;
  for (const child of element.children) {
    if (child.kind === "element") count += expressionsIn(child);
    else if (child.kind === "text" && child.value.kind === "expression") count++;
  }
  return count;
}

export class ModuleWriter {
  constructor(private readonly context: ModuleContext) {}

  private raw(element: ReadElement, why: string): string {
    const context = this.context;
    context.counts.rawXml++;
    context.counts.csharp += expressionsIn(element);
    context.problems.push({
      name: "importRawPolicy",
      message: `<${element.name}> kept as rawXml(...): ${why}`,
      offset: element.offset,
    });
    context.use("rawXml");
    const marker = context.markers ? `/* apim-import-statement:${element.offset} */ ` : "";
    const xml = serializeElement(element);
    return `${marker}// Kept as raw XML: ${why.replace(/\n/g, " ")}\nrawXml(${sourceLiteral(xml)})`;
  }

  statement(element: ReadElement): string {
    const context = this.context;
    const entry = Object.hasOwn(POLICY_IMPORTS, element.name)
      ? POLICY_IMPORTS[element.name]
      : undefined;
    if (!entry) return this.raw(element, `apim-ts has no builder for <${element.name}>`);
    if (context.forced.raw.has(element.offset))
      return this.raw(element, "its builder call did not build back to this XML (round trip)");
    const saved = {
      counts: { ...context.counts },
      problems: context.problems.length,
      expressions: context.expressions.length,
      imports: new Set(context.imports),
      parameters: new Map(context.parameters),
    };
    try {
      const input = new ElementInput(element, context);
      const text = entry(input, (nodes) => this.statements(nodes));
      input.finish();
      context.use(calledBuilder(text) ?? BUILDER_OF[element.name]!);
      const marker = context.markers ? `/* apim-import-statement:${element.offset} */ ` : "";
      const comments = CONTAINERS.includes(element.name) ? [] : commentsIn(element);
      const lead = comments.map((text) => comment(text) + "\n").join("");
      return lead + marker + text;
    } catch (error) {
      if (!(error instanceof Unmappable)) throw error;
      Object.assign(context.counts, saved.counts);
      context.problems.length = saved.problems;
      context.expressions.length = saved.expressions;
      context.imports.clear();
      for (const name of saved.imports) context.imports.add(name);
      context.parameters.clear();
      for (const [k, v] of saved.parameters) context.parameters.set(k, v);
      return this.raw(element, error.message);
    }
  }

  /** Child nodes as array elements: statements, with comments before the one they precede. */
  statements(nodes: readonly ReadNode[]): string {
    const parts: string[] = [];
    let pending: string[] = [];
    for (const node of nodes) {
      if (node.kind === "comment") pending.push(comment(node.text));
      else if (node.kind === "text")
        throw new ScanError("text where policies are expected", node.offset);
      else {
        parts.push([...pending, this.statement(node)].join("\n") + ",");
        pending = [];
      }
    }
    if (pending.length) parts.push(pending.join("\n"));
    return parts.length ? `\n${parts.join("\n")}\n` : "";
  }

  /** The whole module's text (unformatted). */
  module(document: ReadDocument, sourceName: string): string {
    const root = document.root;
    let body: string;
    if (root.name === "fragment") {
      if (root.attributes.length)
        throw new ScanError("<fragment> takes no attributes", root.offset);
      this.context.use("fragment");
      body = `export default fragment([${this.statements(root.children)}]);`;
    } else if (root.name === "policies") {
      if (root.attributes.length)
        throw new ScanError("<policies> takes no attributes", root.offset);
      const sections: string[] = [];
      const seen = new Set<string>();
      let pending: string[] = [];
      for (const child of root.children) {
        if (child.kind === "comment") {
          pending.push(comment(child.text));
          continue;
        }
        if (child.kind === "text")
          throw new ScanError("text where sections are expected", child.offset);
        const key = SECTIONS[child.name];
        if (!key)
          throw new ScanError(
            `<${child.name}> is not a section (inbound, backend, outbound, on-error)`,
            child.offset,
          );
        if (seen.has(key)) throw new ScanError(`<${child.name}> appears twice`, child.offset);
        if (child.attributes.length)
          throw new ScanError(`<${child.name}> takes no attributes`, child.offset);
        seen.add(key);
        sections.push(`${pending.join("\n")}\n${key}: [${this.statements(child.children)}],`);
        pending = [];
      }
      this.context.use("policy");
      body = `export default policy({${sections.join("\n")}\n${pending.join("\n")}});`;
    } else
      throw new ScanError(
        `<${root.name}> is not a policy document (<policies> or <fragment>)`,
        root.offset,
      );
    const header = [
      `// Imported from ${sourceName} by \`apim-ts import\`.`,
      ...document.leadingComments.map(comment),
    ].join("\n");
    const imports = [...this.context.imports].sort((a, b) =>
      a.replace(/^type /, "").localeCompare(b.replace(/^type /, "")),
    );
    const parameters = [...this.context.parameters].map(
      ([placeholder, name]) => `const ${name} = ${JSON.stringify(placeholder)};`,
    );
    const parameterBlock = parameters.length
      ? `\n// Terraform placeholders: build-time parameters of this module, substituted by templatefile() when deployed.\n${parameters.join("\n")}\n`
      : "";
    return `${header}\nimport { ${imports.join(", ")} } from "apim-ts";\n${parameterBlock}\n${body}\n`;
  }
}
