// Every benchmark of `npm run bench` still runs: each once, with batches of at most 2
// (APIM_TS_BENCH_SMOKE=1, bench/measure.ts), in one `tsx bench/run.ts` process as `npm run bench`
// runs them. Nothing else in `npm test` runs the benchmarks, and one of them (harness.bench.ts)
// once threw for a whole release without anyone seeing it. The figures of a smoke run are
// meaningless, so only that each benchmark finishes and prints finite figures is checked.
// Not here: inner-loop.bench.ts and suite.bench.ts, which pack the library and run a consumer
// project's vitest and this repository's whole `npm test` (test/package and test/replay run the
// same packed project).
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repository = path.resolve(import.meta.dirname, "../..");
const PROCESS_BENCHMARKS = ["inner-loop.bench.ts", "suite.bench.ts"];
const benchmarks = fs
  .readdirSync(path.join(repository, "bench"))
  .filter((file) => file.endsWith(".bench.ts") && !PROCESS_BENCHMARKS.includes(file))
  .sort();

/** Output of one smoke run, split by the `=== file` header bench/run.ts prints per benchmark. */
async function smokeRun(): Promise<{
  code: number | null;
  output: string;
  sections: Map<string, string>;
}> {
  const tsx = path.join(repository, "node_modules", ".bin", "tsx");
  const names = benchmarks.map((file) => file.slice(0, -".bench.ts".length));
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      tsx,
      ["bench/run.ts", ...names],
      {
        cwd: repository,
        env: { ...process.env, APIM_TS_BENCH_SMOKE: "1" },
        timeout: 240_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error.code as number | undefined) ?? 1) : 0,
          output: stdout + stderr,
        }),
    );
  });
  const sections = new Map<string, string>();
  for (const part of output.split(/^=== /m).slice(1)) {
    const newline = part.indexOf("\n");
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return { code, output, sections };
}

describe("npm run bench, each benchmark once", () => {
  it(
    "runs every in-process benchmark to its end with finite figures",
    { timeout: 300_000 },
    async () => {
      expect(benchmarks.length).toBeGreaterThanOrEqual(10);
      const { code, output, sections } = await smokeRun();
      expect(code, output).toBe(0);
      expect([...sections.keys()]).toEqual(benchmarks);
      for (const [file, text] of sections) {
        // A figure: milliseconds, seconds or a rate, as measure.ts and the rate printers write them.
        expect(text, file).toMatch(/\d(\.\d+)? ?(ms|s|req\/s|\/s|x)\b/);
        expect(text, file).not.toMatch(/NaN|Infinity/);
      }
    },
  );
});
