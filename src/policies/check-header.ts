// <check-header>: rejects the request with the given status and message unless the header is
// present and (when values are listed) has one of them. Every attribute accepts expressions.
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface CheckHeader extends StatementBase<"check-header"> {
  readonly name: Value<string>;
  readonly failedCheckHttpCode: Value<int>;
  readonly failedCheckErrorMessage: Value<string>;
  readonly ignoreCase: Value<boolean>;
  readonly values: readonly Value<string>[];
}

export interface CheckHeaderOptions extends CommonOptions {
  readonly name: Value<string>;
  readonly failedCheckHttpCode: Value<int>;
  readonly failedCheckErrorMessage: Value<string>;
  readonly ignoreCase: Value<boolean>;
  /** Allowed values; none means "present with any value". */
  readonly values?: readonly Value<string>[];
}

/** `<check-header>`: enforces that a request header exists and has an allowed value. */
export function checkHeader(options: CheckHeaderOptions): CheckHeader {
  const { values = [], ...rest } = options;
  return { kind: "check-header", values, ...rest };
}

export function checkHeaderToXml(statement: CheckHeader): XmlElement {
  return element(
    "check-header",
    {
      id: statement.id,
      name: slot(statement.name),
      "failed-check-httpcode": slot(statement.failedCheckHttpCode),
      "failed-check-error-message": slot(statement.failedCheckErrorMessage),
      "ignore-case": slot(statement.ignoreCase),
    },
    statement.values.map((value) => element("value", {}, [text(slot(value)!)])),
  );
}
