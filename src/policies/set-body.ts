// <set-body>: replaces the request body (inbound, backend) or the response body (outbound,
// inside return-response) with literal text or an expression's string.
import type { Value } from "../model/expression.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetBody extends StatementBase<"set-body"> {
  readonly body: Value<string>;
}

/** `<set-body>`: the message body becomes this text. */
export function setBody(body: Value<string>, options: CommonOptions = {}): SetBody {
  return { kind: "set-body", body, ...options };
}

export function setBodyToXml(statement: SetBody): XmlElement {
  return element("set-body", { id: statement.id }, [text(slot(statement.body)!)]);
}
