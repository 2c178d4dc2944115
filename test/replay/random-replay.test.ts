// System.Random in the harness and the C# replay: `new Random().Next(...)` draws from a seeded
// sequence (gateway option `randomSeed`, harness/dotnet/random.ts), each evaluation records its
// draws with their ranges (ContextDescription.randoms), and the cross-check program's Random is
// rewritten to the model's Chance, which returns them (random-rewrite.ts, model/replay-randoms.cs).
// Issue 13 item 5: "The harness takes a seed ... so tests are deterministic; the C# replay feeds
// the recorded values." A C# that draws more or fewer times, or from another range, diverges.
import { describe, expect, it } from "vitest";
import { policy, Random, returnResponse, setHeader, setVariable, type int } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { rewriteRandoms } from "../../harness/crosscheck/random-rewrite.ts";
import { requireCSharpCompiler } from "../../harness/crosscheck/compiler.ts";
import { ReplayRecorder, replayEvaluations } from "../../harness/replay/index.ts";
import type { EvaluationRecord } from "../../harness/apim/records.ts";
import { replayStored } from "./support/replay-stored.ts";

// A canary split as teams write it: one caller in `percent` goes to the new backend.
const document = policy({
  inbound: [
    setVariable("bucket", () => new Random().Next(100)),
    setVariable("jitter", () => {
      const random = new Random();
      return random.Next(50, 150) + random.Next();
    }),
    returnResponse([
      setHeader("X-Bucket", (c) => "" + c.Variables.GetValueOrDefault<int>("bucket", -1)),
      setHeader("X-Jitter", (c) => "" + c.Variables.GetValueOrDefault<int>("jitter", -1)),
    ]),
  ],
});

function gateway(randomSeed: string | number) {
  return createGateway({ policies: { operation: document }, randomSeed });
}

describe("rewriteRandoms", () => {
  const cases: [string, string][] = [
    ["@(new Random().Next(10))", "@(new Chance().Next(10))"],
    ["@(new System.Random().Next())", "@(new        Chance().Next())"],
    [
      "@{ Random r = new Random(); return r.Next(); }",
      "@{ Chance r = new Chance(); return r.Next(); }",
    ],
    ['@("new Random()")', '@("new Random()")'],
    ["@(x.Random)", "@(x.Random)"],
    ["@(MyRandom.Next())", "@(MyRandom.Next())"],
  ];
  it.each(cases)("%s", (input, expected) => {
    const output = rewriteRandoms(input);
    expect(output).toBe(expected);
    expect(output.length).toBe(input.length);
  });
});

describe("Random in the harness", () => {
  it("records each draw with its range, and is deterministic per seed", async () => {
    const result = await gateway(7).send();
    const [bucket, jitter] = result.evaluations;
    const [draw] = bucket!.inputs.context.randoms!;
    expect(draw!.slice(0, 2)).toEqual([0, 100]);
    expect(result.headers["X-Bucket"]).toEqual([String(draw![2])]);
    const [range, next] = jitter!.inputs.context.randoms!;
    expect(range!.slice(0, 2)).toEqual([50, 150]);
    expect(next!.slice(0, 2)).toEqual([0, 2147483647]);
    expect(range![2]).toBeGreaterThanOrEqual(50);
    expect(range![2]).toBeLessThan(150);
    expect(result.headers["X-Jitter"]).toEqual([String(range![2] + next![2])]);
    expect(bucket!.csharp).toContain("new Random().Next(100)");

    const again = await gateway(7).send();
    expect(again.headers).toEqual(result.headers);
    const buckets = new Set<string>();
    for (let seed = 0; seed < 8; seed++)
      buckets.add((await gateway(seed).send()).headers["X-Bucket"]![0]!);
    expect(buckets.size).toBeGreaterThan(4);
  });
});

describe("Random in the C# replay", () => {
  const toolchain = requireCSharpCompiler();
  const maybe = toolchain ? it : it.skip;

  maybe(
    "feeds the recorded draws: zero divergences; other counts or ranges diverge",
    async () => {
      const evaluations: EvaluationRecord[] = [];
      for (const seed of [0, 1, "team"])
        evaluations.push(...(await gateway(seed).send()).evaluations);
      const report = await replayStored(evaluations, toolchain!);
      expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
      expect(report.stats.compared).toBe(12);

      const [bucket, jitter] = evaluations;
      const tampered = (record: EvaluationRecord, randoms: [number, number, number][]) => ({
        ...record,
        inputs: {
          context: { ...record.inputs.context, randoms },
          namedValues: record.inputs.namedValues,
          limitations: [],
        },
      });
      const drawn = jitter!.inputs.context.randoms!;
      const bad = new ReplayRecorder();
      bad.addRecord(tampered(bucket!, []), "too few recorded");
      bad.addRecord(tampered(jitter!, [...drawn, [0, 5, 1]]), "too many recorded");
      bad.addRecord(tampered(bucket!, [[0, 10, 3]]), "another range recorded");
      const badReport = await replayEvaluations(bad, { toolchain: toolchain! });
      const text = badReport.text();
      expect(badReport.divergences, text).toHaveLength(3);
      expect(text).toContain("the C# called Random.Next 1 time(s), the harness's TypeScript 0");
      expect(text).toContain("the C# called Random.Next 2 time(s), the harness's TypeScript 3");
      expect(text).toContain("the C# drew from [0, 100), the harness's TypeScript from [0, 10)");
    },
    120_000,
  );
});
