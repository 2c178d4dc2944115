// `apim-ts verify`: the C# cross-check for the project's policies. Loads policy-src through the
// build's own loader (so the documents are the ones `build` emits), runs every policy through the
// seed scenario matrix in the simulated gateway (harness/replay/seed-matrix.ts), then compiles
// every expression of every policy in ONE mcs call (APIM's allow-list checked) and replays every
// recorded evaluation in one mono run per gateway time zone, comparing outcomes.
// Exit codes: 0 no divergence (or skipped locally without mcs), 1 divergences, problems or
// TypeScript errors (and missing mcs under CI=true), 3 bad command line.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import ts from "typescript";
import { createPolicyProgram, listPolicyFiles } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import { fromTypeScript, formatDiagnostic } from "../src/diagnostics/diagnostic.ts";
import { isDocument, type Document } from "../src/model/document.ts";
import { load } from "../src/certificates/handles.ts";
import { findCSharpCompiler, installCommand } from "../harness/crosscheck/compiler.ts";
import { HarnessRefusal } from "../harness/apim/harness-refusal.ts";
import { setTranslatorForHarness } from "../harness/apim/translation-check.ts";
import { translatorForProgram } from "../harness/replay/program-translator.ts";
import {
  documentExpressions,
  ReplayRecorder,
  replayEvaluations,
  runSeedScenario,
  seedScenarios,
  SEED_INSTANT,
  type ExtraExpression,
} from "../harness/replay/index.ts";
import { SEED_NAMED_VALUES } from "../harness/replay/seed-matrix.ts";
import { loadProjectConfig, ProjectConfigError, type ProjectConfig } from "../src/config/project-config.ts";

const EXIT = { ok: 0, failed: 1, usage: 3 } as const;

const USAGE = `usage: apim-ts verify [--src policy-src] [--certs certs]... [--now ISO-instant] [--show N]

Runs every policy in --src through the seed scenario matrix in the simulated gateway, compiles
every emitted expression with mcs (APIM's allow-list checked) and replays every evaluation on
mono; any difference between the TypeScript and the C# fails. Needs mono-mcs:
  ${installCommand}`;

const NAMED_VALUE = /\{\{([A-Za-z0-9._-]+)\}\}/g;

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

/** Named values for an expression no scenario ran: the seed's, with C on. */
function seedNamedValuesFor(csharp: string): Record<string, string> {
  const all: Record<string, string> = {
    ...SEED_NAMED_VALUES,
    "validate-certificate-chain": "true",
  };
  const used: Record<string, string> = {};
  for (const [, name] of csharp.matchAll(NAMED_VALUE)) if (name! in all) used[name!] = all[name!]!;
  return used;
}

export async function runVerifyCommand(argv: readonly string[]): Promise<number> {
  try {
    return await verify(argv);
  } finally {
    setTranslatorForHarness(undefined);
  }
}

async function verify(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        src: { type: "string" },
        certs: { type: "string", multiple: true },
        now: { type: "string", default: SEED_INSTANT },
        show: { type: "string", default: "20" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const toolchain = findCSharpCompiler();
  if (!toolchain) {
    const ci = process.env.CI === "true";
    console.error(`apim-ts verify: mcs/mono not found; install them with:\n  ${installCommand}`);
    console.log(
      ci
        ? "verify FAILED: the C# cross-check must run under CI=true"
        : "verify skipped (no C# compiler)",
    );
    return ci ? EXIT.failed : EXIT.ok;
  }
  const started = performance.now();
  const root = process.cwd();
  let config: ProjectConfig;
  try {
    config = loadProjectConfig(root);
  } catch (error) {
    if (!(error instanceof ProjectConfigError)) throw error;
    console.error(`error ${error.code}: ${error.message}`);
    return EXIT.usage;
  }
  const sourceDir = values.src !== undefined ? path.resolve(root, values.src) : path.resolve(config.root, config.src);
  const certDirs = (values.certs ?? ["certs"]).map((dir) => path.resolve(root, dir));
  for (const dir of [sourceDir, ...certDirs]) {
    if (!fs.existsSync(dir)) {
      console.error(`no such folder: ${path.relative(root, dir) || dir}\n${USAGE}`);
      return EXIT.usage;
    }
  }

  // 1. The documents, exactly as `build` gets them.
  const files = listPolicyFiles(sourceDir);
  const policy = createPolicyProgram(root, files);
  const typeErrors = ts
    .getPreEmitDiagnostics(policy.program)
    .filter(
      (d) =>
        d.category === ts.DiagnosticCategory.Error &&
        d.file &&
        path.resolve(d.file.fileName).startsWith(sourceDir + path.sep),
    )
    .map(fromTypeScript);
  if (typeErrors.length) {
    for (const d of typeErrors) console.error(formatDiagnostic(d, root) + "\n");
    console.error(`verify FAILED: ${typeErrors.length} TypeScript error(s)`);
    return EXIT.failed;
  }
  const documents: { name: string; document: Document }[] = [];
  const failures: string[] = [];
  for (const loaded of await loadPolicyModules(policy, files)) {
    const name = path.relative(sourceDir, loaded.file).replace(/\.ts$/, "");
    if (loaded.error !== undefined)
      failures.push(`${name}: the module threw while it was loaded: ${String(loaded.error)}`);
    else if (isDocument(loaded.exports?.default))
      documents.push({ name, document: loaded.exports!.default as Document });
  }
  const loadedMs = performance.now() - started;
  setTranslatorForHarness(translatorForProgram(policy.program));

  // 2. Every expression slot, so that unreached ones are compiled and allow-list checked too.
  const alsoCompile: ExtraExpression[] = [];
  for (const { name, document } of documents) {
    for (const expression of documentExpressions(document)) {
      if (expression.csharp === undefined) failures.push(`${name}: ${expression.diagnostics}`);
      else
        alsoCompile.push({
          csharp: expression.csharp,
          namedValues: seedNamedValuesFor(expression.csharp),
          policy: name,
          source: expression.source,
        });
    }
  }

  // 3. The scenario matrix through the simulated gateway.
  const recorder = new ReplayRecorder();
  const runStarted = performance.now();
  let requests = 0;
  for (const dir of certDirs) {
    const folder = load(dir);
    const scenarios = seedScenarios(folder, values.now);
    for (const { name, document } of documents) {
      if (document.kind !== "policies") continue;
      for (const scenario of scenarios) {
        try {
          recorder.add(
            await runSeedScenario(document, folder, scenario),
            `${path.relative(root, dir)}: ${scenario.name}`,
            name,
          );
          requests++;
        } catch (error) {
          if (!(error instanceof HarnessRefusal)) throw error;
          failures.push(`${name} (${scenario.name}): ${error.message}`);
          break;
        }
      }
    }
  }
  const scenariosMs = performance.now() - runStarted;

  // 4. One compile, one run, one comparison.
  const report = await replayEvaluations(recorder, { toolchain, alsoCompile });
  const { stats } = report;
  const totalMs = performance.now() - started;
  const show = Number(values.show) || 20;
  const findings = report.text(show).split("\n\n").slice(1);
  for (const failure of failures) console.error(`FAILED ${failure}\n`);
  for (const finding of findings) console.error(finding + "\n");
  const rows: [string, string][] = [
    [
      "policies",
      `${documents.length} (${path.relative(root, sourceDir)}), loaded in ${ms(loadedMs)}`,
    ],
    [
      "scenarios run",
      `${requests} requests over ${certDirs.map((d) => path.relative(root, d) || d).join(", ")} in ${ms(scenariosMs)}`,
    ],
    [
      "expressions compiled",
      `${stats.expressions} in ${stats.compiles} mcs run(s), ${ms(stats.compileMs + stats.inspectMs)} (allow-list checked)`,
    ],
    [
      "cases compared",
      `${stats.cases} distinct cases for ${stats.compared}/${stats.evaluations} evaluations in ${stats.monoRuns} mono run(s), ${ms(stats.runMs)} (${stats.chainsBuilt} chains built)`,
    ],
    [
      "per case",
      stats.cases
        ? `${(stats.runMs / stats.cases).toFixed(2)} ms wall, ${(stats.evaluationMs / stats.cases).toFixed(2)} ms inside mono`
        : "-",
    ],
    ["divergences", String(report.divergences.length)],
    ["problems", String(report.problems.length + failures.length)],
    ["total", ms(totalMs)],
  ];
  console.log(rows.map(([key, value]) => `${key.padEnd(22)}${value}`).join("\n"));
  const ok = report.ok && failures.length === 0;
  console.log(
    ok
      ? "\nverify OK: the C# means what the TypeScript means in every scenario"
      : "\nverify FAILED",
  );
  return ok ? EXIT.ok : EXIT.failed;
}
