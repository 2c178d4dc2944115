// What the harness refuses to run, because APIM would not deploy it: an expression the translator
// rejects (with the same diagnostics as the build), raw-xml elements, <base/> at global scope.
import { describe, expect, it } from "vitest";
import { base, choose, Exception, JObject, policy, setVariable, when } from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";

describe("refusals", () => {
  it("refuses an expression the translator rejects, with its file:line:col diagnostics", async () => {
    const gateway = createGateway({
      // JSON.stringify is not in APIM's allow-list.
      policies: {
        operation: policy({ inbound: [setVariable("x", (c) => JSON.stringify(c.Request.Method))] }),
      },
    });
    const refusal = await gateway.send().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(HarnessRefusal);
    expect((refusal as Error).message).toMatch(/refusals\.test\.ts:\d+:\d+/);
  });

  it("refuses what a .NET twin does not simulate even when the expression's catch swallows it", async () => {
    // A JSONPath filter is beyond the simulated SelectToken subset (harness/dotnet/json/select-token.ts).
    // Without the witness, the catch below would turn "not simulated" into "fallback" and the
    // test would see a value APIM never produced.
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setVariable("picked", (c) => {
              let picked = "fallback";
              try {
                const token = JObject.Parse('{"a":[{"x":1}]}').SelectToken("$.a[?(@.x == 1)]");
                picked = token == null ? "none" : token.ToString();
              } catch (e) {
                if (e instanceof Exception) picked = "caught " + c.Request.Method;
              }
              return picked;
            }),
          ],
        }),
      },
    });
    const refusal = await gateway.send().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(HarnessRefusal);
    expect((refusal as Error).message).toMatch(/SelectToken/);
  });

  it("refuses <base/> in the global scope", async () => {
    await expect(
      createGateway({ policies: { global: policy({ inbound: [base()] }) } }).send(),
    ).rejects.toThrow(/global scope/);
  });
});

describe("deployability is checked before the first request", () => {
  it("refuses an untranslatable expression in a branch the request never takes", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            choose(
              when(
                (c) => c.Request.Headers.ContainsKey("never-sent"),
                [setVariable("x", (c) => JSON.stringify(c.Request.Method))],
              ),
            ),
          ],
        }),
      },
    });
    await expect(gateway.send()).rejects.toThrow(/operation scope:\n.*refusals\.test\.ts:\d+:\d+/);
  });
});
