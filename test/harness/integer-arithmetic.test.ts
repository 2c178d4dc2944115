// int and long arithmetic in expressions run through the simulated gateway as C# runs them:
// unchecked wrap-around, exact longs beyond 2^53, DivideByZeroException on `%` by zero (APIM's
// ExpressionValueEvaluationFailure), and every evaluation replayed through the emitted C# (mono)
// with zero divergences. Expected values: C#'s unchecked arithmetic (C# specification,
// "Arithmetic operators"), each checked on mono by the replay at the end.
import { describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import { base, int, long, policy, setHeader, type PolicyDocument } from "apim-ts";
import { ReplayRecorder, replayEvaluations } from "../../harness/replay/index.ts";
import { requireCSharpCompiler } from "../../harness/crosscheck/compiler.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();

/** Offset of a page (int arithmetic) and a size in milli-units (long arithmetic) as headers. */
const document: PolicyDocument = policy({
  inbound: [
    base(),
    setHeader("X-Offset", (context) => {
      const page = int.Parse(context.Request.Headers.GetValueOrDefault("page", "0"));
      const size = int.Parse(context.Request.Headers.GetValueOrDefault("size", "1"));
      return `${page * size}`;
    }),
    setHeader("X-Milli", (context) => {
      const value = long.Parse(context.Request.Headers.GetValueOrDefault("amount", "0"));
      return `${value * 1000 + 7}`;
    }),
    setHeader("X-Bucket", (context) => {
      const size = int.Parse(context.Request.Headers.GetValueOrDefault("size", "1"));
      return `${17 % size}`;
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});

async function send(headers: Record<string, string>) {
  const result = await createGateway({ policies: { operation: document } }).send({
    url: "/items",
    headers,
  });
  recorder.add(result, JSON.stringify(headers), "integer-arithmetic");
  return result;
}

describe("int and long arithmetic in the gateway", () => {
  it("wraps an int product past int.MaxValue as C# does (JavaScript would print 4294967294)", async () => {
    const result = await send({ page: "2147483647", size: "2", amount: "1" });
    expect(result.backendCalls[0]!.headers["X-Offset"]).toEqual(["-2"]);
    expect(result.backendCalls[0]!.headers["X-Milli"]).toEqual(["1007"]);
  });

  it("keeps a long exact beyond 2^53 and wraps it past long.MaxValue", async () => {
    const exact = await send({ amount: "9007199254740993" });
    // 9007199254740993 * 1000 + 7, exactly (a JavaScript number would round it).
    expect(exact.backendCalls[0]!.headers["X-Milli"]).toEqual(["9007199254740993007"]);
    const wrapped = await send({ amount: "9223372036854776" });
    // 9223372036854776000 - 2^64 (unchecked), then + 7.
    expect(wrapped.backendCalls[0]!.headers["X-Milli"]).toEqual(["-9223372036854775609"]);
  });

  it("fails the request with ExpressionValueEvaluationFailure on % by zero (DivideByZeroException)", async () => {
    const result = await send({ size: "0" });
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
  });

  replayAfterAll(recorder, requireCSharpCompiler()!, { minimum: 12 });
});
