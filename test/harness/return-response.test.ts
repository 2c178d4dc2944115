// return-response: ends the pipeline (the backend is not called, nothing after it runs), default
// 200 without a body, shaped by set-status, set-header and set-body.
import { describe, expect, it } from "vitest";
import {
  Convert,
  base,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setStatus,
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
});
