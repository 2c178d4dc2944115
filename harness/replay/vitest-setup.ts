// The worker half of the end-of-run C# replay: a vitest setup file (the apim-ts plugin adds it)
// that installs the harness's evaluation sink, labels each request's evaluations with the test
// that sent it, and writes them under the run's recordings folder when the test file ends (and
// every FLUSH_EVALUATIONS evaluations, so a long suite does not hold them all). The wire
// description of the inputs is built when writing, not per request (input-recording.ts).
import path from "node:path";
import { afterAll, expect } from "vitest";
import { setEvaluationSink } from "../apim/evaluation-sink.ts";
import type { EvaluationRecord } from "../apim/records.ts";
import { RECORDINGS_ENV, storeEvaluation, writeRecording, type StoredTest } from "./recording.ts";

const FLUSH_EVALUATIONS = 2000;

const dir = process.env[RECORDINGS_ENV];
if (dir) {
  let pending: { test: string; evaluations: readonly EvaluationRecord[] }[] = [];
  let count = 0;
  let testFile = "(unknown test file)";

  const flush = () => {
    const tests: StoredTest[] = [];
    for (const { test, evaluations } of pending) {
      const stored = evaluations.map(storeEvaluation);
      const last = tests[tests.length - 1];
      if (last?.test === test) (last.evaluations as unknown[]).push(...stored);
      else tests.push({ test, evaluations: stored });
    }
    pending = [];
    count = 0;
    writeRecording(dir, testFile, tests);
  };

  setEvaluationSink((evaluations) => {
    const state = expect.getState();
    if (state.testPath) testFile = path.relative(process.cwd(), state.testPath);
    const name = state.currentTestName ?? "(outside a test: beforeAll/afterAll)";
    pending.push({ test: `${testFile} > ${name}`, evaluations });
    count += evaluations.length;
    if (count >= FLUSH_EVALUATIONS) flush();
  });

  afterAll(() => {
    setEvaluationSink(undefined);
    flush();
  });
}
