// Named values read inside expressions, replayed through mono: the C# the translator emits, with
// the configured text pasted in place of {{name}} as APIM does (harness/crosscheck/named-values.ts),
// must compute what the harness's TypeScript computed (harness/apim/named-value-reading.ts reads
// the text as C# reads a string literal). mono's C# compiler is the ground truth for escapes; a
// text the harness refuses does not compile in C# either.
import { describe, expect, it } from "vitest";
import { compileExpressions, requireCSharpCompiler } from "../../harness/crosscheck/index.ts";
import { ReplayRecorder, replayEvaluations } from "../../harness/replay/index.ts";
import { replayStored } from "./support/replay-stored.ts";
import type { EvaluationRecord } from "../../harness/apim/records.ts";
import { echoGateway, flagGateway, verbatimPolicy } from "../support/named-value-echo.ts";

// Texts as an operator would type them into the named value (String.raw: backslashes as typed).
const READABLE = [
  String.raw`a\nb`,
  String.raw`C:\\temp`,
  String.raw`C:\temp`,
  String.raw`say \"hi\"`,
  String.raw`\u0041\U0001F600\x41z \x4g \0\a\b\f\r\t\v\'`,
  "{x} }{ {{not-a-name}}",
  "plain text",
];
const FLAGS = [" true\r\n", "\tfalse "];
// Read by raw C# from a verbatim string @"{{text}}" (backslashes as they are, "" one quote).
const VERBATIM = [String.raw`C:\temp\n ""x""`, "line one\r\nline two"];

async function record(): Promise<EvaluationRecord[]> {
  const evaluations: EvaluationRecord[] = [];
  for (const text of READABLE) evaluations.push(...(await echoGateway(text).send()).evaluations);
  for (const flag of FLAGS) evaluations.push(...(await flagGateway(flag).send()).evaluations);
  for (const text of VERBATIM)
    evaluations.push(...(await echoGateway(text, verbatimPolicy).send()).evaluations);
  return evaluations;
}

describe("named values in the C# replay", () => {
  const toolchain = requireCSharpCompiler();
  const maybe = toolchain ? it : it.skip;

  maybe(
    "C# reads each named value as the harness did: zero divergences",
    async () => {
      const report = await replayStored(await record(), toolchain!);
      expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
      expect(report.stats.evaluations).toBe(READABLE.length * 2 + FLAGS.length + VERBATIM.length);
      expect(report.stats.compared).toBe(report.stats.evaluations);
    },
    120_000,
  );

  maybe(
    "reports the raw text (what the harness used to give) as a divergence",
    async () => {
      const [text] = await record();
      expect(text!.outcome).toEqual({ value: "a\nb" });
      const recorder = new ReplayRecorder();
      recorder.addRecord({ ...text!, outcome: { value: String.raw`a\nb` } }, "raw text");
      const report = await replayEvaluations(recorder, { toolchain: toolchain! });
      expect(report.divergences, report.text()).toHaveLength(1);
      expect(report.divergences[0]!.csharpOutcome).toMatchObject({ kind: "value", text: "a\nb" });
    },
    120_000,
  );

  maybe(
    "does not compile the texts the harness refuses (namedValue and namedBoolean)",
    async () => {
      const evaluations = await record();
      const [text, template] = evaluations;
      const flag = evaluations[READABLE.length * 2]!;
      const expressions = [
        { id: "text", code: text!.csharp! },
        { id: "template", code: template!.csharp! },
      ];
      expect(expressions.map((e) => e.code)).toEqual(['@("{{text}}")', '@($"[{"{{text}}"}]")']);
      expect(flag.csharp).toBe('@({{flag}} ? "on" : "off")');
      // The C# fails for the expressions named: each refused text, in every place it stands.
      const failures = async (batch: typeof expressions, namedValues: Record<string, string>) => {
        const result = await compileExpressions(batch, { toolchain: toolchain!, namedValues });
        await result.compiled?.dispose();
        return new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.id));
      };
      for (const refused of ['say "hi"', "line one\nline two", "C:\\temp\\", "C:\\data"]) {
        const failed = await failures(expressions, { text: refused });
        expect([...failed], refused).toEqual(expect.arrayContaining(["template", "text"]));
      }
      for (const refused of ["True", "1", "yes"]) {
        const failed = await failures([{ id: "flag", code: flag.csharp! }], { flag: refused });
        expect([...failed], refused).toEqual(["flag"]);
      }
    },
    120_000,
  );
});
