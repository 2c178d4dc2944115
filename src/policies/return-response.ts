// <return-response>: ends the pipeline with the response its children shape; the backend is not
// called. Children: set-status, set-header, set-body (in that order, as APIM documents them).
import { element, type XmlElement, type XmlNode } from "../emit/xml-tree.ts";
import type { SetBody } from "./set-body.ts";
import type { SetHeader } from "./set-header.ts";
import type { SetStatus } from "./set-status.ts";
import type { CommonOptions, StatementBase } from "./statement-base.ts";

export type ResponseShaping = SetStatus | SetHeader | SetBody;

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
  return { kind: "return-response", children, ...options };
}

export function returnResponseToXml(
  statement: ReturnResponse,
  childToXml: (child: ResponseShaping) => XmlNode,
): XmlElement {
  return element(
    "return-response",
    { id: statement.id, "response-variable-name": statement.responseVariableName },
    statement.children.map(childToXml),
  );
}
