// The replay checker itself: a raw C# expression whose TypeScript twin means something else must
// come out as a divergence naming the policy, the twin's source location, the C# text, the inputs
// and both outcomes; inputs (headers, typed variables, named values, time zone) must reach the C#
// exactly, so faithful twins agree. One mcs compile and one mono run for the whole file.
import { expect, it } from "vitest";
import { choose, csharp, policy, returnResponse, setStatus, setVariable, when } from "apim-ts";
import type { int } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { replayEvaluations, ReplayRecorder } from "../../harness/replay/index.ts";

const document = policy({
  inbound: [
    // Faithful: header names match case-insensitively in both.
    setVariable(
      "header",
      csharp('@(context.Request.Headers.GetValueOrDefault("x-a", "none"))', (c) =>
        c.Request.Headers.GetValueOrDefault("X-A", "none"),
      ),
    ),
    // Translated: an int variable, read back with its type.
    setVariable("length", (c) => c.Request.Headers.GetValueOrDefault("X-A", "").length),
    setVariable("strict", (c) => longerThanOne(c.Variables.GetValueOrDefault<int>("length"))),
    // Wrong twin: C# says "a", the twin "b".
    setVariable(
      "mistranslated",
      csharp('@("a")', () => "b"),
    ),
    // Wrong twin: C# dereferences a missing header (NullReferenceException), the twin does not.
    choose(
      when(
        csharp(
          '@(context.Request.Headers.GetValueOrDefault("X-Missing").Length > 0)',
          (c) => (c.Request.Headers.GetValueOrDefault("X-Missing") ?? "").length > 0,
        ),
        [returnResponse([setStatus(418, "Teapot")])],
      ),
    ),
  ],
});

function longerThanOne(length: int): boolean {
  return length > 1;
}

/** Records a few requests; each test awaits it (run once, whichever test comes first). */
async function recordRequests(): Promise<ReplayRecorder> {
  const recorder = new ReplayRecorder();
  for (const timeZone of ["UTC", "+02:00"]) {
    const gateway = createGateway({ policies: { operation: document }, clock: { timeZone } });
    for (const value of ["", "xyz"]) {
      const result = await gateway.send({ headers: value ? { "X-A": value } : {} });
      recorder.add(result, `X-A=${JSON.stringify(value)} in ${timeZone}`, "checker fixture");
    }
  }
  return recorder;
}
let recording: Promise<ReplayRecorder> | undefined;
const recorded = () => (recording ??= recordRequests());

describeWithCSharp("the C# replay checker", (toolchain) => {
  it("records a few requests", async () => {
    expect((await recorded()).evaluations).toBe(4 * 5);
  });

  it("finds exactly the two mistranslations, with everything needed to act on them", async () => {
    const report = await replayEvaluations(await recorded(), { toolchain });
    expect(report.problems).toEqual([]);
    expect(report.stats.compiles).toBe(1);
    // The same case in two zones is two cases; identical inputs would be one.
    expect(report.stats.monoRuns).toBe(2);
    const missing = '@(context.Request.Headers.GetValueOrDefault("X-Missing").Length > 0)';
    const of = (code: string) => report.divergences.filter((d) => d.csharp === code);
    expect(report.divergences).toHaveLength(8);
    expect(of('@("a")').map((d) => d.reason)).toEqual(Array(4).fill("different values"));
    expect(of(missing).map((d) => d.reason)).toEqual(Array(4).fill("different outcomes"));
    const text = report.text(20);
    if (process.env.SHOW_REPLAY) console.log(text);
    expect(text).toMatch(
      /DIVERGENCE in checker fixture at test\/replay\/checker\.test\.ts:\d+:\d+ \(operation inbound: set-variable value\)/,
    );
    expect(text).toContain('TypeScript: string "b"');
    expect(text).toContain('C#:         string "a"');
    expect(text).toContain("C#:         throws System.NullReferenceException");
    expect(text).toContain('TypeScript: bool "false"');
    expect(text).toMatch(/request: .*"headers":\{"X-A":\["xyz"\]\}/);
    expect(text).toContain(`timeZone: "Etc/GMT-2"`);
    expect(report.ok).toBe(false);
  });
});
