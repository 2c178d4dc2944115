// <log-to-eventhub logger-id partition-id partition-key>message</log-to-eventhub>: sends a message
// to the event hub of a Logger entity (log-to-eventhub-policy.md). logger-id and partition-id take
// no policy expressions, partition-key and the message do; partition-id and partition-key exclude
// each other ("Do not use if ... is used"). All four sections; scopes global, product, API and
// operation (Usage: no workspace).
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface LogToEventhubOptions extends CommonOptions {
  /** Literal only: the id of the Logger registered with the service. */
  readonly loggerId: string;
  /** Literal only: the index of the partition messages go to. Not with `partitionKey`. */
  readonly partitionId?: int;
  /** The value used for partition assignment. Not with `partitionId`. */
  readonly partitionKey?: Value<string>;
}

export interface LogToEventhub extends StatementBase<"log-to-eventhub">, LogToEventhubOptions {
  /** The message (the element's text); APIM truncates one over 200 KB. */
  readonly message: Value<string>;
}

/** `<log-to-eventhub>`: sends `message` to the event hub logger `loggerId`. */
export function logToEventhub(
  message: Value<string>,
  options: LogToEventhubOptions,
): LogToEventhub {
  return checked(logToEventhubPolicy, { kind: "log-to-eventhub", message, ...options });
}

export const logToEventhubPolicy = definePolicy({
  element: "log-to-eventhub",
  sections: ["inbound", "backend", "outbound", "on-error"],
  scopes: ["global", "product", "api", "operation"],
  builders: ["logToEventhub"],
  reference: "https://learn.microsoft.com/azure/api-management/log-to-eventhub-policy",
  summary: "Sends a message to an event hub through a Logger.",
  toXml: (statement: LogToEventhub): XmlNode =>
    element(
      "log-to-eventhub",
      {
        id: statement.id,
        "logger-id": statement.loggerId,
        "partition-id":
          statement.partitionId === undefined ? undefined : String(statement.partitionId),
        "partition-key": slot(statement.partitionKey),
      },
      [text(slot(statement.message)!)],
    ),
  // log-to-eventhub-policy.md, Attributes: logger-id required; partition-id is an index (a
  // non-negative integer); "Do not use if partition-key is used" and vice versa.
  validate: (statement, check): void => {
    if (
      required(check, statement.loggerId, "log-to-eventhub logger-id") &&
      literalOnly(check, statement.loggerId, "log-to-eventhub logger-id")
    )
      nonEmpty(check, statement.loggerId, "log-to-eventhub logger-id");
    if (literalOnly(check, statement.partitionId, "log-to-eventhub partition-id"))
      integerIn(
        check,
        statement.partitionId,
        0,
        Number.MAX_SAFE_INTEGER,
        "log-to-eventhub partition-id",
      );
    nonEmpty(check, statement.partitionKey, "log-to-eventhub partition-key");
    if (statement.partitionId !== undefined && statement.partitionKey !== undefined)
      check.error("log-to-eventhub partition-id and partition-key exclude each other; use one");
    required(check, statement.message, "log-to-eventhub message");
  },
});
