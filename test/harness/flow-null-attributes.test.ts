// A null from an expression in the flow policies' attributes and elements is refused, naming the
// attribute and the page: trace-policy.md (message, metadata value) and proxy-policy.md (url,
// username, password) say what each holds, not what APIM does with null (docs/project-choices.md).
// send-request's set-method takes no expression (send-request.test.ts).
import { describe, expect, it } from "vitest";
import { forwardRequest, policy, proxy, trace, type InboundStatement } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

const run = (inbound: InboundStatement[]) =>
  createGateway({
    services: { "https://svc.example": () => ({}) },
    policies: { operation: policy({ inbound, backend: [forwardRequest()] }) },
  }).send();

const refusal = (kind: string, slot: string) =>
  `${kind} ${slot}: the expression gave null; ${kind}-policy.md does not say what APIM does then`;

describe("a null attribute in the flow policies", () => {
  it("trace: message and metadata value", async () => {
    await expect(run([trace({ source: "s", message: nullHeaderText })])).rejects.toThrow(
      refusal("trace", "message"),
    );
    await expect(
      run([trace({ source: "s", message: "m", metadata: [{ name: "k", value: nullHeaderText }] })]),
    ).rejects.toThrow(refusal("trace", "metadata k"));
  });

  it("proxy: url, username, password", async () => {
    await expect(run([proxy({ url: nullHeaderText })])).rejects.toThrow(refusal("proxy", "url"));
    await expect(
      run([proxy({ url: "http://10.0.0.1:8080", username: nullHeaderText })]),
    ).rejects.toThrow(refusal("proxy", "username"));
    await expect(
      run([proxy({ url: "http://10.0.0.1:8080", username: "u", password: nullHeaderText })]),
    ).rejects.toThrow(refusal("proxy", "password"));
  });

  it("a text that is not null passes through: the trace and the proxy record it", async () => {
    const result = await run([
      trace({ source: "s", message: (c) => c.Request.Method }),
      proxy({ url: "http://10.0.0.1:8080", username: (c) => c.Request.Method, password: "p" }),
    ]);
    expect(result).toHaveTrace({ source: "s", message: "GET" });
    expect(result.logText).toContain("proxy http://10.0.0.1:8080 as GET\n");
    expect(result.backendCalls[0]!.proxy).toEqual({
      url: "http://10.0.0.1:8080",
      username: "GET",
      password: "p",
    });
  });
});
