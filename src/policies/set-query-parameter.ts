// <set-query-parameter name exists-action><value/></set-query-parameter>: adds, replaces, keeps or
// deletes a query parameter of the request (set-query-parameter-policy.md: `name`, `exists-action`
// and `<value>` all accept policy expressions; sections inbound and backend).
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
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

function checkName(name: Value<string>): void {
  if (!isExpressionSlot(name) && (typeof name !== "string" || name.trim() === "")) {
    throw new Error(
      `setQueryParameter(): the parameter name must be a non-empty string, got '${String(name)}'`,
    );
  }
}

/**
 * `<set-query-parameter>`: sets (`override`, the default), keeps (`skip`) or adds to (`append`) a
 * query parameter. Several values give the parameter several times (`?a=1&a=2`).
 */
export function setQueryParameter(
  name: Value<string>,
  values: Value<string> | readonly Value<string>[],
  options: SetQueryParameterOptions = {},
): SetQueryParameter {
  checkName(name);
  const list = Array.isArray(values) ? values : [values as Value<string>];
  const action = options.existsAction;
  if (action !== undefined && !isExpressionSlot(action) && !QUERY_EXISTS_ACTIONS.includes(action)) {
    throw new Error(
      `setQueryParameter(): exists-action '${String(action)}' is not one of ${QUERY_EXISTS_ACTIONS.join(", ")}`,
    );
  }
  // The reference page marks <value> as required; only `delete` goes without one.
  if (list.length === 0 && action !== "delete") {
    throw new Error(
      "setQueryParameter(): APIM requires at least one <value> (use deleteQueryParameter to remove one)",
    );
  }
  return { kind: "set-query-parameter", name, values: list, ...options };
}

/** `<set-query-parameter exists-action="delete">`: removes the query parameter. */
export function deleteQueryParameter(
  name: Value<string>,
  options: CommonOptions = {},
): SetQueryParameter {
  checkName(name);
  return { kind: "set-query-parameter", name, existsAction: "delete", values: [], ...options };
}

export function setQueryParameterToXml(statement: SetQueryParameter): XmlElement {
  return element(
    "set-query-parameter",
    { id: statement.id, name: slot(statement.name), "exists-action": slot(statement.existsAction) },
    statement.values.map((value) => element("value", {}, [text(slot(value)!)])),
  );
}
