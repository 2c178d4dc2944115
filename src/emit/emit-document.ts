// The emitter: a document → the XML tree of its policies → expression slots translated to C# →
// printed text in the chosen format, checked against APIM's size limits. Translation problems are
// collected as diagnostics; a document with any error produces no text.
import type ts from "typescript";
import type { Document } from "../model/document.ts";
import { isRawCSharp, type ExpressionOnly } from "../model/expression.ts";
import { sourceTagOf } from "../model/source-tag.ts";
import type { Statement } from "../model/statement.ts";
import { statementToXml } from "../policies/to-xml.ts";
import { diagnostic, type ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import { printPolicyExpression } from "../csharp-syntax/printer.ts";
import { findFunctionAt } from "../translate/inline.ts";
import { translateFunction } from "../translate/translate-function.ts";
import { element, type XmlElement, type XmlNode, type XmlValue } from "./xml-tree.ts";
import {
  indentAt,
  printXml,
  type ContentFormat,
  type PrintElement,
  type PrintNode,
  type PrintedValue,
} from "./xml-printer.ts";

/** APIM's limits on a policy document and a fragment, in bytes. */
export const POLICY_SIZE_LIMIT = 256 * 1024;
export const FRAGMENT_SIZE_LIMIT = 32 * 1024;

export interface EmitOptions {
  readonly format: ContentFormat;
  /** Overrides POLICY_SIZE_LIMIT (e.g. 16 KiB for the Consumption tier). */
  readonly policySizeLimit?: number;
}

export interface EmittedDocument {
  readonly text: string | undefined;
  readonly expressionCount: number;
  readonly diagnostics: readonly ApimDiagnostic[];
}

/** The XML tree of a document, before translation. */
export function documentToXml(document: Document): XmlElement {
  const list = (statements: readonly Statement[]): XmlNode[] => statements.map(statementToXml);
  if (document.kind === "fragment") return element("fragment", {}, list(document.statements));
  return element("policies", {}, [
    element("inbound", {}, list(document.inbound)),
    element("backend", {}, list(document.backend)),
    element("outbound", {}, list(document.outbound)),
    element("on-error", {}, list(document.onError)),
  ]);
}

/** Translates expression slots, with the Program that holds policy-src. */
export class ExpressionEmitter {
  readonly diagnostics: ApimDiagnostic[] = [];
  expressionCount = 0;
  private readonly cache = new Map<Function, { text: string | undefined; indent: string }>();

  constructor(private readonly program: ts.Program) {}

  translate(slot: ExpressionOnly<unknown>, indent: string): PrintedValue {
    this.expressionCount++;
    if (isRawCSharp(slot)) return { expression: slot.code };
    const cached = this.cache.get(slot);
    if (cached && cached.indent === indent) return { expression: cached.text ?? "@(default)" };
    const tag = sourceTagOf(slot);
    const node = tag && findFunctionAt(this.program, tag.file, tag.start);
    if (!tag || !node) {
      this.diagnostics.push(
        diagnostic(
          "untaggedExpression",
          `an expression function${tag ? ` at ${tag.file}:${tag.start}` : ""} was not written in a policy source file of this build, so it has no source to translate`,
          undefined,
          "write expressions in policy-src (or in files the build includes)",
        ),
      );
      return { expression: "@(default)" };
    }
    const result = translateFunction(this.program, node, tag);
    this.diagnostics.push(...result.diagnostics);
    const text = result.expression && printPolicyExpression(result.expression, indent);
    this.cache.set(slot, { text, indent });
    return { expression: text ?? "@(default)" };
  }
}

function printable(node: XmlNode, emitter: ExpressionEmitter, depth: number): PrintNode {
  const value = (slot: XmlValue): PrintedValue =>
    typeof slot === "string" ? { literal: slot } : emitter.translate(slot, indentAt(depth));
  if (node.kind === "verbatim") return node;
  if (node.kind === "text") return { kind: "text", value: value(node.value) };
  return {
    kind: "element",
    name: node.name,
    attributes: node.attributes.map(([name, slot]) => [name, value(slot)] as const),
    children: node.children.map((child) =>
      printable(child, emitter, child.kind === "text" ? depth : depth + 1),
    ),
  };
}

/** Emits one document; `text` is undefined when any diagnostic is an error. */
export function emitDocument(
  document: Document,
  program: ts.Program,
  options: EmitOptions,
): EmittedDocument {
  const emitter = new ExpressionEmitter(program);
  const root = printable(documentToXml(document), emitter, 0) as PrintElement;
  const diagnostics = [...emitter.diagnostics];
  let text: string | undefined = printXml(root, options.format);
  const size = Buffer.byteLength(text, "utf8");
  const limit =
    document.kind === "fragment"
      ? FRAGMENT_SIZE_LIMIT
      : (options.policySizeLimit ?? POLICY_SIZE_LIMIT);
  if (size > limit) {
    diagnostics.push(
      diagnostic(
        document.kind === "fragment" ? "fragmentTooLarge" : "documentTooLarge",
        `the ${document.kind === "fragment" ? "fragment" : "policy document"} is ${size} bytes; APIM accepts at most ${limit}`,
        undefined,
        "move shared statements into fragments, or shorten expressions",
      ),
    );
  }
  if (diagnostics.some((d) => d.category === "error")) text = undefined;
  return { text, expressionCount: emitter.expressionCount, diagnostics };
}
