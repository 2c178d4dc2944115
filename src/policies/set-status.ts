// <set-status code reason>: both accept expressions.
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface SetStatus extends StatementBase<"set-status"> {
  readonly code: Value<int>;
  readonly reason?: Value<string>;
}

/** `<set-status code="401" reason="Unauthorized" />`. */
export function setStatus(code: Value<int>, reason?: Value<string>, options: CommonOptions = {}): SetStatus {
  if (typeof code === "number" && (!Number.isInteger(code) || code < 100 || code > 599)) {
    throw new RangeError(`setStatus(): code ${code} is not an HTTP status code (100-599)`);
  }
  return { kind: "set-status", code, reason, ...options };
}

export function setStatusToXml(statement: SetStatus): XmlElement {
  return element("set-status", { id: statement.id, code: slot(statement.code), reason: slot(statement.reason) });
}
