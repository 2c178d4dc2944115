// The XML of a statement: the dispatch over the one list of policies (each definition maps its
// own element; containers get this function for their children).
import type { XmlNode } from "../emit/xml-tree.ts";
import type { AnyStatement } from "./define-policy.ts";
import { policyDefinition } from "./index.ts";

/** The XML of one statement (recursing into choose, return-response and send-request). */
export function statementToXml(statement: AnyStatement): XmlNode {
  const definition = policyDefinition(statement.kind);
  if (!definition) throw new Error(`no policy definition for statement kind '${statement.kind}'`);
  return definition.toXml(statement, statementToXml);
}
