// return-response: ends the pipeline (the backend is not called, nothing after it runs), default
// 200 without a body, shaped by set-status, set-header and set-body.
import { describe, expect, it } from "vitest";
import {
  Convert,
  base,
  policy,
  returnResponse,
  sendRequest,
  setBody,
  setHeader,
  setStatus,
  setVariable,
  trace,
  when,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

const mark = (source: string) => trace({ source, message: source });
const sources = (result: { traces: readonly { source: string }[] }) =>
  result.traces.map((t) => t.source);

describe("return-response", () => {
  it("return-response ends everything and skips the backend", async () => {
    const gateway = createGateway({
      policies: {
        global: policy({ inbound: [base()], backend: [base()], outbound: [mark("global-out")] }),
        operation: policy({
          inbound: [
            returnResponse([
              setStatus(403, "Forbidden"),
              setHeader("X-Why", "policy"),
              setBody("no"),
            ]),
            mark("after"),
          ],
          backend: [base()],
          outbound: [base()],
        }),
      },
    });
    const result = await gateway.send();
    expect(result.status).toBe(403);
    expect(result.reason).toBe("Forbidden");
    expect(result.header("x-why")).toBe("policy");
    expect(result.body).toBe("no");
    expect(result.backendCalls).toHaveLength(0);
    expect(sources(result)).toEqual([]);
  });

  it("return-response defaults to 200 without a body", async () => {
    const gateway = createGateway({
      policies: { operation: policy({ inbound: [returnResponse()] }) },
    });
    const result = await gateway.send();
    expect([result.status, result.reason, result.body]).toEqual([200, "OK", ""]);
  });

  // return-response-policy.md, Attributes: response-variable-name "The name of the context
  // variable referenced from, for example, an upstream send-request policy and containing a
  // Response object".
  it("starts from a copy of the stored response: the variable keeps its own status", async () => {
    const result = await createGateway({
      services: { "https://lookup.example": () => ({ status: 404, body: "missing" }) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "lookup",
              url: "https://lookup.example",
              method: "GET",
            }),
            returnResponse([setStatus(502, "Bad Gateway")], { responseVariableName: "lookup" }),
          ],
        }),
      },
    }).send();
    expect([result.status, result.body]).toEqual([502, "missing"]);
    expect((result.variables.lookup?.value as { StatusCode: number } | null)?.StatusCode).toBe(404);
    expect(result.logText).toContain("return-response from lookup");
  });

  it("refuses a response-variable-name whose variable holds no response", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setVariable("lookup", "text"),
            returnResponse([], { responseVariableName: "lookup" }),
          ],
        }),
      },
    });
    await expect(gateway.send()).rejects.toThrow(
      "return-response: variable 'lookup' holds no response (set it with send-request)",
    );
    const unset = createGateway({
      policies: {
        operation: policy({ inbound: [returnResponse([], { responseVariableName: "absent" })] }),
      },
    });
    await expect(unset.send()).rejects.toThrow(
      "return-response: variable 'absent' holds no response (set it with send-request)",
    );
  });

  it("a child that fails is an error at return-response[1]; the response is not returned", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            returnResponse([
              setStatus(201),
              setBody(() => Convert.ToBase64String(Convert.FromBase64String("%%%"))),
            ]),
          ],
          onError: [mark("on-error")],
        }),
      },
    }).send();
    // LastError: Path "Specifies nested policy" (Error handling in API Management policies).
    expect(result.lastError).toMatchObject({ Source: "set-body", Path: "return-response[1]" });
    expect(sources(result)).toEqual(["on-error"]);
    expect(result.status).not.toBe(201);
  });
});
