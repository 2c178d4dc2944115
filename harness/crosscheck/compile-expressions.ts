// Batch compilation for the C# cross-check: every expression of a batch goes into ONE generated
// program with the C# model of APIM's context (model/*.cs), compiled by ONE mcs call; mcs's
// diagnostics are mapped back to the expression id and the position inside the author's
// `@(...)`/`@{...}` text; then one `mono <exe> inspect` run lists the .NET members each
// expression uses, checked against APIM's allow-list (allow-list.ts).
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkReferences } from "./allow-list.ts";
import { rewriteClock } from "./clock-rewrite.ts";
import { rewriteGuids } from "./guid-rewrite.ts";
import { rewriteRandoms } from "./random-rewrite.ts";
import { maskNonCode } from "./code-mask.ts";
import {
  findCSharpCompiler,
  findNewtonsoftJson,
  installCommand,
  type CSharpToolchain,
} from "./compiler.ts";
import {
  harnessCodes,
  parseCompilerOutput,
  type CSharpDiagnostic,
  type ExpressionOrigin,
} from "./diagnostics.ts";
import { positionAt, substituteNamedValues, unsubstituted } from "./named-values.ts";
import { runProcess } from "./process.ts";
import { generateProgram, type ProgramExpression } from "./program.ts";
import { runCases, type RunReport } from "./run-cases.ts";
import { compileKey, restoreCompile, storeCompile, storeInspection } from "./output-cache.ts";
import type { CSharpCase } from "./context-description.ts";

/** An expression exactly as it stands in the policy XML (rawxml text): `@(...)` or `@{...}`. */
export interface CSharpExpression {
  id: string;
  code: string;
}

export interface CompileOptions {
  /** Named values substituted for `{{name}}` before compiling, as APIM does. */
  namedValues?: Record<string, string>;
  /**
   * The codes already hold their named values (the replay substitutes each with its own): no
   * `{{name}}` is looked up again, since a `{{` left is a value's own text, which APIM leaves as
   * it is ("Use named values in Azure API Management policies", "Use a named value": named values
   * "can't contain other named values ... that reference won't be resolved and replaced").
   */
  substituted?: boolean;
  /** Check the compiled expressions against APIM's allow-list (default true). */
  checkAllowList?: boolean;
  /** Defaults to findCSharpCompiler(). */
  toolchain?: CSharpToolchain;
}

/** A compiled batch; holds a temporary directory until `dispose()`. */
export interface CompiledExpressions {
  readonly exePath: string;
  /** The program's key in the output cache (output-cache.ts). */
  readonly cacheKey: string;
  readonly toolchain: CSharpToolchain;
  readonly expressionIds: readonly string[];
  /** Evaluates the cases in one mono run per time zone. */
  runCases(cases: readonly CSharpCase[]): Promise<RunReport>;
  dispose(): Promise<void>;
}

export interface CompileResult {
  /** No error diagnostics (warnings allowed). */
  ok: boolean;
  diagnostics: CSharpDiagnostic[];
  /** Present when ok; call `dispose()` when done. */
  compiled?: CompiledExpressions;
  /** Milliseconds spent in mcs and in the allow-list inspection. */
  /** compileMs includes reading a compile from the output cache (fromCache). */
  timings: { compileMs: number; inspectMs: number; fromCache: boolean };
}

const modelDirectory = fileURLToPath(new URL("./model/", import.meta.url));

interface Prepared {
  origin: ExpressionOrigin;
  program: ProgramExpression;
  code: string;
}

function prepare(
  expression: CSharpExpression,
  namedValues: Record<string, string> | "substituted",
  diagnostics: CSharpDiagnostic[],
): Prepared | undefined {
  const { id, code } = expression;
  const kind =
    code.startsWith("@(") && code.endsWith(")")
      ? "expression"
      : code.startsWith("@{") && code.endsWith("}")
        ? "block"
        : undefined;
  if (!kind || code.length < 3) {
    diagnostics.push({
      id,
      line: 1,
      column: 1,
      code: harnessCodes.malformedExpression,
      severity: "error",
      message:
        "a policy expression is `@(expression)` or `@{ statements }` with nothing before or after it",
    });
    return undefined;
  }
  const substitution =
    namedValues === "substituted" ? unsubstituted(code) : substituteNamedValues(code, namedValues);
  for (const unknown of substitution.unknown) {
    diagnostics.push({
      id,
      ...unknown.position,
      code: harnessCodes.unknownNamedValue,
      severity: "error",
      message: `named value '${unknown.name}' is not configured (APIM refuses to save a policy that references a missing named value)`,
    });
  }
  if (substitution.unknown.length > 0) return undefined;
  const compiledText = rewriteRandoms(rewriteGuids(rewriteClock(substitution.text)));
  return {
    code,
    origin: { id, wrapperLines: { first: 0, last: -1 }, toOriginal: substitution.toOriginal },
    program: { id, kind, body: compiledText.slice(2, -1) },
  };
}

// Members the compiler calls for a keyword: found by the keyword in the source.
const keywordFor: Record<string, string> = { GetTypeFromHandle: "typeof" };

/** Where an allow-list violation shows in the author's text: the member's name, else 1:1. */
function locate(code: string, member: string): { line: number; column: number } {
  const word = keywordFor[member] ?? member;
  const match = new RegExp(`\\b${word.replace(/[^\w]/g, "")}\\b`).exec(maskNonCode(code));
  return match ? positionAt(code, match.index) : { line: 1, column: 1 };
}

/** Compiles a batch of expressions with one mcs call (see the module header). */
export async function compileExpressions(
  expressions: readonly CSharpExpression[],
  options: CompileOptions = {},
): Promise<CompileResult> {
  const toolchain = options.toolchain ?? findCSharpCompiler();
  if (!toolchain) throw new Error(`mcs/mono not found: ${installCommand}`);
  const diagnostics: CSharpDiagnostic[] = [];
  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  for (const expression of expressions) {
    if (seen.has(expression.id)) {
      diagnostics.push({
        id: expression.id,
        line: 1,
        column: 1,
        code: harnessCodes.duplicateId,
        severity: "error",
        message: `expression id '${expression.id}' appears twice in the batch`,
      });
      continue;
    }
    seen.add(expression.id);
    const item = prepare(
      expression,
      options.substituted ? "substituted" : (options.namedValues ?? {}),
      diagnostics,
    );
    if (item) prepared.push(item);
  }
  const timings = { compileMs: 0, inspectMs: 0, fromCache: false };
  if (diagnostics.length > 0) return { ok: false, diagnostics, timings };

  const generated = generateProgram(prepared.map((p) => p.program));
  prepared.forEach((p, n) => (p.origin.wrapperLines = generated.wrapperLines[n]!));
  const directory = await mkdtemp(join(tmpdir(), "apim-csharp-"));
  const dispose = () => rm(directory, { recursive: true, force: true });
  try {
    const sourcePath = join(directory, generated.fileName);
    const exePath = join(directory, "expressions.exe");
    await writeFile(sourcePath, generated.source);
    const modelFiles = (await readdir(modelDirectory))
      .filter((f) => f.endsWith(".cs"))
      .sort()
      .map((f) => join(modelDirectory, f));
    // Json.NET beside the program: mono loads it from there without a GAC registration.
    const newtonsoftJson = toolchain.newtonsoftJson ?? findNewtonsoftJson();
    if (!newtonsoftJson) throw new Error(`Newtonsoft.Json.dll not found: ${installCommand}`);
    const newtonsoftCopy = join(directory, "Newtonsoft.Json.dll");
    await copyFile(newtonsoftJson, newtonsoftCopy);
    const started = performance.now();
    const mcsArgs = [
      "-langversion:7",
      "-nologo",
      "-target:exe",
      "-r:System.Core.dll",
      "-r:System.dll",
      "-r:System.Xml.dll",
      "-r:System.Xml.Linq.dll",
      `-r:${newtonsoftCopy}`,
      `-out:${exePath}`,
      sourcePath,
      ...modelFiles,
    ];
    // The temporary folder's name is in two arguments: the key holds the rest, not the folder.
    const key = compileKey(
      toolchain,
      newtonsoftJson,
      mcsArgs.map((arg) => arg.replace(directory, "<dir>")),
      generated.source,
      modelFiles,
    );
    const restored = restoreCompile(key, exePath);
    const mcs = restored
      ? { code: 0, stdout: restored.output, stderr: "" }
      : await runProcess(toolchain.mcs, mcsArgs);
    if (!restored && mcs.code === 0) storeCompile(key, exePath, mcs.stdout + mcs.stderr);
    timings.compileMs = performance.now() - started;
    timings.fromCache = Boolean(restored);
    const output = mcs.stdout + mcs.stderr;
    diagnostics.push(
      ...parseCompilerOutput(
        output,
        prepared.map((p) => p.origin),
        generated.fileName,
      ),
    );
    if (mcs.code !== 0 && !diagnostics.some((d) => d.severity === "error")) {
      diagnostics.push({
        id: "",
        line: 1,
        column: 1,
        code: harnessCodes.compilerFailed,
        severity: "error",
        message: `mcs exited with ${mcs.code}: ${output.trim()}`,
      });
    }
    if (diagnostics.some((d) => d.severity === "error")) {
      await dispose();
      return { ok: false, diagnostics, timings };
    }
    if (options.checkAllowList ?? true) {
      const inspectStarted = performance.now();
      const inspection =
        restored?.inspection !== undefined
          ? { code: 0, stdout: restored.inspection, stderr: "" }
          : await runProcess(toolchain.mono, [exePath, "inspect"]);
      if (restored?.inspection === undefined && inspection.code === 0)
        storeInspection(key, inspection.stdout);
      timings.inspectMs = performance.now() - inspectStarted;
      if (inspection.code !== 0)
        throw new Error(`allow-list inspection failed (${inspection.code}): ${inspection.stderr}`);
      const byId = new Map(prepared.map((p) => [p.origin.id, p.code]));
      for (const line of inspection.stdout.split("\n").filter(Boolean)) {
        const { expressionId, references } = JSON.parse(line) as {
          expressionId: string;
          references: string[];
        };
        for (const violation of checkReferences(references)) {
          diagnostics.push({
            id: expressionId,
            ...locate(
              byId.get(expressionId)!,
              violation.member === ".ctor" || !violation.member
                ? violation.type.split(".").pop()!
                : violation.member,
            ),
            code: harnessCodes.notAllowed,
            severity: "error",
            message: `'${violation.name}' is not on APIM's allow-list of types and members usable in policy expressions`,
          });
        }
      }
      if (diagnostics.some((d) => d.severity === "error")) {
        await dispose();
        return { ok: false, diagnostics, timings };
      }
    }
    const compiled: CompiledExpressions = {
      exePath,
      cacheKey: key,
      toolchain,
      expressionIds: prepared.map((p) => p.origin.id),
      runCases: (cases) => runCases(compiled, cases),
      dispose,
    };
    return { ok: true, diagnostics, compiled, timings };
  } catch (error) {
    await dispose();
    throw error;
  }
}
