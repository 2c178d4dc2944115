// mock-response (mock-response-policy.md): the pipeline ends with the operation's example for the
// status code (default 200) and content type (default: the first representation); without an
// example the content is empty; content-type is the Content-Type header. The backend is not called
// from inbound; in outbound and on-error the mocked response replaces the current one.
import { describe, expect, it } from "vitest";
import { base, mockResponse, policy, setStatus, trace, type InboundStatement } from "apim-ts";
import { createGateway, type OperationResponse } from "apim-ts/harness";

// An operation as an API definition declares it: 200 with JSON and XML examples, 404 with JSON.
const RESPONSES: readonly OperationResponse[] = [
  {
    status: 200,
    representations: [
      { contentType: "application/json", example: '{"id":1,"name":"Contoso"}' },
      { contentType: "application/xml", example: "<item><id>1</id></item>" },
    ],
  },
  {
    status: 404,
    representations: [{ contentType: "application/json", example: '{"error":"none"}' }],
  },
  { status: 204 },
];

const gatewayWith = (inbound: InboundStatement[], responses = RESPONSES) =>
  createGateway({
    operation: { responses },
    policies: { operation: policy({ inbound, backend: [base()] }) },
  });

describe("mock-response", () => {
  it("without attributes: 200 with the first representation's example and media type (page's first example)", async () => {
    const result = await gatewayWith([mockResponse()]).send();
    expect([result.status, result.reason]).toEqual([200, "OK"]);
    expect(result.body).toBe('{"id":1,"name":"Contoso"}');
    expect(result.header("Content-Type")).toBe("application/json");
    expect(result.backendCalls).toHaveLength(0);
  });

  it("status-code and content-type select the example (page's second example, and another status)", async () => {
    const xml = await gatewayWith([
      mockResponse({ statusCode: 200, contentType: "application/xml" }),
    ]).send();
    expect(xml.body).toBe("<item><id>1</id></item>");
    expect(xml.header("Content-Type")).toBe("application/xml");
    const notFound = await gatewayWith([mockResponse({ statusCode: 404 })]).send();
    expect([notFound.status, notFound.reason, notFound.body]).toEqual([
      404,
      "Not Found",
      '{"error":"none"}',
    ]);
  });

  it("content-type matches media types case-insensitively (RFC 9110 section 8.3.1, chosen)", async () => {
    const result = await gatewayWith([mockResponse({ contentType: "Application/XML" })]).send();
    expect(result.body).toBe("<item><id>1</id></item>");
    expect(result.header("Content-Type")).toBe("Application/XML");
  });

  it("no example for the status or media type: the content is empty, content-type still the header", async () => {
    const other = await gatewayWith([mockResponse({ statusCode: 500 })]).send();
    expect([other.status, other.body, other.header("Content-Type")]).toEqual([500, "", null]);
    const noRepresentation = await gatewayWith([mockResponse({ statusCode: 204 })]).send();
    expect([noRepresentation.status, noRepresentation.body]).toEqual([204, ""]);
    const wrongType = await gatewayWith([
      mockResponse({ statusCode: 404, contentType: "text/plain" }),
    ]).send();
    expect([wrongType.status, wrongType.body, wrongType.header("Content-Type")]).toEqual([
      404,
      "",
      "text/plain",
    ]);
    const unconfigured = await createGateway({
      policies: { operation: policy({ inbound: [mockResponse()], backend: [base()] }) },
    }).send();
    expect([unconfigured.status, unconfigured.body]).toEqual([200, ""]);
  });

  it("ends the pipeline: nothing after it runs and outbound is skipped", async () => {
    const result = await createGateway({
      operation: { responses: RESPONSES },
      policies: {
        operation: policy({
          inbound: [mockResponse(), trace({ source: "after", message: "after" })],
          backend: [base()],
          outbound: [trace({ source: "outbound", message: "outbound" })],
        }),
      },
    }).send();
    expect(result.traces).toEqual([]);
    expect(result.backendCalls).toHaveLength(0);
  });

  it("in outbound it replaces the backend's response; in on-error, the error response", async () => {
    const outbound = await createGateway({
      operation: { responses: RESPONSES },
      backend: () => ({ status: 500, body: "backend" }),
      policies: {
        operation: policy({ backend: [base()], outbound: [mockResponse({ statusCode: 404 })] }),
      },
    }).send();
    expect(outbound.backendCalls).toHaveLength(1);
    expect([outbound.status, outbound.body]).toEqual([404, '{"error":"none"}']);
    const onError = await createGateway({
      operation: { responses: RESPONSES },
      backend: () => {
        throw new Error("down");
      },
      policies: {
        operation: policy({ backend: [base()], onError: [mockResponse(), setStatus(599)] }),
      },
    }).send();
    expect([onError.status, onError.body]).toEqual([200, '{"id":1,"name":"Contoso"}']);
    expect(onError.lastError).not.toBeNull();
  });

  it("refuses a representation with a schema and no example (APIM generates a sample; the harness does not)", async () => {
    const gateway = gatewayWith(
      [mockResponse()],
      [{ status: 200, representations: [{ contentType: "application/json", schema: {} }] }],
    );
    await expect(gateway.send()).rejects.toThrow(/schema but no example/);
  });

  it("refuses an operation that declares a status twice", async () => {
    const gateway = gatewayWith([mockResponse()], [{ status: 200 }, { status: 200 }]);
    await expect(gateway.send()).rejects.toThrow(/declares status 200 2 times/);
  });

  it("the log says which status, media type and content it mocked", async () => {
    const example = await gatewayWith([mockResponse({ statusCode: 404 })]).send();
    expect(example.logText).toContain(
      "mock-response 404 application/json: the operation's example",
    );
    const none = await gatewayWith([mockResponse({ statusCode: 204 })]).send();
    expect(none.logText).toContain("mock-response 204: no example, no content");
  });

  it("content-type matches a representation declared with padding", async () => {
    const result = await gatewayWith(
      [mockResponse({ contentType: "text/plain" })],
      [{ status: 200, representations: [{ contentType: " Text/Plain ", example: "hello" }] }],
    ).send();
    expect([result.body, result.header("Content-Type")]).toEqual(["hello", "text/plain"]);
  });

  it("refuses a status declared three times, counting them", async () => {
    const gateway = gatewayWith(
      [mockResponse()],
      [{ status: 200 }, { status: 200 }, { status: 200 }],
    );
    await expect(gateway.send()).rejects.toThrow(
      "mock-response: operation.responses declares status 200 3 times; an operation has one response per status code",
    );
  });
});
