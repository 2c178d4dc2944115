// set-variable and context.Variables: literals are strings, expression values keep their C# type,
// GetValueOrDefault<T> throws on a type mismatch (InvalidCastException → on-error), missing
// names give the default, and values APIM cannot store are refused.
import { afterEach, describe, expect, it } from "vitest";
import { Encoding, policy, returnResponse, setHeader, setVariable } from "apim-ts";
import type { bytes, double, Expression, int, Statement } from "apim-ts";
import { createGateway, HarnessRefusal, setTranslatorForHarness } from "apim-ts/harness";

function gatewayWith(inbound: Statement[]) {
  return createGateway({
    policies: { operation: policy({ inbound: inbound as never, onError: [] }) },
  });
}

const read = (expression: Expression<string>) => returnResponse([setHeader("X-Read", expression)]);

afterEach(() => setTranslatorForHarness(undefined));

describe("set-variable", () => {
  it("stores a literal value as a string, even when it looks like a number", async () => {
    const result = await gatewayWith([setVariable("limit", "20")]).send();
    expect(result.variables.limit).toEqual({ type: "string", value: "20" });
    expect(result.logText).toContain('set-variable limit = "20" (string)');
  });

  it("reading a literal '20' as int throws InvalidCastException: ExpressionValueEvaluationFailure", async () => {
    const result = await gatewayWith([
      setVariable("limit", "20"),
      read((c) => "n=" + (c.Variables.GetValueOrDefault<int>("limit", 0) + 1)),
    ]).send();
    expect(result.status).toBe(500);
    expect(result.lastError).toMatchObject({
      Reason: "ExpressionValueEvaluationFailure",
      Source: "set-header",
      Path: "return-response[1]",
    });
    expect(result.evaluations.at(-1)!.outcome).toMatchObject({
      exception: { type: "System.InvalidCastException", message: "Specified cast is not valid." },
    });
  });

  it("reads a string as string, and a missing name as the default or null", async () => {
    const result = await gatewayWith([
      setVariable("name", "value"),
      read(
        (c) =>
          c.Variables.GetValueOrDefault<string>("name", "") +
          "|" +
          c.Variables.GetValueOrDefault<string>("missing", "dflt") +
          "|" +
          (c.Variables.GetValueOrDefault<string>("missing2") === null ? "null" : "not null"),
      ),
    ]).send();
    expect(result.header("X-Read")).toBe("value|dflt|null");
  });

  it("keeps bool and byte[] expression values typed", async () => {
    const result = await gatewayWith([
      setVariable("flag", (c) => c.Request.Headers.ContainsKey("x")),
      setVariable("bytes", () => Encoding.UTF8.GetBytes("hi")),
      read(
        (c) =>
          (c.Variables.GetValueOrDefault<boolean>("flag", false) ? "T" : "F") +
          Encoding.UTF8.GetString(
            c.Variables.GetValueOrDefault<bytes>("bytes", Encoding.UTF8.GetBytes("")),
          ),
      ),
    ]).send({ headers: { x: "1" } });
    expect(result.variables.flag).toEqual({ type: "bool", value: true });
    // The evaluation records name the slot (result.evaluations).
    expect(result.evaluations[0]!.slot).toBe("set-variable value");
    expect(result.variables.bytes!.type).toBe("byte[]");
    expect(result.header("X-Read")).toBe("Thi");
  });

  it("a bool read as string throws", async () => {
    const result = await gatewayWith([
      setVariable("flag", () => true),
      read((c) => c.Variables.GetValueOrDefault<string>("flag", "")),
    ]).send();
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
  });

  it("tags numbers with the translator's C# type: an int read as double throws, as in C#", async () => {
    const intValue: Expression<number> = () => 20;
    const doubleValue: Expression<number> = () => 2.5;
    const types = new Map<Function, string>([
      [intValue, "int"],
      [doubleValue, "double"],
    ]);
    setTranslatorForHarness((fn) => ({
      ok: true,
      csharp: "@(...)",
      resultType: types.get(fn) ?? "string",
    }));
    const result = await gatewayWith([
      setVariable("count", intValue),
      setVariable("ratio", doubleValue),
      read((c) => (c.Variables.GetValueOrDefault<double>("count", 0) > 1 ? "big" : "small")),
    ]).send();
    expect(result.variables.count).toEqual({ type: "int", value: 20 });
    expect(result.variables.ratio).toEqual({ type: "double", value: 2.5 });
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
  });

  it("refuses a number whose C# type nobody knows rather than guess", async () => {
    setTranslatorForHarness(() => ({
      ok: true,
      csharp: "@(3)",
      resultType: undefined as unknown as string,
    }));
    await expect(gatewayWith([setVariable("n", () => 3)]).send()).rejects.toThrow(HarnessRefusal);
  });

  it("refuses a value APIM cannot store in a variable (an X509Certificate2)", async () => {
    setTranslatorForHarness(() => ({ ok: true, csharp: "@(...)", resultType: "X509Certificate2" }));
    const gateway = gatewayWith([setVariable("cert", (c) => c.Request.Certificate as never)]);
    await expect(gateway.send()).rejects.toThrow(
      "set-variable 'cert': a policy variable cannot hold a X509Certificate2 (APIM accepts booleans, numbers, chars, " +
        "strings, Guid, DateTime, TimeSpan, byte arrays and JSON); store e.g. GetRawCertData() instead",
    );
  });
});

describe("set-variable literals", () => {
  it("stores a TypeScript number or boolean literal as attribute text, a string", async () => {
    const result = await gatewayWith([setVariable("n", 20), setVariable("b", true)]).send();
    expect(result.variables.n).toEqual({ type: "string", value: "20" });
    expect(result.variables.b).toEqual({ type: "string", value: "true" });
  });
});
