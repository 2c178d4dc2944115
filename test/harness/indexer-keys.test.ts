// A key known only at run time that names a member of the dictionary: C# calls the indexer
// whatever the key, so `context.Variables[k]` with k = "Count" is the variable named "Count"
// (IReadOnlyDictionary<string, object>.Item[String], learn.microsoft.com: KeyNotFoundException
// when the key is absent), not the number of variables that JavaScript's property read would
// give; the same for the headers, the query and the matched parameters. The C# side of the same
// reads runs on mono in test/conformance/cases/indexer-keys.ts, and below through the end-of-run
// C# replay of these sends, which reported them as divergences before.
import { describe, expect, it } from "vitest";
import { policy, returnResponse, setHeader, setVariable } from "apim-ts";
import type { Expression, Statement } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { requireCSharpCompiler } from "../../harness/crosscheck/compiler.ts";
import { replayStored } from "../replay/support/replay-stored.ts";

function gatewayWith(inbound: Statement[]) {
  return createGateway({
    policies: { operation: policy({ inbound: inbound as never, onError: [] }) },
  });
}

const read = (expression: Expression<string>) => returnResponse([setHeader("X-Read", expression)]);

/** The key, from the request: known only at run time. */
const KEY: Expression<string> = (context) => context.Request.Headers.GetValueOrDefault("X-Key", "");

describe("context.Variables[k] with k a member's name", () => {
  const variables = [setVariable("Count", "c"), setVariable("TryGetValue", "t")];

  it.each(["Count", "TryGetValue"])("reads the variable named %s", async (key) => {
    const result = await gatewayWith([
      ...variables,
      read((context) => (context.Variables[KEY(context)] as string | null) ?? "null"),
    ]).send({ headers: { "X-Key": key } });
    expect(result.header("X-Read")).toBe(key.charAt(0).toLowerCase());
  });

  it.each(["ContainsKey", "GetValueOrDefault"])(
    "throws KeyNotFoundException when no variable is named %s",
    async (key) => {
      const result = await gatewayWith([
        ...variables,
        read((context) => `${context.Variables[KEY(context)] != null}`),
      ]).send({ headers: { "X-Key": key } });
      expect(result.status).toBe(500);
      expect(result.lastError).toMatchObject({ Reason: "ExpressionValueEvaluationFailure" });
      expect(result.evaluations.at(-1)!.outcome).toMatchObject({
        exception: { type: "System.Collections.Generic.KeyNotFoundException" },
      });
    },
  );
});

describe("headers, query and matched parameters [k] with k a member's name", () => {
  it("reads the header, the query parameter of that name", async () => {
    const result = await gatewayWith([
      read(
        (context) =>
          context.Request.Headers[KEY(context)]!.join(",") +
          "|" +
          context.Request.Url.Query[KEY(context)]!.join(","),
      ),
    ]).send({ url: "/x?Count=q1&Count=q2", headers: { "X-Key": "Count", Count: "h" } });
    expect(result.header("X-Read")).toBe("h|q1,q2");
  });

  it.each(["Keys", "First", "ContainsKey"])(
    "throws KeyNotFoundException when no header is named %s",
    async (key) => {
      const result = await gatewayWith([
        read((context) => `${context.Request.Headers[KEY(context)]!.length}`),
      ]).send({ headers: { "X-Key": key } });
      expect(result.status).toBe(500);
      expect(result.evaluations.at(-1)!.outcome).toMatchObject({
        exception: { type: "System.Collections.Generic.KeyNotFoundException" },
      });
    },
  );
});

describe("the C# replay of these reads", () => {
  const toolchain = requireCSharpCompiler();
  (toolchain ? it : it.skip)(
    "agrees with the harness on every key",
    async () => {
      const gateway = gatewayWith([
        setVariable("Count", "c"),
        setVariable("Keys", "v"),
        read(
          (context) =>
            ((context.Variables[KEY(context)] as string | null) ?? "null") +
            "|" +
            context.Request.Headers[KEY(context)]!.length,
        ),
      ]);
      const evaluations = [];
      for (const key of ["Count", "ContainsKey", "Keys"])
        evaluations.push(
          ...(await gateway.send({ headers: { "X-Key": key, Count: "h", Keys: "k" } })).evaluations,
        );
      const report = await replayStored(evaluations, toolchain!);
      expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
      expect(report.stats.compared).toBe(evaluations.length);
    },
    120_000,
  );
});
