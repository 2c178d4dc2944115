// <set-status code reason>: both accept expressions.
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, oneLine, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetStatus extends StatementBase<"set-status"> {
  readonly code: Value<int>;
  readonly reason?: Value<string>;
}

/** `<set-status code="401" reason="Unauthorized" />`. */
export function setStatus(
  code: Value<int>,
  reason?: Value<string>,
  options: CommonOptions = {},
): SetStatus {
  return checked(setStatusPolicy, { kind: "set-status", code, reason, ...options });
}

export const setStatusPolicy = definePolicy({
  element: "set-status",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["setStatus"],
  reference: "https://learn.microsoft.com/azure/api-management/set-status-policy",
  summary: "Sets the HTTP status code and reason of the response.",
  toXml: (statement: SetStatus): XmlNode =>
    element("set-status", {
      id: statement.id,
      code: slot(statement.code),
      reason: slot(statement.reason),
    }),
  validate: (statement, check): void => {
    // set-status-policy.md, Attributes: `code` is an integer HTTP status code (100-599 is HTTP's
    // range, RFC 9110 section 15); `reason` is a description written on the status line, which
    // RFC 9112 section 4 allows no CR or LF in (field report 13-bad-input).
    if (required(check, statement.code, "set-status code"))
      integerIn(check, statement.code, 100, 599, "set-status code");
    oneLine(check, statement.reason, "set-status reason");
  },
});
