// <check-header>: rejects the request with the given status and message unless the header is
// present and (when values are listed) has one of them. Every attribute accepts expressions.
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, nonEmpty, required } from "./rules.ts";
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
  return checked(checkHeaderPolicy, { kind: "check-header", values, ...rest });
}

export const checkHeaderPolicy = definePolicy({
  element: "check-header",
  sections: ["inbound"],
  builders: ["checkHeader"],
  reference: "https://learn.microsoft.com/azure/api-management/check-header-policy",
  summary: "Rejects a request whose header is missing or has none of the allowed values.",
  toXml: (statement: CheckHeader): XmlNode =>
    element(
      "check-header",
      {
        id: statement.id,
        name: slot(statement.name),
        "failed-check-httpcode": slot(statement.failedCheckHttpCode),
        "failed-check-error-message": slot(statement.failedCheckErrorMessage),
        "ignore-case": slot(statement.ignoreCase),
      },
      statement.values.map((value) => element("value", {}, [text(slot(value)!)])),
    ),
  // check-header-policy.md, Attributes: name, failed-check-httpcode, failed-check-error-message and
  // ignore-case are all required; the code is an HTTP status code.
  validate: (statement, check): void => {
    if (required(check, statement.name, "check-header name"))
      nonEmpty(check, statement.name, "check-header name");
    if (required(check, statement.failedCheckHttpCode, "check-header failed-check-httpcode"))
      integerIn(
        check,
        statement.failedCheckHttpCode,
        100,
        599,
        "check-header failed-check-httpcode",
      );
    required(check, statement.failedCheckErrorMessage, "check-header failed-check-error-message");
    required(check, statement.ignoreCase, "check-header ignore-case");
  },
});
