// Every benchmark of `npm run bench` still runs: each once, with batches of at most 2
// (APIM_TS_BENCH_SMOKE=1, bench/measure.ts), through the loop `npm run bench` runs them with
// (bench/runner.ts). Nothing else in `npm test` runs the benchmarks, and one of them
// (harness.bench.ts) once threw for a whole release without anyone seeing it. The figures of a
// smoke run are meaningless, so only that each benchmark finishes and prints finite figures is
// checked. They run in this worker rather than in a `tsx bench/run.ts` process, which loaded
// TypeScript, the harness and the library's declarations again; so this file also checks that they
// leave the worker as they found it (folder, environment, console, evaluation sink), since the
// worker's later test files share it (vitest.config.ts: isolate false).
// Not here: inner-loop.bench.ts and suite.bench.ts, which pack the library and run a consumer
// project's vitest and this repository's whole `npm test` (test/package and test/replay run the
// same packed project).
import { describe, expect, it } from "vitest";
import { benchmarkFiles, runBenchmarks } from "../../bench/runner.ts";
import { evaluationSink } from "../../harness/apim/evaluation-sink.ts";

const PROCESS_BENCHMARKS = ["inner-loop.bench.ts", "suite.bench.ts"];
const benchmarks = benchmarkFiles().filter((file) => !PROCESS_BENCHMARKS.includes(file));

/** What a benchmark could leave changed in the worker for the test files after this one. */
function workerState(): unknown {
  return {
    cwd: process.cwd(),
    env: { ...process.env },
    console: [console.log, console.info, console.warn, console.error],
    sink: evaluationSink(),
  };
}

/** Output of one smoke run, split by the `=== file` header bench/runner.ts prints per benchmark. */
async function smokeRun(): Promise<{
  error: unknown;
  output: string;
  sections: Map<string, string>;
}> {
  let output = "";
  let error: unknown;
  try {
    await runBenchmarks(benchmarks, { smoke: true, log: (text) => void (output += text) });
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.stack : thrown;
  }
  const sections = new Map<string, string>();
  for (const part of output.split(/^=== /m).slice(1)) {
    const newline = part.indexOf("\n");
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return { error, output, sections };
}

describe("npm run bench, each benchmark once", () => {
  it(
    "runs every in-process benchmark to its end with finite figures",
    { timeout: 300_000 },
    async () => {
      expect(benchmarks.length).toBeGreaterThanOrEqual(10);
      const before = workerState();
      const { error, output, sections } = await smokeRun();
      expect(error, output).toBeUndefined();
      expect([...sections.keys()]).toEqual(benchmarks);
      for (const [file, text] of sections) {
        // A figure: milliseconds, seconds or a rate, as measure.ts and the rate printers write them.
        expect(text, file).toMatch(/\d(\.\d+)? ?(ms|s|req\/s|\/s|x)\b/);
        expect(text, file).not.toMatch(/NaN|Infinity/);
      }
      expect(workerState()).toEqual(before);
    },
  );
});
