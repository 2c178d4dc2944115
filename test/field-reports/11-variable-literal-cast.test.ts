// Source: Azure-Samples/openai-apim-lb#13 "Investigating Expression evaluation failure" and #25
// "Dropped Connections to Azure OpenAI result in APIM Cast Error" (fixed by PR #18).
// Real APIM: a set-variable with the literal value "1" stores the STRING "1" (a literal
// value is always System.String). An expression that later reads it as an Int32
// (the sample cast the untyped dictionary entry to Int32) throws InvalidCastException: the
// policy fails with ExpressionValueEvaluationFailure, LastError.Message "Expression evaluation failed. "
// followed by the cast message (reported as "Unable to cast object of type 'System.String' to type
// 'System.Int32'." in #13 and "Specified cast is not valid." in #25), and the caller gets 500.
// The sample's fix reads the variable with Convert.ToInt32(...), which accepts the string "1".
// Expected: typed read as int of a literal variable -> 500, ExpressionValueEvaluationFailure; the fix
// (Convert.ToInt32 on the value) -> 1. (apim-ts spells the sample's cast `context.Variables["x"] as int`.)
import { describe, expect, it } from "vitest";
import { base, Convert, policy, setHeader, setVariable } from "apim-ts";
import type { int } from "apim-ts";
import { createGateway } from "apim-ts/harness";

describe("literal set-variable read as Int32 (openai-apim-lb#13, #25)", () => {
  it("throws a cast error: 500 with ExpressionValueEvaluationFailure", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            base(),
            setVariable("remaining", "1"),
            setHeader(
              "X-Remaining",
              (context) => `${context.Variables.GetValueOrDefault<int>("remaining") + 1}`,
            ),
          ],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    expect(result.variables.remaining).toEqual({ type: "string", value: "1" });
    expect(result.status).toBe(500);
    expect(result.lastError).toMatchObject({
      Source: "set-header",
      Reason: "ExpressionValueEvaluationFailure",
    });
    expect(result.lastError!.Message).toMatch(
      /^Expression evaluation failed\. (Unable to cast object of type 'System\.String' to type 'System\.Int32'\.|Specified cast is not valid\.)$/,
    );
  });

  it("the sample's original read, the untyped indexer cast to Int32, fails the same way", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            base(),
            setVariable("remaining", "1"),
            setHeader("X-Remaining", (context) => `${(context.Variables["remaining"] as int) + 1}`),
          ],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    expect(result.status).toBe(500);
    expect(result.lastError).toMatchObject({
      Source: "set-header",
      Reason: "ExpressionValueEvaluationFailure",
    });
    expect(result.lastError!.Message).toMatch(
      /^Expression evaluation failed\. (Unable to cast object of type 'System\.String' to type 'System\.Int32'\.|Specified cast is not valid\.)$/,
    );
  });

  it("the sample's fix, Convert.ToInt32 of the stored value, reads 1", async () => {
    // Written as the sample writes it: Convert.ToInt32 of the untyped entry (C#'s
    // Convert.ToInt32(object)), and of the entry read as a string.
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            base(),
            setVariable("remaining", "1"),
            setHeader(
              "X-Remaining",
              (context) => `${Convert.ToInt32(context.Variables["remaining"]) + 1}`,
            ),
            setHeader(
              "X-Remaining-String",
              (context) =>
                `${Convert.ToInt32(context.Variables.GetValueOrDefault<string>("remaining")) + 1}`,
            ),
          ],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    expect(result.backendCalls[0]!.headers["X-Remaining"]).toEqual(["2"]);
    expect(result.backendCalls[0]!.headers["X-Remaining-String"]).toEqual(["2"]);
  });

  it("bad input: a variable read with a type the stored value does not have (long vs int style) also fails cleanly", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            base(),
            setVariable("flag", (context) => context.Request.Headers.ContainsKey("X-A")),
            setHeader(
              "X-Flag",
              (context) => context.Variables.GetValueOrDefault<string>("flag") ?? "null",
            ),
          ],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send();
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
  });
});
