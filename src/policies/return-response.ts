// <return-response>: ends the pipeline with the response its children shape; the backend is not
// called. Children: set-status, set-header, set-body (in that order, as APIM documents them).
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type NestedStatements } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty } from "./rules.ts";
import type { SetBody } from "./set-body.ts";
import type { SetHeader } from "./set-header.ts";
import type { SetStatus } from "./set-status.ts";
import type { CommonOptions, StatementBase } from "./statement-base.ts";

export type ResponseShaping = SetStatus | SetHeader | SetBody;

const RESPONSE_SHAPING: readonly string[] = ["set-status", "set-header", "set-body"];

export interface ReturnResponse extends StatementBase<"return-response"> {
  readonly responseVariableName?: string;
  readonly children: readonly ResponseShaping[];
}

export interface ReturnResponseOptions extends CommonOptions {
  /** Starts from a response stored in this variable (literal only). */
  readonly responseVariableName?: string;
}

/** `<return-response>`: answers the caller now (default 200, no body). */
export function returnResponse(
  children: readonly ResponseShaping[] = [],
  options: ReturnResponseOptions = {},
): ReturnResponse {
  return checked(returnResponsePolicy, { kind: "return-response", children, ...options });
}

export const returnResponsePolicy = definePolicy({
  element: "return-response",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["returnResponse"],
  reference: "https://learn.microsoft.com/azure/api-management/return-response-policy",
  summary: "Ends the pipeline and answers the caller with the response its children shape.",
  toXml: (statement: ReturnResponse, childToXml): XmlNode =>
    element(
      "return-response",
      { id: statement.id, "response-variable-name": statement.responseVariableName },
      statement.children.map(childToXml),
    ),
  nested: (statement): readonly NestedStatements[] => [
    { statements: statement.children ?? [], path: [], inSection: false },
  ],
  // return-response-policy.md, Attributes and Elements: response-variable-name takes no policy
  // expression; the children are set-status, set-header and set-body.
  validate: (statement, check): void => {
    if (
      literalOnly(check, statement.responseVariableName, "return-response response-variable-name")
    )
      nonEmpty(check, statement.responseVariableName, "return-response response-variable-name");
    for (const child of statement.children ?? []) {
      if (!RESPONSE_SHAPING.includes(child.kind))
        check.error(
          `return-response cannot hold <${child.kind}>; its children are set-status, set-header and set-body`,
        );
    }
  },
});
