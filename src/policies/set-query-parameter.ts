// <set-query-parameter name exists-action><value/></set-query-parameter>: adds, replaces, keeps or
// deletes a query parameter of the request (set-query-parameter-policy.md: `name`, `exists-action`
// and `<value>` all accept policy expressions; sections inbound and backend).
import type { Value } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, nonEmpty, oneOf, required } from "./rules.ts";
import type { ExistsAction } from "./set-header.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetQueryParameter extends StatementBase<"set-query-parameter"> {
  readonly name: Value<string>;
  readonly existsAction?: Value<ExistsAction>;
  readonly values: readonly Value<string>[];
}

export interface SetQueryParameterOptions extends CommonOptions {
  /** APIM's default is "override". */
  readonly existsAction?: Value<ExistsAction>;
}

export const QUERY_EXISTS_ACTIONS: readonly ExistsAction[] = [
  "override",
  "skip",
  "append",
  "delete",
];

/**
 * `<set-query-parameter>`: sets (`override`, the default), keeps (`skip`) or adds to (`append`) a
 * query parameter. Several values give the parameter several times (`?a=1&a=2`).
 */
export function setQueryParameter(
  name: Value<string>,
  values: Value<string> | readonly Value<string>[],
  options: SetQueryParameterOptions = {},
): SetQueryParameter {
  const list = Array.isArray(values) ? values : [values as Value<string>];
  return checked(setQueryParameterPolicy, {
    kind: "set-query-parameter",
    name,
    values: list,
    ...options,
  });
}

/** `<set-query-parameter exists-action="delete">`: removes the query parameter. */
export function deleteQueryParameter(
  name: Value<string>,
  options: CommonOptions = {},
): SetQueryParameter {
  return checked(setQueryParameterPolicy, {
    kind: "set-query-parameter",
    name,
    existsAction: "delete",
    values: [],
    ...options,
  });
}

export const setQueryParameterPolicy = definePolicy({
  element: "set-query-parameter",
  sections: ["inbound", "backend"],
  builders: ["setQueryParameter", "deleteQueryParameter"],
  reference: "https://learn.microsoft.com/azure/api-management/set-query-parameter-policy",
  summary: "Adds, replaces, keeps or deletes a query parameter of the request.",
  toXml: (statement: SetQueryParameter): XmlNode =>
    element(
      "set-query-parameter",
      {
        id: statement.id,
        name: slot(statement.name),
        "exists-action": slot(statement.existsAction),
      },
      statement.values.map((value) => element("value", {}, [text(slot(value)!)])),
    ),
  // set-query-parameter-policy.md, Attributes and Elements: `name` is required; `exists-action`
  // is one of override, skip, append, delete; `<value>` is required (a delete has none).
  validate: (statement, check): void => {
    if (required(check, statement.name, "set-query-parameter name"))
      nonEmpty(check, statement.name, "set-query-parameter name");
    oneOf(check, statement.existsAction, QUERY_EXISTS_ACTIONS, "set-query-parameter exists-action");
    if ((statement.values ?? []).length === 0 && statement.existsAction !== "delete")
      check.error(
        "set-query-parameter needs at least one <value> (deleteQueryParameter removes one)",
      );
  },
});
