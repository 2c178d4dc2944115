// The wire format's send-request responses and consumed bodies, replayed through the emitted C#:
// expressions that read a stored IResponse (status, headers, body with preserveContent, the body
// as Json.NET's JObject, then consumed as text), and that meet a failed send-request's null. A
// second read of a consumed body is refused by the harness (APIM does not document it). All cases in ONE mcs compile and one mono run, zero divergences and
// nothing left as "not replayable".
import { expect, it } from "vitest";
import {
  choose,
  policy,
  sendRequest,
  setVariable,
  when,
  type JObject,
  type Response,
} from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { replayEvaluations, ReplayRecorder } from "../../harness/replay/index.ts";

const SERVICE = "https://lookup.example";

function lookup(): ReturnType<typeof sendRequest> {
  return sendRequest({ responseVariableName: "lookup", url: `${SERVICE}/x`, method: "GET" });
}

/** Reads everything a policy usually reads from a stored response, preserving the body. */
const reads = policy({
  inbound: [
    lookup(),
    setVariable("status", (c) => c.Variables.GetValueOrDefault<Response>("lookup")!.StatusCode),
    setVariable("reason", (c) => c.Variables.GetValueOrDefault<Response>("lookup")!.StatusReason),
    setVariable("etag", (c) =>
      c.Variables.GetValueOrDefault<Response>("lookup")!.Headers.GetValueOrDefault("etag", "none"),
    ),
    setVariable("body", (c) => c.Variables.GetValueOrDefault<Response>("lookup")!.Body!.As(true)),
    // Still readable: the first read preserved the content.
    setVariable(
      "length",
      (c) => c.Variables.GetValueOrDefault<Response>("lookup")!.Body!.As(true).length,
    ),
    choose(
      when(
        (c) => c.Variables.GetValueOrDefault<Response>("lookup")!.StatusCode >= 400,
        [
          setVariable("failed", (c) =>
            c.Variables.GetValueOrDefault<Response>("lookup")!.Headers.GetValueOrDefault(
              "X-Error",
            )!,
          ),
        ],
      ),
    ),
  ],
});

/** Reads the stored response's body as JSON (preserved), then consumes it as text. */
const consumesStored = policy({
  inbound: [
    lookup(),
    setVariable(
      "name",
      (c) =>
        (c.Variables.GetValueOrDefault<Response>("lookup")!.Body!.As<JObject>(true)["name"] as
          string | null) ?? "",
    ),
    setVariable("taken", (c) => c.Variables.GetValueOrDefault<Response>("lookup")!.Body!.As()),
  ],
});

/** The request's own body read a second time after a consuming read: refused by the harness. */
const consumesRequest = policy({
  inbound: [
    setVariable("taken", (c) => c.Request.Body!.As()),
    setVariable("again", (c) => c.Request.Body!.As(true)),
  ],
});

/** ignore-error: a failed call stores null, which expressions test for. */
const tolerates = policy({
  inbound: [
    sendRequest({
      responseVariableName: "lookup",
      url: "https://nowhere.example/",
      method: "GET",
      ignoreError: true,
    }),
    setVariable("missing", (c) => c.Variables.GetValueOrDefault<Response>("lookup") == null),
  ],
});

function gateway(document: ReturnType<typeof policy>, status = 200) {
  return createGateway({
    policies: { operation: document },
    services: {
      [SERVICE]: () => ({
        status,
        headers: { ETag: ['"v1"'], "X-Error": status >= 400 ? ["quota", "exceeded"] : [] },
        // A body in both cases: an answer without one has a null Body (field report 08).
        body: status >= 400 ? '{"error":"quota"}' : '{"name":"Zoë"}',
      }),
    },
  });
}

/** Runs the scenarios once (whichever test asks first) and keeps what the tests look at. */
async function runScenarios() {
  const recorder = new ReplayRecorder();
  const statuses: unknown[] = [];
  for (const status of [200, 429]) {
    const result = await gateway(reads, status).send();
    statuses.push(result.variables.status);
    recorder.add(result, `reads, lookup answers ${status}`, "reads");
  }
  const stored = await gateway(consumesStored).send();
  recorder.add(stored, "consumes the stored response body", "consumes-stored");
  recorder.add(await gateway(tolerates).send(), "send-request fails, ignore-error", "tolerates");
  return { recorder, statuses, stored };
}
let scenarios: ReturnType<typeof runScenarios> | undefined;
const recorded = () => (scenarios ??= runScenarios());

describeWithCSharp("C# replay of send-request responses and consumed bodies", (toolchain) => {
  it("records the scenarios, every evaluation replayable", async () => {
    const { statuses, stored } = await recorded();
    expect(statuses).toEqual([
      { type: "int", value: 200 },
      { type: "int", value: 429 },
    ]);
    expect(stored.variables.name).toEqual({ type: "string", value: "Zoë" });
    expect(stored.variables.taken).toEqual({ type: "string", value: '{"name":"Zoë"}' });
    // The evaluation that consumed the body saw it unread: the stored response is copied, not
    // referenced, when the inputs are recorded.
    const taken = stored.evaluations.find(
      (e) =>
        e.slot.includes("value") && "value" in e.outcome && e.outcome.value === '{"name":"Zoë"}',
    )!;
    expect(taken.inputs.context.variables?.lookup).not.toHaveProperty("bodyConsumed");
  });

  it("refuses a second read of a consumed body (APIM does not document what it does)", async () => {
    await expect(
      gateway(consumesRequest).send({ method: "POST", body: "payload" }),
    ).rejects.toThrow(HarnessRefusal);
  });

  it("replays them with zero divergences, JSON bodies included", async () => {
    const report = await replayEvaluations((await recorded()).recorder, { toolchain });
    if (process.env.SHOW_REPLAY) console.log(report.text(20));
    expect(report.problems, report.text()).toEqual([]);
    expect(report.divergences, report.text()).toEqual([]);
    expect(report.stats.compared).toBe(report.stats.evaluations);
    expect(report.stats.compiles).toBe(1);
    expect(report.stats.monoRuns).toBe(1);
    // 2 x (5 reads + condition) + failed header + 2 (JSON read, consuming read) + 1.
    expect(report.stats.evaluations).toBe(2 * 6 + 1 + 2 + 1);
  });
});
