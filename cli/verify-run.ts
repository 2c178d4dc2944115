// The work of `apim-ts verify` (verify-command.ts reads its command line and finds mcs first):
// the recordings of the last test run (running the tests when needed), the policy documents
// loaded as `build` loads them, every expression slot compiled with mcs, the recorded evaluations
// replayed on mono, and the report.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ts from "../src/compile/typescript.js";
import { createPolicyProgram, listPolicyFiles, ownDiagnostics } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import { recordingsFolder } from "../src/compile/vitest-plugin.ts";
import { formatDiagnostic } from "../src/diagnostics/diagnostic.ts";
import { fromTypeScript } from "../src/diagnostics/from-typescript.ts";
import { isDocument, type Document } from "../src/model/document.ts";
import { namedValueTokens } from "../src/model/named-value.ts";
import type { CSharpToolchain } from "../harness/crosscheck/compiler.ts";
import { setTranslatorForHarness } from "../harness/apim/translation-check.ts";
import { translatorForProgram } from "../harness/replay/program-translator.ts";
import { lastRun, lastRunOff } from "../harness/replay/recording.ts";
import {
  documentExpressions,
  ReplayRecorder,
  replayEvaluations,
  type ExtraExpression,
} from "../harness/replay/index.ts";
import { plural, processRuns } from "../harness/replay/replay.ts";
import { recorderFromRecordings } from "../harness/replay/vitest-reporter.ts";
import { VERIFY_EXIT as EXIT, verifyVerdict } from "./verify-command.ts";

/** Set in the test run verify starts: record only, verify replays (harness/replay/vitest-reporter.ts). */
const RECORD_ONLY_ENV = "APIM_TS_REPLAY_RECORD_ONLY";

const NAMED_VALUE = namedValueTokens("g");

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

/** Newest modification time under the folder, and of the recordings (0: none). */
function newest(files: readonly string[]): number {
  return files.reduce((max, file) => Math.max(max, fs.statSync(file).mtimeMs), 0);
}

function recordingFiles(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

/** Runs the project's tests with vitest (record only); the exit code, or a reason it could not. */
function runTests(root: string): number | string {
  let vitest: string;
  try {
    const require = createRequire(path.join(root, "package.json"));
    vitest = path.join(path.dirname(require.resolve("vitest/package.json")), "vitest.mjs");
  } catch {
    return "vitest is not installed in this project (npm install -D vitest)";
  }
  console.log(`running the tests: vitest run`);
  const result = spawnSync(process.execPath, [vitest, "run"], {
    cwd: root,
    env: { ...process.env, [RECORD_ONLY_ENV]: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return result.status ?? `vitest was stopped by ${result.signal}`;
}

export interface VerifyRun {
  readonly root: string;
  readonly sourceDir: string;
  /** --run: run the tests first even when the recordings are fresh. */
  readonly run: boolean;
  /** --show: how many findings to print. */
  readonly show: string;
  readonly toolchain: CSharpToolchain;
}

/** Verifies the project at `options.root`; returns the exit status. */
export async function runVerification(options: VerifyRun): Promise<number> {
  try {
    return await verify(options);
  } finally {
    setTranslatorForHarness(undefined);
  }
}

async function verify(options: VerifyRun): Promise<number> {
  const { root, sourceDir, toolchain } = options;
  const started = performance.now();
  const failures: string[] = [];

  // 1. The recordings of the last test run (running the tests when asked, absent or stale).
  const files = listPolicyFiles(sourceDir);
  const recordings = recordingsFolder(root);
  let dir = lastRun(recordings);
  const recorded = dir ? recordingFiles(dir) : [];
  // A run whose tests evaluated no expression leaves its folder empty but is still the last run
  // (last-run.json is written when it ends): it is not a reason to run the tests again.
  const off = dir === undefined ? lastRunOff(recordings) : undefined;
  const why = options.run
    ? "--run"
    : off !== undefined
      ? `the last test run recorded nothing (the C# replay was off: ${off})`
      : dir === undefined || !fs.existsSync(dir)
        ? "no recordings of a test run"
        : newest(files) > newest([...recorded, path.join(recordings, "last-run.json")])
          ? "a policy source is newer than the last test run"
          : undefined;
  let testsMs = 0;
  // Inside a test run that verify started (or that asks verify not to start one), running the
  // tests again would recurse: replay what is recorded and compile every expression instead.
  const nested = process.env[RECORD_ONLY_ENV] === "1";
  if (why && nested)
    console.log(`apim-ts verify: ${why}; inside a test run, the tests are not run again`);
  if (why && !nested) {
    console.log(`apim-ts verify: ${why}`);
    const testsStarted = performance.now();
    const code = runTests(root);
    testsMs = performance.now() - testsStarted;
    if (code !== 0)
      failures.push(typeof code === "string" ? code : `the tests failed (vitest exit ${code})`);
  }
  dir = lastRun(recordings);
  const { recorder, tests } = dir
    ? recorderFromRecordings(dir)
    : { recorder: new ReplayRecorder(), tests: 0 };

  // 2. The documents, exactly as `build` gets them, for the expressions no test reached.
  const loadStarted = performance.now();
  const policy = createPolicyProgram(root, files);
  const inSources = (file: ts.SourceFile) =>
    path.resolve(file.fileName).startsWith(sourceDir + path.sep);
  const typeErrors = ownDiagnostics(policy.program, inSources)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file)
    .map(fromTypeScript);
  if (typeErrors.length) {
    for (const d of typeErrors) console.error(formatDiagnostic(d, root) + "\n");
    console.error(`verify FAILED: ${typeErrors.length} TypeScript error(s)`);
    return EXIT.failed;
  }
  const documents: { name: string; document: Document }[] = [];
  for (const loaded of await loadPolicyModules(policy, files)) {
    const name = path.relative(sourceDir, loaded.file).replace(/\.ts$/, "");
    if (loaded.error !== undefined)
      failures.push(`${name}: the module threw while it was loaded: ${String(loaded.error)}`);
    else if (isDocument(loaded.exports?.default))
      documents.push({ name, document: loaded.exports!.default as Document });
  }
  setTranslatorForHarness(translatorForProgram(policy.program));
  const loadMs = performance.now() - loadStarted;

  // 3. Every expression slot; named values as the tests configured them.
  const knownValues = new Map<string, string>();
  for (const variant of recorder.collect().variants)
    for (const [name, value] of Object.entries(variant.namedValues)) knownValues.set(name, value);
  const alsoCompile: ExtraExpression[] = [];
  const notCompiled: string[] = [];
  for (const { name, document } of documents) {
    for (const expression of await documentExpressions(document)) {
      if (expression.csharp === undefined) {
        failures.push(`${name}: ${expression.diagnostics}`);
        continue;
      }
      const namedValues: Record<string, string> = {};
      const missing: string[] = [];
      for (const [, valueName] of expression.csharp.matchAll(NAMED_VALUE)) {
        const value = knownValues.get(valueName!);
        if (value === undefined) missing.push(valueName!);
        else namedValues[valueName!] = value;
      }
      if (missing.length)
        notCompiled.push(
          `${name} at ${expression.source}: named value(s) ${missing.join(", ")} set by no test`,
        );
      else
        alsoCompile.push({
          csharp: expression.csharp,
          namedValues,
          policy: name,
          source: expression.source,
        });
    }
  }

  // 4. One compile, one run, one comparison.
  const report = await replayEvaluations(recorder, { toolchain, alsoCompile, label: "test" });
  const { stats } = report;
  const totalMs = performance.now() - started;
  const show = Number(options.show) || 20;
  const findings = report.text(show).split("\n\n").slice(1);
  for (const failure of failures) console.error(`FAILED ${failure}\n`);
  for (const finding of findings) console.error(finding + "\n");
  for (const note of notCompiled) console.log(`not compiled (unreached): ${note}`);
  const rows: [string, string][] = [
    [
      "policies",
      `${documents.length} (${path.relative(root, sourceDir)}), loaded in ${ms(loadMs)}`,
    ],
    [
      "tests replayed",
      // Only tests that evaluated an expression are recorded (recording.ts), so say which count.
      `${tests} tests of the last run (those that evaluated an expression: ${stats.evaluations} evaluations)${why ? `, run by verify in ${ms(testsMs)}` : ""}`,
    ],
    [
      "expressions compiled",
      `${stats.expressions} (${processRuns("mcs", stats.compiles, stats.cachedCompiles)}), ${ms(stats.compileMs + stats.inspectMs)} (allow-list checked)`,
    ],
    [
      "cases compared",
      `${plural(stats.cases, "distinct case")} for ${stats.compared}/${stats.evaluations} evaluations (${processRuns("mono", stats.monoRuns, stats.cachedRuns)}), ${ms(stats.runMs)} (${plural(stats.chainsBuilt, "chain")} built)`,
    ],
    [
      "per case",
      // Inside mono is what mono measured when it ran; output from the cache keeps that figure
      // while the wall time is only the cache's read, so the two are given apart.
      stats.cases
        ? `${(stats.runMs / stats.cases).toFixed(2)} ms wall, ${(stats.evaluationMs / stats.cases).toFixed(2)} ms inside mono${stats.cachedRuns ? " (when it ran; its output came from the output cache)" : ""}`
        : "-",
    ],
    ["divergences", String(report.divergences.length)],
    ["problems", String(report.problems.length + failures.length)],
    ["total", ms(totalMs)],
  ];
  console.log(rows.map(([key, value]) => `${key.padEnd(22)}${value}`).join("\n"));
  const ok = report.ok && failures.length === 0;
  const verdict = verifyVerdict(ok, stats);
  console.log(verdict);
  return ok ? EXIT.ok : EXIT.failed;
}
