// <set-header name exists-action><value/></set-header>: acts on the request in inbound and
// backend, on the response in outbound and on-error, and on the returned response inside
// return-response. Name, exists-action and values accept expressions.
import type { Value } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, nonEmpty, oneOf, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type ExistsAction = (typeof EXISTS_ACTIONS)[number];

export interface SetHeader extends StatementBase<"set-header"> {
  readonly name: Value<string>;
  readonly existsAction?: Value<ExistsAction>;
  readonly values: readonly Value<string>[];
}

export interface SetHeaderOptions extends CommonOptions {
  /** APIM's default is "override". */
  readonly existsAction?: Value<ExistsAction>;
}

/**
 * `<set-header>`: sets (`override`, the default), keeps (`skip`), adds to (`append`) or removes
 * (`delete`, no values) a header. Several values become several `<value>` elements.
 */
export function setHeader(
  name: Value<string>,
  values: Value<string> | readonly Value<string>[],
  options: SetHeaderOptions = {},
): SetHeader {
  const list = Array.isArray(values) ? values : [values as Value<string>];
  return checked(setHeaderPolicy, { kind: "set-header", name, values: list, ...options });
}

/** `<set-header exists-action="delete">`: removes the header. */
export function deleteHeader(name: Value<string>, options: CommonOptions = {}): SetHeader {
  return checked(setHeaderPolicy, {
    kind: "set-header",
    name,
    existsAction: "delete",
    values: [],
    ...options,
  });
}

/** set-header-policy.md, Attributes: exists-action's values (default override). */
export const EXISTS_ACTIONS = ["override", "skip", "append", "delete"] as const;

export const setHeaderPolicy = definePolicy({
  element: "set-header",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["setHeader", "deleteHeader"],
  reference: "https://learn.microsoft.com/azure/api-management/set-header-policy",
  summary: "Sets, keeps, appends to or deletes a request or response header.",
  toXml: (statement: SetHeader): XmlNode =>
    element(
      "set-header",
      {
        id: statement.id,
        name: slot(statement.name),
        "exists-action": slot(statement.existsAction),
      },
      statement.values.map((value) => element("value", {}, [text(slot(value)!)])),
    ),
  // set-header-policy.md, Attributes: `name` is required; exists-action is one of four values.
  validate: (statement, check): void => {
    if (required(check, statement.name, "set-header name"))
      nonEmpty(check, statement.name, "set-header name");
    oneOf(check, statement.existsAction, EXISTS_ACTIONS, "set-header exists-action");
  },
});
