// include-fragment (statements run in place; missing fragments are refused) and named values
// ({{name}} in literals, namedValue()/namedBoolean() in expressions; missing ones are refused).
import { describe, expect, it } from "vitest";
import { choose, fragment, includeFragment, namedBoolean, namedValue, policy, returnResponse, setHeader, setVariable, trace, when } from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";

describe("include-fragment", () => {
  it("runs the fragment's statements where it is included", async () => {
    const result = await createGateway({
      fragments: { common: fragment([trace({ source: "fragment", message: "in" }), setVariable("fromFragment", "yes")]) },
      policies: { operation: policy({ inbound: [trace({ source: "before", message: "b" }), includeFragment("common"), trace({ source: "after", message: "a" })] }) },
    }).send();
    expect(result.traces.map((t) => t.source)).toEqual(["before", "fragment", "after"]);
    expect(result.variables.fromFragment).toEqual({ type: "string", value: "yes" });
  });

  it("refuses a fragment that is not configured", async () => {
    await expect(createGateway({ policies: { operation: policy({ inbound: [includeFragment("missing")] }) } }).send()).rejects.toThrow(HarnessRefusal);
  });
});

describe("named values", () => {
  it("substitutes {{name}} in literal attributes", async () => {
    const result = await createGateway({
      namedValues: { environment: "dev" },
      policies: { operation: policy({ inbound: [setVariable("env", "env-{{environment}}")] }) },
    }).send();
    expect(result.variables.env).toEqual({ type: "string", value: "env-dev" });
  });

  it("resolves namedValue() and namedBoolean() inside expressions", async () => {
    const gateway = (validate: string) =>
      createGateway({
        namedValues: { "validate-certificate-chain": validate, greeting: "hello" },
        policies: {
          operation: policy({
            inbound: [returnResponse([setHeader("X-Chain", () => (namedBoolean("validate-certificate-chain") ? "on" : "off")), setHeader("X-Greeting", () => namedValue("greeting"))])],
          }),
        },
      });
    const on = await gateway("true").send();
    expect([on.header("X-Chain"), on.header("X-Greeting")]).toEqual(["on", "hello"]);
    expect((await gateway("false").send()).header("X-Chain")).toBe("off");
  });

  it("refuses a named value that is not configured", async () => {
    const gateway = createGateway({ policies: { operation: policy({ inbound: [choose(when(() => namedBoolean("absent"), []))] }) } });
    await expect(gateway.send()).rejects.toThrow(/Named value 'absent' is not configured/);
  });
});
