// `npm run bench`: runs every benchmark in this folder in turn (or those named on the command
// line) and prints its figures beside its baseline. Figures, not pass/fail: speed is never
// asserted by tests. The loop is bench/runner.ts's, shared with test/bench/smoke.test.ts.
import { benchmarkFiles, runBenchmarks } from "./runner.ts";

await runBenchmarks(benchmarkFiles(process.argv.slice(2)));
