// Shared timing helpers for the benchmarks: warm-up, repeated runs, median and spread, rates, and
// one table format so every benchmark prints its figures beside its baseline.
// APIM_TS_BENCH_SMOKE=1 runs each body once with no warm-up: test/bench/smoke.test.ts runs the
// benchmarks so that a broken one fails `npm test` (the figures are then meaningless). Under it a
// benchmark also does the least work that still takes each of its paths: smaller batches
// (scaled()), a smaller input (a 3-certificate tree, a slice of the seed matrix), no second run
// of a path another measurement already took; without it, each measures what it always did.

/**
 * One run per measurement, no warm-up (APIM_TS_BENCH_SMOKE=1). Read at each call, not once at
 * import: the smoke test sets it in a vitest worker that may have imported this module before.
 */
export function smoke(): boolean {
  return process.env.APIM_TS_BENCH_SMOKE === "1";
}

/** A benchmark's batch size: `count`, or at most 2 under APIM_TS_BENCH_SMOKE=1. */
export function scaled(count: number): number {
  return smoke() ? Math.min(count, 2) : count;
}

/**
 * How many times to repeat identical work done only to be timed: `count`, or once under
 * APIM_TS_BENCH_SMOKE=1, where a second run would take the same code path again.
 */
export function repeats(count: number): number {
  return smoke() ? 1 : count;
}

export interface Measurement {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

export async function measure(
  name: string,
  runs: number,
  body: () => unknown | Promise<unknown>,
): Promise<Measurement> {
  if (smoke()) runs = 1;
  else await body(); // warm-up: module loading, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    maxMs: times[times.length - 1]!,
    runs,
  };
}

/**
 * Measures several variants in alternation (a, b, a, b, ...) so that drift in the machine's load
 * affects all of them alike; the first variant is the baseline.
 */
export async function measureAlternating(
  runs: number,
  variants: readonly (readonly [string, () => unknown | Promise<unknown>])[],
): Promise<Measurement[]> {
  if (smoke()) runs = 1;
  else for (const [, body] of variants) await body(); // warm-up
  const times = variants.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [index, [, body]] of variants.entries()) {
      const start = performance.now();
      await body();
      times[index]!.push(performance.now() - start);
    }
  }
  return variants.map(([name], index) => {
    const sorted = times[index]!.sort((a, b) => a - b);
    return {
      name,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      minMs: sorted[0]!,
      maxMs: sorted[sorted.length - 1]!,
      runs,
    };
  });
}

/** Prints measurements with their ratio to the first one (the baseline). */
export function printTable(title: string, rows: readonly Measurement[]): void {
  const baseline = rows[0]!.medianMs;
  console.log(`\n${title}`);
  console.log(
    `${"".padEnd(44)}${"median".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}${"vs baseline".padStart(13)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(44)}${`${row.medianMs.toFixed(1)} ms`.padStart(10)}${`${row.minMs.toFixed(1)} ms`.padStart(10)}${`${row.maxMs.toFixed(1)} ms`.padStart(10)}${`${(row.medianMs / baseline).toFixed(2)}x`.padStart(13)}`,
    );
  }
}

/**
 * Operations per second of `body`, run for about `ms` milliseconds after 200 warm-up calls
 * (one call, no warm-up, under APIM_TS_BENCH_SMOKE=1).
 */
export async function rate(body: () => unknown | Promise<unknown>, ms = 2000): Promise<number> {
  if (smoke()) {
    const started = performance.now();
    await body();
    return 1000 / Math.max(performance.now() - started, 1e-3);
  }
  for (let i = 0; i < 200; i++) await body();
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (let i = 0; i < 100; i++) await body();
    count += 100;
  }
  return count / ((performance.now() - started) / 1000);
}
