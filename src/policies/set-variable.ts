// <set-variable name value>: the name is literal; a literal value is stored as a string, an
// expression's value keeps its type (APIM's rule, enforced again by the harness).
import type { VariableValue } from "../context/variables.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetVariable extends StatementBase<"set-variable"> {
  readonly name: string;
  readonly value: Value<VariableValue>;
}

/**
 * `<set-variable name="..." value="..." />`. A literal value is stored as a string (APIM stores
 * `value="20"` as "20"); an expression's value keeps its C# type. A variable cannot hold an
 * X509Certificate2: store `GetRawCertData()` bytes instead.
 */
export function setVariable(name: string, value: Value<VariableValue>, options: CommonOptions = {}): SetVariable {
  return { kind: "set-variable", name, value, ...options };
}

export function setVariableToXml(statement: SetVariable): XmlElement {
  return element("set-variable", { id: statement.id, name: statement.name, value: slot(statement.value) });
}
