// Named values: {{name}} in literals, namedValue()/namedBoolean() in expressions; missing ones are refused.
import { describe, expect, it } from "vitest";
import {
  choose,
  namedBoolean,
  namedValue,
  policy,
  returnResponse,
  setHeader,
  setVariable,
  when,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

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
            inbound: [
              returnResponse([
                setHeader("X-Chain", () =>
                  namedBoolean("validate-certificate-chain") ? "on" : "off",
                ),
                setHeader("X-Greeting", () => namedValue("greeting")),
              ]),
            ],
          }),
        },
      });
    const on = await gateway("true").send();
    expect([on.header("X-Chain"), on.header("X-Greeting")]).toEqual(["on", "hello"]);
    expect((await gateway("false").send()).header("X-Chain")).toBe("off");
  });

  it("refuses a named value that is not configured", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({ inbound: [choose(when(() => namedBoolean("absent"), []))] }),
      },
    });
    await expect(gateway.send()).rejects.toThrow(/Named value 'absent' is not configured/);
  });
});
