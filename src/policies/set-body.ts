// <set-body>: replaces the request body (inbound, backend) or the response body (outbound,
// inside return-response) with literal text or an expression's string.
import type { Value } from "../model/expression.ts";
import { element, text } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetBody extends StatementBase<"set-body"> {
  readonly body: Value<string>;
}

/** `<set-body>`: the message body becomes this text. */
export function setBody(body: Value<string>, options: CommonOptions = {}): SetBody {
  return checked(setBodyPolicy, { kind: "set-body", body, ...options });
}

export const setBodyPolicy = definePolicy({
  element: "set-body",
  sections: ["inbound", "backend", "outbound"],
  builders: ["setBody"],
  reference: "https://learn.microsoft.com/azure/api-management/set-body-policy",
  summary: "Replaces the request or response body with text or an expression's string.",
  toXml: (statement: SetBody) =>
    element("set-body", { id: statement.id }, [text(slot(statement.body)!)]),
  validate: (statement, check) => {
    required(check, statement.body, "set-body body");
  },
});
