// Guid.NewGuid() in the C# replay: the harness's GUIDs are a seeded sequence (gateway option
// `guidSeed`, harness/dotnet/guid.ts), each evaluation records the ones its expression made
// (ContextDescription.guids), and the cross-check program's Guid.NewGuid() returns them in order
// (harness/crosscheck/guid-rewrite.ts, model/replay-guids.cs). Issue 13 item 5: "The harness
// takes a seed ... so tests are deterministic; the C# replay feeds the recorded values." A C#
// that asks for more or fewer GUIDs than the TypeScript made, or gets different ones, diverges.
import { describe, expect, it } from "vitest";
import { Guid, policy, returnResponse, setHeader, setVariable } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { rewriteGuids } from "../../harness/crosscheck/guid-rewrite.ts";
import { requireCSharpCompiler } from "../../harness/crosscheck/compiler.ts";
import { ReplayRecorder, replayEvaluations } from "../../harness/replay/index.ts";
import { describeConformance } from "../../harness/conformance/dsl.ts";
import type { EvaluationRecord } from "../../harness/apim/records.ts";
import { replayStored } from "./support/replay-stored.ts";

// The new-user trial's policy: a correlation id from the request, else a fresh GUID, echoed back.
const document = policy({
  inbound: [
    setHeader("X-Correlation-Id", (c) =>
      c.Request.Headers.GetValueOrDefault("X-Correlation-Id", Guid.NewGuid().ToString()),
    ),
    setVariable("pair", (c) => Guid.NewGuid().ToString() + "," + c.RequestId.ToString()),
    returnResponse([
      setHeader("X-Correlation-Id", (c) =>
        c.Request.Headers.GetValueOrDefault("X-Correlation-Id", ""),
      ),
      setHeader(
        "X-Pair",
        (c) => c.Variables.GetValueOrDefault<string>("pair", "") + "|" + Guid.NewGuid().ToString(),
      ),
    ]),
  ],
});

function gateway(guidSeed: string | number) {
  return createGateway({ policies: { operation: document }, guidSeed });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("rewriteGuids", () => {
  const cases: [string, string][] = [
    ["@(Guid.NewGuid().ToString())", "@(Uuid.NewGuid().ToString())"],
    ["@(System.Guid.NewGuid())", "@(       Uuid.NewGuid())"],
    [
      "@(global::System.Guid.NewGuid())",
      `@(${" ".repeat("global::System.".length)}Uuid.NewGuid())`,
    ],
    ["@(Guid . NewGuid())", "@(Uuid . NewGuid())"],
    ['@("Guid.NewGuid()")', '@("Guid.NewGuid()")'],
    ["@(/* Guid.NewGuid() */ Guid.Empty)", "@(/* Guid.NewGuid() */ Guid.Empty)"],
    ['@(Guid.Parse("x") == Guid.NewGuid())', '@(Guid.Parse("x") == Uuid.NewGuid())'],
    ["@(x.Guid.NewGuid())", "@(x.Guid.NewGuid())"],
    ["@(MyGuid.NewGuid())", "@(MyGuid.NewGuid())"],
  ];
  it.each(cases)("%s", (input, expected) => {
    const output = rewriteGuids(input);
    expect(output).toBe(expected);
    expect(output.length).toBe(input.length);
  });

  it("keeps line breaks between the tokens", () => {
    expect(rewriteGuids("@(Guid\n  .NewGuid())")).toBe("@(Uuid\n  .NewGuid())");
  });
});

describe("Guid.NewGuid in the harness", () => {
  it("records, per evaluation, the GUIDs its expression made (not context.RequestId)", async () => {
    const result = await gateway(7).send();
    const [header, pair, echo, pairHeader] = result.evaluations;
    expect(header!.inputs.context.guids).toHaveLength(1);
    expect(header!.inputs.context.guids![0]).toMatch(GUID);
    // The response echoes the GUID the first expression made (GetValueOrDefault's default).
    expect(result.headers["X-Correlation-Id"]).toEqual(header!.inputs.context.guids);
    // `pair` made one GUID; RequestId was generated in it but is the context's, not a NewGuid call.
    expect(pair!.inputs.context.guids).toHaveLength(1);
    expect(pair!.inputs.context.guids![0]).not.toBe(header!.inputs.context.guids![0]);
    expect(echo!.inputs.context.guids).toBeUndefined();
    expect(pairHeader!.inputs.context.guids).toHaveLength(1);
    expect(result.headers["X-Pair"]![0]).toBe(
      `${pair!.inputs.context.guids![0]},${pairHeader!.inputs.context.requestId}|${pairHeader!.inputs.context.guids![0]}`,
    );
    // The emitted C# (what dist-policies holds) still calls the real Guid.NewGuid().
    expect(header!.csharp).toContain("Guid.NewGuid()");
  });

  it("is deterministic per seed and differs between seeds", async () => {
    const a = await gateway("team").send();
    const b = await gateway("team").send();
    const c = await gateway("other").send();
    expect(b.headers["X-Correlation-Id"]).toEqual(a.headers["X-Correlation-Id"]);
    expect(c.headers["X-Correlation-Id"]).not.toEqual(a.headers["X-Correlation-Id"]);
  });

  it("still makes the default's GUID when the request carries the header", async () => {
    // C# evaluates a method's arguments before the call, so GetValueOrDefault's default argument
    // Guid.NewGuid() runs even when the header is present (C# specification, 12.6.2.2).
    const result = await gateway(1).send({ headers: { "X-Correlation-Id": "given" } });
    expect(result.headers["X-Correlation-Id"]).toEqual(["given"]);
    expect(result.evaluations[0]!.inputs.context.guids).toHaveLength(1);
  });
});

describe("Guid.NewGuid in the C# replay", () => {
  const toolchain = requireCSharpCompiler();
  const maybe = toolchain ? it : it.skip;

  async function record(): Promise<EvaluationRecord[]> {
    const evaluations: EvaluationRecord[] = [];
    for (const [seed, headers] of [
      [0, {}],
      ["team", {}],
      [3, { "X-Correlation-Id": "given" }],
    ] as const)
      evaluations.push(...(await gateway(seed).send({ headers })).evaluations);
    return evaluations;
  }

  maybe(
    "feeds the recorded GUIDs: zero divergences",
    async () => {
      const report = await replayStored(await record(), toolchain!);
      expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
      expect(report.stats.compared).toBe(report.stats.evaluations);
      expect(report.stats.evaluations).toBe(12);
    },
    120_000,
  );

  maybe(
    "reports a C# that asks for more GUIDs, fewer, or gets other ones, as divergences",
    async () => {
      const [header, pair] = await record();
      const tampered = (record: EvaluationRecord, guids: string[]): EvaluationRecord => ({
        ...record,
        inputs: {
          context: { ...record.inputs.context, guids },
          namedValues: record.inputs.namedValues,
          limitations: [],
        },
      });
      const made = header!.inputs.context.guids!;
      const other = pair!.inputs.context.guids!;
      const recorder = new ReplayRecorder();
      recorder.addRecord(tampered(header!, []), "too few recorded");
      recorder.addRecord(tampered(header!, [...made, ...other]), "too many recorded");
      recorder.addRecord(tampered(header!, other), "another GUID recorded");
      const report = await replayEvaluations(recorder, { toolchain: toolchain! });
      const text = report.text();
      expect(report.divergences, text).toHaveLength(3);
      const by = (scenario: string) =>
        report.divergences.find((d) => d.scenarios.includes(scenario))!;
      expect(text).toContain("the C# called Guid.NewGuid() 1 time(s), the harness's TypeScript 0");
      expect(text).toContain("the C# called Guid.NewGuid() 1 time(s), the harness's TypeScript 2");
      expect(by("too few recorded").csharpOutcome).toMatchObject({
        kind: "exception",
        type: "ApimModel.GuidReplayMismatchException",
      });
      expect(by("too many recorded").csharpOutcome).toMatchObject({
        kind: "exception",
        type: "ApimModel.GuidReplayMismatchException",
      });
      // The C# returned the GUID it was fed, the TypeScript had made another: a value divergence.
      expect(by("another GUID recorded").csharpOutcome).toMatchObject({ kind: "value" });
      expect(text).toContain(other[0]!);
    },
    120_000,
  );
});

// The conformance engine feeds the same way: each case's context carries the GUIDs its
// JavaScript made, so the value and the number of calls compare (cases/certificates.ts).
describeConformance("Guid.NewGuid: the C# side returns the JavaScript's GUIDs", (t) => {
  t.expression(
    '(n: int) => (n > 0 ? Guid.NewGuid().ToString() + "|" + Guid.NewGuid().ToString() : Guid.NewGuid().ToString())',
  )
    .withInputs([0], [1], [-1])
    .expectCSharp(
      '@(n > 0 ? Guid.NewGuid().ToString() + "|" + Guid.NewGuid().ToString() : Guid.NewGuid().ToString())',
    )
    .expectSameInCSharp();
});
