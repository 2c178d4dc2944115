// The seed's own proof for its example policies (what `apim-ts verify` did before it replayed the
// project's tests): every policy of policy-src runs through the seed scenario matrix
// (harness/replay/seed-matrix.ts) in the simulated gateway, every expression slot is compiled
// (reached or not) with APIM's allow-list checked, and every evaluation replays through the C#
// in one mcs compile and one mono run per time zone, with zero divergences.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { load } from "../../src/certificates/handles.ts";
import { isDocument, type Document } from "../../src/model/document.ts";
import { namedValueTokens } from "../../src/model/named-value.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import {
  documentExpressions,
  ReplayRecorder,
  replayEvaluations,
  runSeedScenario,
  seedScenarios,
  type ExtraExpression,
} from "../../harness/replay/index.ts";
import { SEED_NAMED_VALUES } from "../../harness/replay/seed-matrix.ts";

const root = path.resolve(import.meta.dirname, "../..");
const sourceDir = path.join(root, "policy-src");
const NAMED_VALUE = namedValueTokens("g");

async function policies(): Promise<{ name: string; document: Document }[]> {
  const found: { name: string; document: Document }[] = [];
  for (const file of fs.readdirSync(sourceDir).sort()) {
    if (!file.endsWith(".ts")) continue;
    const module = (await import(path.join(sourceDir, file))) as { default?: unknown };
    if (isDocument(module.default))
      found.push({ name: file.replace(/\.ts$/, ""), document: module.default as Document });
  }
  return found;
}

describeWithCSharp("the seed scenario matrix over policy-src, replayed in C#", (toolchain) => {
  it("has zero divergences and compiles every expression slot", async () => {
    const documents = await policies();
    expect(documents.map((d) => d.name)).toContain("validate-from-agw.operation");
    const named: Record<string, string> = {
      ...SEED_NAMED_VALUES,
      "validate-certificate-chain": "true",
    };
    const expressions = await Promise.all(
      documents.map(async ({ name, document }) => ({
        name,
        found: await documentExpressions(document),
      })),
    );
    const alsoCompile: ExtraExpression[] = expressions.flatMap(({ name, found }) =>
      found.map((expression) => {
        expect(expression.diagnostics, `${name} at ${expression.source}`).toBeUndefined();
        const namedValues: Record<string, string> = {};
        for (const [, value] of expression.csharp!.matchAll(NAMED_VALUE))
          namedValues[value!] = named[value!]!;
        return { csharp: expression.csharp!, namedValues, policy: name, source: expression.source };
      }),
    );
    const recorder = new ReplayRecorder();
    const folder = load(path.join(root, "certs"));
    for (const { name, document } of documents) {
      if (document.kind !== "policies") continue;
      for (const scenario of seedScenarios(folder))
        recorder.add(await runSeedScenario(document, folder, scenario), scenario.name, name);
    }
    const report = await replayEvaluations(recorder, { toolchain, alsoCompile });
    expect(report.ok, report.text()).toBe(true);
    expect(report.stats.compared).toBe(report.stats.evaluations);
  });
});
