// <set-variable name value>: the name is literal; a literal value is stored as a string, an
// expression's value keeps its type (APIM's rule, enforced again by the harness).
import type { VariableValue } from "../context/variables.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, required } from "./rules.ts";
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
export function setVariable(
  name: string,
  value: Value<VariableValue>,
  options: CommonOptions = {},
): SetVariable {
  return checked(setVariablePolicy, { kind: "set-variable", name, value, ...options });
}

export const setVariablePolicy = definePolicy({
  element: "set-variable",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["setVariable"],
  reference: "https://learn.microsoft.com/azure/api-management/set-variable-policy",
  summary: "Stores a value in a context variable for later policies.",
  toXml: (statement: SetVariable): XmlNode =>
    element("set-variable", {
      id: statement.id,
      name: statement.name,
      value: slot(statement.value),
    }),
  // set-variable-policy.md, Attributes: `name` is the variable's name (no expression), `value` is required.
  validate: (statement, check): void => {
    if (literalOnly(check, statement.name, "set-variable name"))
      nonEmpty(check, statement.name, "set-variable name");
    required(check, statement.value, "set-variable value");
  },
});
