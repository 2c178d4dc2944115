// Every expression slot of a policy document with the C# the harness would record for it: verify
// compiles them all, so an expression that no scenario reaches (a branch never taken) still meets
// mcs and APIM's allow-list. The walk uses the emitter's own XML tree (src/emit), so it sees
// exactly the slots the emitted XML holds.
import type { Document } from "../../src/model/document.ts";
import { isRawCSharp, type ExpressionOnly } from "../../src/model/expression.ts";
import { sourceTagOf } from "../../src/model/source-tag.ts";
import { documentToXml } from "../../src/emit/emit-document.ts";
import type { XmlNode, XmlValue } from "../../src/emit/xml-tree.ts";
import { checkTranslation, loadTranslator } from "../apim/translation-check.ts";
import { sourceLocation } from "./source-location.ts";

export interface DocumentExpression {
  /** The C# as the harness records it (raw C# as written). */
  readonly csharp: string | undefined;
  /** The translator's diagnostics when it refuses the expression. */
  readonly diagnostics?: string;
  /** `policy-src/x.ts:12:7`. */
  readonly source: string;
}

/** The expression slots of a document, in document order (loads the translator when needed). */
export async function documentExpressions(document: Document): Promise<DocumentExpression[]> {
  await loadTranslator();
  const found: DocumentExpression[] = [];
  const visit = (value: XmlValue) => {
    if (typeof value === "string") return;
    const slot = value as ExpressionOnly<unknown>;
    if (isRawCSharp(slot)) {
      found.push({ csharp: slot.code, source: sourceLocation(sourceTagOf(slot.twin)) });
      return;
    }
    const verdict = checkTranslation(slot);
    const source = sourceLocation(sourceTagOf(slot));
    found.push(
      verdict.ok
        ? { csharp: verdict.csharp, source }
        : { csharp: undefined, diagnostics: verdict.diagnostics, source },
    );
  };
  const walk = (node: XmlNode) => {
    if (node.kind === "verbatim") return;
    if (node.kind === "text") return visit(node.value);
    for (const [, value] of node.attributes) visit(value);
    node.children.forEach(walk);
  };
  walk(documentToXml(document));
  return found;
}
