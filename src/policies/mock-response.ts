// <mock-response status-code content-type>: ends the pipeline with a response built from the
// operation's configured examples (mock-response-policy.md). Both attributes are optional and
// literal only ("Policy expressions aren't allowed", Attributes, 2024 revision of the page);
// sections inbound, outbound and on-error (Usage).
import type { int } from "../dotnet/types.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, oneLine } from "./rules.ts";
import type { CommonOptions, StatementBase } from "./statement-base.ts";

export interface MockResponseOptions extends CommonOptions {
  /**
   * The response's status code, which also selects the operation's response whose example is
   * returned. APIM's default is 200. Literal only.
   */
  readonly statusCode?: int;
  /**
   * The response's `Content-Type` header, which also selects the example among the response's
   * representations. Without it, the first representation is used. Literal only.
   */
  readonly contentType?: string;
}

export interface MockResponse extends StatementBase<"mock-response">, MockResponseOptions {}

/**
 * `<mock-response>`: returns the operation's example for the status code (and content type)
 * instead of calling the backend; with no example, a response without content.
 */
export function mockResponse(options: MockResponseOptions = {}): MockResponse {
  return checked(mockResponsePolicy, { kind: "mock-response", ...options });
}

export const mockResponsePolicy = definePolicy({
  element: "mock-response",
  sections: ["inbound", "outbound", "on-error"],
  builders: ["mockResponse"],
  reference: "https://learn.microsoft.com/azure/api-management/mock-response-policy",
  summary: "Returns a mocked response from the operation's examples (the backend is not called).",
  // Attribute order of the page's policy statement.
  toXml: (statement: MockResponse): XmlNode =>
    element("mock-response", {
      id: statement.id,
      "status-code": statement.statusCode === undefined ? undefined : String(statement.statusCode),
      "content-type": statement.contentType,
    }),
  // mock-response-policy.md, Attributes: neither attribute accepts expressions. The page gives no
  // range for status-code; an HTTP status code is a three-digit integer from 100 to 599 (RFC 9110
  // section 15), which is what the builder accepts (chosen, docs/project-choices.md).
  validate: (statement, check): void => {
    if (literalOnly(check, statement.statusCode, "mock-response status-code"))
      integerIn(check, statement.statusCode, 100, 599, "mock-response status-code");
    if (literalOnly(check, statement.contentType, "mock-response content-type")) {
      nonEmpty(check, statement.contentType, "mock-response content-type");
      oneLine(check, statement.contentType, "mock-response content-type");
    }
  },
});
