// The loop of `npm run bench`, apart from its command line: bench/run.ts runs the benchmarks in a
// process of their own, test/bench/smoke.test.ts runs them once each inside its vitest worker,
// where TypeScript, the harness and the library's parsed declarations are already loaded (a
// `tsx bench/run.ts` process loaded them again: about a third of the smoke run's CPU).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";

/** The benchmark files of this folder, sorted; with names, only those containing one of them. */
export function benchmarkFiles(only: readonly string[] = []): string[] {
  return fs
    .readdirSync(import.meta.dirname)
    .filter(
      (f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((o) => f.includes(o))),
    )
    .sort();
}

export interface RunOptions {
  /**
   * Receives every line printed (the `=== file` headers, the benchmarks' console output) instead
   * of the console, which is restored afterwards.
   */
  readonly log?: (text: string) => void;
  /** Each body once with no warm-up (bench/measure.ts), as APIM_TS_BENCH_SMOKE=1 asks. */
  readonly smoke?: boolean;
}

/** Runs the benchmarks in turn, each after a `=== file` header; throws the first one's failure. */
export async function runBenchmarks(
  files: readonly string[],
  options: RunOptions = {},
): Promise<void> {
  const { log } = options;
  const saved = {
    log: console.log,
    info: console.info,
    warn: console.warn,
    error: console.error,
    smoke: process.env.APIM_TS_BENCH_SMOKE,
  };
  try {
    if (log)
      console.log =
        console.info =
        console.warn =
        console.error =
          (...values) => log(`${format(...values)}\n`);
    if (options.smoke) process.env.APIM_TS_BENCH_SMOKE = "1";
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(import.meta.dirname, file)).href)) as {
        run: () => Promise<void>;
      };
      console.log(`\n=== ${file}`);
      await module.run();
    }
  } finally {
    console.log = saved.log;
    console.info = saved.info;
    console.warn = saved.warn;
    console.error = saved.error;
    if (saved.smoke === undefined) delete process.env.APIM_TS_BENCH_SMOKE;
    else process.env.APIM_TS_BENCH_SMOKE = saved.smoke;
  }
}
