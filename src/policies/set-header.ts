// <set-header name exists-action><value/></set-header>: acts on the request in inbound and
// backend, on the response in outbound and on-error, and on the returned response inside
// return-response. Name, exists-action and values accept expressions.
import type { Value } from "../model/expression.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type ExistsAction = "override" | "skip" | "append" | "delete";

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
  return { kind: "set-header", name, values: list, ...options };
}

/** `<set-header exists-action="delete">`: removes the header. */
export function deleteHeader(name: Value<string>, options: CommonOptions = {}): SetHeader {
  return { kind: "set-header", name, existsAction: "delete", values: [], ...options };
}

export function setHeaderToXml(statement: SetHeader): XmlElement {
  return element(
    "set-header",
    { id: statement.id, name: slot(statement.name), "exists-action": slot(statement.existsAction) },
    statement.values.map((value) => element("value", {}, [text(slot(value)!)])),
  );
}
