// The conformance DSL for vitest, after TypeScriptToLua's test utilities:
//
//   describeConformance("string members", (t) => {
//     t.expression("(s: string) => s.trim()").withInputs([" a "], ["\u0085x"]).expectSameInCSharp();
//     t.expression("(s: string) => s.replace('a', 'b')").expectDiagnostic("APIM1003");
//   });
//
// Registering is synchronous (vitest collects the `it`s); one beforeAll runs the whole suite as
// ONE batch (engine.ts: one program, one mcs, one mono). expectSameInCSharp first asserts there
// are no diagnostics, then compares every case with the normaliser (normalise.ts).
//
// Under mutation testing (mutation/README.md) the batch is cut to what Stryker measures: in its
// coverage run each test translates its own snippet, so the translator code a snippet reaches is
// counted against that test (code run in a beforeAll counts for no test); in a mutant's run the
// batch holds only the snippets of the tests Stryker selected.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ContextDescription } from "../crosscheck/context-description.ts";
import { requireCSharpCompiler, missingCompilerMessage } from "../crosscheck/compiler.ts";
import {
  distinctOutcomes,
  runBatch,
  type BatchOptions,
  type BatchReport,
  type SnippetResult,
  type SnippetSpec,
} from "./engine.ts";
import { describeCanonical } from "./normalise.ts";

/** The fewest distinct outcomes a snippet with two or more cases may give (1 would be a tautology). */
export const MIN_DISTINCT_OUTCOMES = 2;

export class SnippetBuilder {
  inputs: (readonly unknown[])[] = [];
  contexts: ContextDescription[] = [];
  csharp: string | undefined;
  readonly allowedWarnings: string[] = [];

  constructor(
    private readonly suite: ConformanceSuite,
    readonly id: string,
    readonly source: string,
  ) {}

  /** Argument lists (one array per case). */
  withInputs(...argumentLists: readonly unknown[][]): this {
    this.inputs.push(...argumentLists);
    return this;
  }

  /** Contexts for `(context) => ...`, or base contexts (clock, zone) for argument snippets. */
  withContexts(...contexts: ContextDescription[]): this {
    this.contexts.push(...contexts);
    return this;
  }

  /** Acknowledges a translator warning this snippet is expected to raise (e.g. APIM1022). */
  allowWarning(code: string): this {
    this.allowedWarnings.push(code);
    return this;
  }

  /** The exact C# the translator must print (`@(...)` or `@{...}`), checked with the comparison. */
  expectCSharp(text: string): this {
    this.csharp = text;
    return this;
  }

  /** No diagnostics, the expected C# if given, and the same outcome in both languages for every case. */
  expectSameInCSharp(name = this.source): void {
    this.suite.register(this, name);
    it(name, async (context) => {
      const result = await this.suite.result(this.id);
      expect(result.diagnostics, "the translator must accept the snippet").toEqual([]);
      expect(
        result.warnings.filter((code) => !this.allowedWarnings.includes(code)),
        "unacknowledged warnings",
      ).toEqual([]);
      if (this.csharp !== undefined) expect(result.csharp).toBe(this.csharp);
      expect(result.problems, "test or harness problems").toEqual([]);
      if (result.cases.length >= 2)
        expect(
          distinctOutcomes(result),
          `distinct outcomes of ${result.cases.length} cases (a snippet whose inputs all answer the same tests nothing)`,
        ).toBeGreaterThanOrEqual(MIN_DISTINCT_OUTCOMES);
      if (!this.suite.hasCSharp) return context.skip(missingCompilerMessage);
      expect(result.cases.length, "cases run in C#").toBeGreaterThan(0);
      expect(divergences(result)).toEqual([]);
    });
  }

  /** Translation only (no cases): no diagnostics and exactly this C#. For constructs that need configuration to run (named values). */
  expectTranslation(text: string, name = this.source): void {
    this.suite.register(this, name);
    it(name, async () => {
      const result = await this.suite.result(this.id);
      expect(result.diagnostics, "the translator must accept the snippet").toEqual([]);
      expect(
        result.warnings.filter((code) => !this.allowedWarnings.includes(code)),
        "unacknowledged warnings",
      ).toEqual([]);
      expect(result.csharp).toBe(text);
    });
  }

  /** The translator must refuse the snippet with this code (and, if given, a message containing `part`). */
  expectDiagnostic(code: string, part?: string, name = `${this.source} → ${code}`): void {
    this.suite.register(this, name);
    it(name, async () => {
      const result = await this.suite.result(this.id);
      expect(result.codes).toContain(code);
      expect(result.csharp, "no C# is produced for a refused snippet").toBeUndefined();
      if (part) expect(result.diagnostics.join("\n")).toContain(part);
      // Every refusal says what is wrong and what to write instead (docs/translation.md, style.md).
      for (const refusal of result.refusals) {
        expect(refusal.message.trim(), `${refusal.code}'s message`).not.toBe("");
        expect(refusal.hint?.trim() ?? "", `${refusal.code}'s hint: what to write`).not.toBe("");
      }
    });
  }
}

/** Failure lines: input, both outcomes, why, and the C#. */
export function divergences(result: SnippetResult): string[] {
  return result.cases
    .filter((c) => c.divergence)
    .map(
      (c) =>
        `${c.label}: ${c.divergence}\n  JavaScript: ${describeCanonical(c.javascript)}\n  C#:         ${c.csharp ? describeCanonical(c.csharp) : "-"}\n  ${result.csharp}`,
    );
}

export class ConformanceSuite {
  private readonly specs: SnippetBuilder[] = [];
  private report: BatchReport | undefined;
  /** What the suite's batch threw (a translator crash), rethrown by every test that reads it. */
  failure: unknown;
  private readonly testNames = new Map<string, SnippetBuilder>();
  private options: Omit<BatchOptions, "declarations" | "toolchain"> = {};
  private declarations = "";
  private created = 0;
  hasCSharp = false;

  constructor(readonly name: string) {}

  /** Module-level TypeScript shared by the snippets: helpers and build-time constants. */
  declare(code: string): void {
    this.declarations += `${code}\n`;
  }

  expression(source: string): SnippetBuilder {
    return new SnippetBuilder(this, `${this.name.replace(/\W+/g, "-")}-${++this.created}`, source);
  }

  register(builder: SnippetBuilder, testName: string): void {
    if (!this.specs.includes(builder)) this.specs.push(builder);
    this.testNames.set(testName, builder);
  }

  /** The snippet's result: from the suite's batch, or (Stryker's coverage run) its own batch of one. */
  async result(id: string): Promise<SnippetResult> {
    if (this.failure !== undefined) throw this.failure;
    if (!this.report && strykerMode() === "dry-run")
      return (await this.run((b) => b.id === id)).results[0]!;
    const found = this.report?.results.find((r) => r.id === id);
    if (!found) throw new Error(`no result for ${id}: did the suite's batch run?`);
    return found;
  }

  /** Batch options (time zone, clock) for every batch of this suite. */
  configure(options: Omit<BatchOptions, "declarations" | "toolchain">): void {
    this.options = options;
  }

  /** Runs the snippets `selected` accepts (all by default) as one batch. */
  async run(selected: (builder: SnippetBuilder) => boolean = () => true): Promise<BatchReport> {
    const toolchain = requireCSharpCompiler();
    this.hasCSharp = toolchain !== undefined;
    const specs: SnippetSpec[] = this.specs.filter(selected).map((b) => ({
      id: b.id,
      source: b.source,
      inputs: b.inputs,
      contexts: b.contexts,
    }));
    // A part of the suite gets a file of its own: the harness knows a snippet's int and long
    // operators by file and offset (src/model/integer-sites.ts), and the same offset in one file
    // name must not hold another snippet.
    const file =
      specs.length === this.specs.length
        ? this.name
        : `${this.name}-${createHash("sha1")
            .update(specs.map((spec) => spec.id).join(" "))
            .digest("hex")
            .slice(0, 12)}`;
    const report = await runBatch(file, specs, {
      ...this.options,
      declarations: this.declarations,
      toolchain,
    });
    if (strykerMode() !== "dry-run") this.report = report;
    return report;
  }

  /** The builders of the tests vitest will run in this describe (a test name filter skips others). */
  builderOfTest(testName: string): SnippetBuilder | undefined {
    return this.testNames.get(testName);
  }
}

/** StrykerJS's vitest runner provides "dry-run" (its coverage run) or "mutant"; plain vitest nothing. */
function strykerMode(): unknown {
  return (inject as (key: string) => unknown)("mode");
}

/** A describe whose snippets run as one batch before its tests. */
export function describeConformance(
  name: string,
  body: (suite: ConformanceSuite) => void,
  options: Omit<BatchOptions, "declarations" | "toolchain"> = {},
): void {
  describe(name, () => {
    const suite = new ConformanceSuite(name);
    body(suite);
    suite.configure(options);
    // vitest 4.1 wants the first argument destructured to pass the describe as the second.
    beforeAll(async ({}, describeTask) => {
      const mode = strykerMode();
      if (mode === "dry-run") return;
      // In a mutant's run Stryker selects tests by name; the others are marked skipped.
      const running = new Set(
        describeTask.tasks
          .filter((task) => mode !== "mutant" || task.mode === "run")
          .map((task) => suite.builderOfTest(task.name)),
      );
      // A throw here would mark every test skipped, not failed: StrykerJS counts a mutant that
      // crashes the translator as survived then. Each test fails with the error instead.
      try {
        await suite.run((builder) => running.has(builder));
      } catch (error) {
        suite.failure = error ?? new Error("the suite's batch threw");
      }
    }, 120_000);
  });
}
