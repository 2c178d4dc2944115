// What the end-of-run C# replay adds to a test run, for a suite the size of the seed's: every
// shipped policy through the seed scenario matrix (the repository's own proof of its example
// policies), recorded as the vitest workers record (evaluation sink, stored form, one file per
// batch), then replayed as the reporter replays at the end of the run (read the files, ONE mcs
// compile, one mono run per gateway time zone). Target: under 3 s added on the 2-core machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPolicyProgram, listPolicyFiles } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import { isDocument, type PolicyDocument } from "../src/model/document.ts";
import { load } from "../src/certificates/handles.ts";
import { findCSharpCompiler, installCommand } from "../harness/crosscheck/compiler.ts";
import { evaluationSink, setEvaluationSink } from "../harness/apim/evaluation-sink.ts";
import type { EvaluationRecord } from "../harness/apim/records.ts";
import {
  replayEvaluations,
  runSeedScenario,
  seedScenarios,
  type SeedScenario,
} from "../harness/replay/index.ts";
import { storeEvaluation, writeRecording } from "../harness/replay/recording.ts";
import { HarnessRefusal } from "../harness/apim/harness-refusal.ts";
import { recorderFromRecordings } from "../harness/replay/vitest-reporter.ts";
import { repeats, smoke } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");

async function documents(): Promise<{ name: string; document: PolicyDocument }[]> {
  // The seed's own policies (policy-src/*.ts, as test/replay/seed-matrix.test.ts takes them): the
  // examples in subfolders need their own named values and backends.
  const files = listPolicyFiles(path.join(root, "policy-src")).filter(
    (file) => path.dirname(file) === path.join(root, "policy-src"),
  );
  const program = createPolicyProgram(root, files);
  const found: { name: string; document: PolicyDocument }[] = [];
  for (const loaded of await loadPolicyModules(program, files)) {
    const value = loaded.exports?.default;
    if (isDocument(value) && value.kind === "policies")
      found.push({ name: path.basename(loaded.file, ".ts"), document: value });
  }
  return found;
}

/**
 * The seed matrix, or under APIM_TS_BENCH_SMOKE=1 its first scenario per tier, chain setting,
 * time zone and way of sending the certificate (none, handshake, header; the Valid Client first):
 * every gateway setting and each mono run (one per time zone) still replayed, with a fifth of the
 * requests to run, store, read back and hash.
 */
function benchScenarios(all: readonly SeedScenario[]): readonly SeedScenario[] {
  if (!smoke()) return all;
  const seen = new Set<string>();
  return all.filter(({ name, tier, chain, timeZone, request }) => {
    const sent = request.clientCertificate ? "handshake" : request.headers ? "header" : "none";
    const key = `${tier}|${chain}|${timeZone}|${sent}|${name.startsWith("bad input")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export async function run(): Promise<void> {
  const toolchain = findCSharpCompiler();
  if (!toolchain) {
    console.log(`skipped: mcs/mono not found (${installCommand})`);
    return;
  }
  const policies = await documents();
  const folder = load(path.join(root, "certs"));
  const scenarios = benchScenarios(seedScenarios(folder));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-replay-bench-"));
  try {
    // The suite: every policy through the matrix, the sink collecting as in a vitest worker.
    const collected: { test: string; evaluations: readonly EvaluationRecord[] }[] = [];
    let test = "";
    // The sink in place before is put back even on a failure: the smoke test runs this in a
    // vitest worker whose later test files must not record into this benchmark's list.
    const previousSink = evaluationSink();
    setEvaluationSink((evaluations) => collected.push({ test, evaluations }));
    const suiteStarted = performance.now();
    // A policy the harness refuses for the seed's requests (an AI gateway policy needs a backend
    // that reports token usage) is left out of the figure and named.
    const refused = new Set<string>();
    try {
      for (const { name, document } of policies)
        for (const scenario of scenarios) {
          test = `${name} > ${scenario.name}`;
          try {
            await runSeedScenario(document, folder, scenario);
          } catch (error) {
            if (!(error instanceof HarnessRefusal)) throw error;
            refused.add(name);
          }
        }
    } finally {
      setEvaluationSink(previousSink);
    }
    const suiteMs = performance.now() - suiteStarted;

    // Worker side: stored form and files (once per test file in a real run).
    const recordStarted = performance.now();
    writeRecording(
      dir,
      "seed-matrix.test.ts",
      collected.map(({ test, evaluations }) => ({
        test,
        evaluations: evaluations.map(storeEvaluation),
      })),
    );
    const recordMs = performance.now() - recordStarted;

    // Reporter side: read back, one compile, one run per zone, compare (3 runs each, median):
    // cold with the C# output cache off (a fresh clone), warm with it filled by an earlier run.
    // Under APIM_TS_BENCH_SMOKE=1 one run each, and no run with the cache off (below).
    let summary = "";
    const replayTimes = async (cache: string): Promise<number[]> => {
      const previous = process.env.APIM_TS_CSHARP_CACHE;
      process.env.APIM_TS_CSHARP_CACHE = cache;
      try {
        const times: number[] = [];
        for (let i = 0; i < repeats(3); i++) {
          const started = performance.now();
          const { recorder } = recorderFromRecordings(dir);
          const report = await replayEvaluations(recorder, { toolchain, label: "test" });
          times.push(performance.now() - started);
          if (!report.ok) throw new Error(report.text());
          summary = report.text(0).split("\n\n")[0]!;
        }
        return times;
      } finally {
        if (previous === undefined) delete process.env.APIM_TS_CSHARP_CACHE;
        else process.env.APIM_TS_CSHARP_CACHE = previous;
      }
    };
    const cacheDir = path.join(dir, "csharp-cache");
    // Under APIM_TS_BENCH_SMOKE=1 the cold figure is the run that fills the cache: it starts empty,
    // so mcs and mono run as with the cache off, and a run with it off would only repeat them
    // (test/crosscheck/output-cache.test.ts covers `off`).
    const cold = await replayTimes(smoke() ? cacheDir : "off");
    if (!smoke()) await replayTimes(cacheDir); // fills the cache
    const warm = await replayTimes(cacheDir);
    const evaluations = collected.reduce((sum, c) => sum + c.evaluations.length, 0);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const spread = (times: number[]) =>
      `${seconds(median(times))} median (min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))})`;
    console.log(
      `\nend-of-run C# replay, seed-sized suite: ${policies.length} policies x ${scenarios.length} scenarios = ${collected.length} requests, ${evaluations} evaluations`,
    );
    if (refused.size)
      console.log(`  left out (refused by the harness)        ${[...refused].join(", ")}`);
    console.log(`  the suite itself (gateway runs)          ${seconds(suiteMs)}`);
    console.log(`  workers: stored form + files             ${seconds(recordMs)}`);
    console.log(`  end of run, cold: read + mcs + mono      ${spread(cold)}`);
    console.log(`  end of run, warm C# output cache         ${spread(warm)}`);
    console.log(
      `  added by the replay, cold                ${seconds(recordMs + median(cold))}   (target < 3 s)`,
    );
    console.log(
      `  added by the replay, warm                ${seconds(recordMs + median(warm))}   (target < 3 s)`,
    );
    console.log(`  ${summary}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
