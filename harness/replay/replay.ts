// The C# replay: every distinct expression of every recorded policy in ONE mcs compile, every
// distinct (expression, inputs) case in ONE mono run (one per gateway time zone: the zone is the
// runner's TZ), each recorded TypeScript outcome compared with its case's C# outcome (compare.ts).
// A divergence, an expression mcs or APIM's allow-list refuses, or an evaluation whose inputs
// cannot be replayed all make the report fail: a cross-check that quietly skips is no check.
// Each evaluation replays against the state the TypeScript run had at that point, so a divergence
// is reported where it happens and does not cascade into the expressions after it.
import { compileExpressions, findCSharpCompiler, installCommand } from "../crosscheck/index.ts";
import type { CSharpToolchain } from "../crosscheck/compiler.ts";
import type { CSharpCase, CSharpCaseResult } from "../crosscheck/context-description.ts";
import { harnessCodes, type CSharpDiagnostic } from "../crosscheck/diagnostics.ts";
import { substituteNamedValues, type Substitution } from "../crosscheck/named-values.ts";
import type { ExpressionVariant, ExtraExpression, ReplayRecorder } from "./collect.ts";
import { compareOutcome } from "./compare.ts";
import {
  formatDivergence,
  formatProblem,
  policyOf,
  sourceOf,
  whereOf,
  type Divergence,
  type ReplayProblem,
} from "./report.ts";

export interface ReplayOptions {
  /** Defaults to findCSharpCompiler(); without one, replay throws with the install command. */
  readonly toolchain?: CSharpToolchain;
  /** Expressions to compile and check against the allow-list even when no scenario ran them. */
  readonly alsoCompile?: readonly ExtraExpression[];
  /** What the recorder's scenario labels are, in the report's text: "scenario" or "test". */
  readonly label?: string;
}

export interface ReplayStats {
  /** Evaluations recorded by the scenarios. */
  readonly evaluations: number;
  /** Evaluations compared with a C# outcome. */
  readonly compared: number;
  /** Distinct expressions (after named-value substitution) compiled. */
  readonly expressions: number;
  /** Distinct cases run in C#. */
  readonly cases: number;
  readonly compiles: number;
  /** Of compiles, those read from the C# output cache (no mcs process ran). */
  readonly cachedCompiles: number;
  readonly monoRuns: number;
  /** Of monoRuns, those read from the C# output cache (harness/crosscheck/output-cache.ts). */
  readonly cachedRuns: number;
  /** X509Chain.Build calls mono actually made (the model memoizes per certificate, store and instant). */
  readonly chainsBuilt: number;
  readonly collectMs: number;
  readonly compileMs: number;
  readonly inspectMs: number;
  /** mono wall time (process start included) and the time spent evaluating inside it. */
  readonly runMs: number;
  readonly evaluationMs: number;
  readonly totalMs: number;
}

export interface ReplayReport {
  /** No divergence and no problem. */
  readonly ok: boolean;
  readonly divergences: readonly Divergence[];
  readonly problems: readonly ReplayProblem[];
  readonly stats: ReplayStats;
  /** The summary line, then every problem and divergence in full (the first `limit`). */
  text(limit?: number): string;
}

interface Prepared {
  readonly variant: ExpressionVariant;
  readonly substitution: Substitution;
}

function diagnosticProblem(d: CSharpDiagnostic, prepared: Prepared | undefined): ReplayProblem {
  if (!prepared)
    return {
      kind: "compile",
      policy: "(batch)",
      source: "-",
      csharp: "",
      message: `${d.code}: ${d.message}`,
    };
  const at = prepared.substitution.toOriginal({ line: d.line, column: d.column });
  return {
    kind: d.code === harnessCodes.notAllowed ? "allow-list" : "compile",
    policy: prepared.variant.policy,
    source: prepared.variant.source,
    csharp: prepared.variant.csharp,
    message: `${d.code} at ${at.line}:${at.column} of the C#: ${d.message}`,
  };
}

/** Replays everything the recorder holds through C# (see the module header). */
export async function replayEvaluations(
  recorder: ReplayRecorder,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  const started = performance.now();
  const toolchain = options.toolchain ?? findCSharpCompiler();
  if (!toolchain) throw new Error(`the C# replay needs mcs and mono: ${installCommand}`);
  const collected = recorder.collect(options.alsoCompile);
  const collectMs = performance.now() - started;
  const problems: ReplayProblem[] = collected.unreplayable.map(({ occurrence, reasons }) => ({
    kind: "not-replayable",
    policy: policyOf(occurrence),
    source: sourceOf(occurrence),
    csharp: occurrence.record.csharp ?? "",
    message: reasons.join("; "),
    scenario: occurrence.scenario,
    label: options.label,
  }));
  const stats = {
    evaluations: collected.evaluations,
    compared: 0,
    expressions: collected.variants.length,
    cases: 0,
    compiles: 0,
    monoRuns: 0,
    cachedRuns: 0,
    cachedCompiles: 0,
    chainsBuilt: 0,
    collectMs,
    compileMs: 0,
    inspectMs: 0,
    runMs: 0,
    evaluationMs: 0,
    totalMs: 0,
  };
  const divergences: Divergence[] = [];

  let batch: Prepared[] = collected.variants.map((variant) => ({
    variant,
    substitution: substituteNamedValues(variant.csharp, variant.namedValues),
  }));
  const compile = async () => {
    const result = await compileExpressions(
      batch.map((p) => ({ id: p.variant.id, code: p.substitution.text })),
      { toolchain, substituted: true },
    );
    stats.compiles++;
    if (result.timings.fromCache) stats.cachedCompiles++;
    stats.compileMs += result.timings.compileMs;
    stats.inspectMs += result.timings.inspectMs;
    return result;
  };
  let compiled = batch.length ? await compile() : undefined;
  if (compiled && !compiled.ok) {
    // Report what mcs or the allow-list refused, then compile the rest again so that one bad
    // expression does not hide the divergences of the others.
    const byId = new Map(batch.map((p) => [p.variant.id, p]));
    const errors = compiled.diagnostics.filter((d) => d.severity === "error");
    problems.push(...errors.map((d) => diagnosticProblem(d, byId.get(d.id))));
    const failed = new Set(errors.map((d) => d.id));
    batch = failed.has("") ? [] : batch.filter((p) => !failed.has(p.variant.id));
    compiled = batch.length ? await compile() : undefined;
    if (compiled && !compiled.ok) {
      problems.push(
        ...compiled.diagnostics
          .filter((d) => d.severity === "error")
          .map((d) => diagnosticProblem(d, byId.get(d.id))),
      );
      compiled = undefined;
    }
  }

  if (compiled?.compiled) {
    const live = new Set(batch.map((p) => p.variant.id));
    const cases = collected.cases.filter((c) => live.has(c.variant.id));
    const runStarted = performance.now();
    try {
      const report = await compiled.compiled.runCases(
        cases.map((c): CSharpCase => ({
          caseId: c.caseId,
          expressionId: c.variant.id,
          context: c.context,
        })),
      );
      stats.runMs = performance.now() - runStarted;
      stats.monoRuns = report.stats.runs;
      stats.cachedRuns = report.stats.cachedRuns;
      stats.chainsBuilt = report.stats.chainsBuilt;
      stats.evaluationMs = report.stats.evaluationMs;
      stats.cases = cases.length;
      const results = new Map<string, CSharpCaseResult>(report.results.map((r) => [r.caseId, r]));
      for (const item of cases) {
        const result = results.get(item.caseId)!;
        // Occurrences with the same inputs and the same TypeScript outcome diverge together.
        const grouped = new Map<string, Divergence & { scenarios: string[] }>();
        for (const occurrence of item.occurrences) {
          stats.compared++;
          const comparison = compareOutcome(occurrence.record, result);
          if (comparison.reason === undefined) continue;
          const key = JSON.stringify(comparison.typescript) + comparison.reason;
          const existing = grouped.get(key);
          if (existing) {
            if (existing.scenarios.length < 5) existing.scenarios.push(occurrence.scenario);
            continue;
          }
          grouped.set(key, {
            scenarios: [occurrence.scenario],
            label: options.label,
            policy: policyOf(occurrence),
            source: sourceOf(occurrence),
            where: whereOf(occurrence),
            csharp: item.variant.csharp,
            namedValues: item.variant.namedValues,
            inputs: item.context,
            typescript: comparison.typescript,
            csharpOutcome: comparison.csharp,
            reason: comparison.reason,
          });
        }
        divergences.push(...grouped.values());
      }
    } finally {
      await compiled.compiled.dispose();
    }
  }
  stats.totalMs = performance.now() - started;
  const ok = divergences.length === 0 && problems.length === 0;
  return {
    ok,
    divergences,
    problems,
    stats,
    text(limit = 10) {
      const lines = [summaryLine(stats, divergences.length, problems.length)];
      const findings = [...problems.map(formatProblem), ...divergences.map(formatDivergence)];
      lines.push(...findings.slice(0, limit));
      if (findings.length > limit) lines.push(`... and ${findings.length - limit} more`);
      return lines.join("\n\n");
    },
  };
}

/** "1 divergence", "2 divergences". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * How many times a tool ran and how many of its outputs the output cache gave instead (no process
 * ran for those): "1 mcs run", "no mcs run: its output reused from the output cache",
 * "2 mono runs, 1 output reused from the output cache".
 */
export function processRuns(tool: string, total: number, cached: number): string {
  const ran = total - cached;
  if (!cached) return plural(ran, `${tool} run`);
  if (ran === 0)
    return `no ${tool} run: ${cached === 1 ? "its output" : `its ${cached} outputs`} reused from the output cache`;
  return `${plural(ran, `${tool} run`)}, ${plural(cached, "output")} reused from the output cache`;
}

/** One line: what was compared and how long it took. */
export function summaryLine(stats: ReplayStats, divergences: number, problems: number): string {
  return (
    `C# replay: ${plural(stats.expressions, "expression")} compiled (${processRuns("mcs", stats.compiles, stats.cachedCompiles)}), ` +
    `${plural(stats.cases, "case")} run (${processRuns("mono", stats.monoRuns, stats.cachedRuns)}, ${plural(stats.chainsBuilt, "chain")} built), ` +
    `${stats.compared}/${stats.evaluations} evaluations compared, ${plural(divergences, "divergence")}, ` +
    `${plural(problems, "problem")}; compile ${Math.round(stats.compileMs + stats.inspectMs)} ms, ` +
    `run ${Math.round(stats.runMs)} ms, total ${Math.round(stats.totalMs)} ms`
  );
}
