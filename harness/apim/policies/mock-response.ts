// <mock-response> (mock-response-policy.md): "cancels normal pipeline execution and returns a
// mocked response to the caller". The response has `status-code` (default 200); its content is the
// example of the operation's response with that status code, from the representation whose media
// type is `content-type`, or without `content-type` the first representation ("First found content
// type is used", Examples); "If no example or schema is found, the content is empty" (Examples).
// `content-type` "Specifies Content-Type response header value" (Attributes), so it is the header
// even when no example matched; without it the header is the chosen representation's media type.
// Refused: a representation with a schema and no example (APIM "generates sample responses from
// schemas", which the harness does not simulate), and an operation declaring a status twice.
// Chosen (docs/project-choices.md): media types compare case-insensitively (RFC 9110 section
// 8.3.1); the reason phrase is the standard one for the status; without content-type and without
// a representation, the response has no Content-Type header.
import type { MockResponse } from "../../../src/policies/mock-response.ts";
import type { OperationRepresentation } from "../gateway-options.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { ResponseState } from "../messages.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";
import { attributeText } from "./attribute-text.ts";

function representationFor(
  run: PolicyRun<MockResponse>,
  status: number,
  contentType: string | undefined,
): OperationRepresentation | undefined {
  const responses = run.gateway.operationResponses.filter((response) => response.status === status);
  if (responses.length > 1)
    throw new HarnessRefusal(
      `mock-response: operation.responses declares status ${status} ${responses.length} times; an operation has one response per status code`,
    );
  const representations = responses[0]?.representations ?? [];
  if (contentType === undefined) return representations[0];
  const wanted = contentType.trim().toLowerCase();
  return representations.find(
    (representation) => representation.contentType.trim().toLowerCase() === wanted,
  );
}

export const runMockResponse: PolicyHandler<MockResponse> = (run) => {
  const { statement } = run;
  const status =
    statement.statusCode === undefined ? 200 : run.integer(statement.statusCode, "status-code");
  const contentType =
    statement.contentType === undefined
      ? undefined
      : attributeText(run, statement.contentType, "content-type");
  const representation = representationFor(run, status, contentType);
  if (representation && representation.example === undefined && representation.schema !== undefined)
    throw new HarnessRefusal(
      `mock-response: the operation's ${status} response has a schema but no example for '${representation.contentType}'; ` +
        "APIM would generate a sample from the schema, which the harness does not simulate: configure an example",
    );
  const response = new ResponseState(status, undefined, undefined, representation?.example ?? null);
  const headerValue = contentType ?? representation?.contentType;
  if (headerValue !== undefined) response.headers.set("Content-Type", [headerValue]);
  run.execution.response = response;
  run.note(
    `mock-response ${status}${headerValue ? ` ${headerValue}` : ""}: ${
      representation?.example !== undefined ? "the operation's example" : "no example, no content"
    }`,
  );
  return "return";
};
