// The translator as the harness asks it: "can this expression function be deployed, and as what?"
// A program is built (once per source file, reusing parsed files across programs) for the file
// the function was written in; verdicts are cached per function and on disk (harness-verdicts.ts, verdict-cache.ts): a test run
// whose policy sources did not change builds no program. The same type check and translation as
// the build (its compiler settings, its TypeScript errors first: module-type-errors.ts), so a
// test can only pass for an expression the build would emit.
import path from "node:path";
import ts from "../compile/typescript.js";
import { formatDiagnostic } from "../diagnostics/diagnostic.ts";
import { sourceTagOf, type SourceTag } from "../model/source-tag.ts";
import { printPolicyExpression } from "../csharp-syntax/printer.ts";
import {
  forgetProjectOptions,
  policyCompilerOptions,
  projectConfigFiles,
} from "../compile/program.ts";
import { findProjectConfig, PROJECT_CONFIG_FILE } from "../config/project-config.ts";
import { sharedCompilerHost } from "../compile/shared-host.ts";
import { findFunctionAt } from "./inline.ts";
import { moduleTypeErrors } from "./module-type-errors.ts";
import { translateFunction } from "./translate-function.ts";
import { forgetLoadedVerdicts, observingCaptures, storeVerdict } from "./verdict-cache.ts";
import {
  knownTranslation,
  rememberTranslation,
  type HarnessTranslation,
} from "./harness-verdicts.ts";

export type { HarnessTranslation };

/** How many programs (one per source file) are kept at once. */
const KEPT_PROGRAMS = 4;
const programs = new Map<string, ts.Program>();
let lastProgram: ts.Program | undefined;
let programsBuilt = 0;

/** For tests of the disk cache: programs built so far; `forget` drops what a new process would not have. */
export const harnessTranslatorState = {
  programsBuilt: () => programsBuilt,
  forget(): void {
    programs.clear();
    lastProgram = undefined;
    forgetLoadedVerdicts();
    forgetProjectOptions();
  },
};

function programFor(file: string): ts.Program {
  let program = programs.get(file);
  if (!program) {
    // The build's settings, not the project's own module settings: under `nodenext` a CommonJS
    // project's files could not import apim-ts, a type error the build does not have. The
    // program is never emitted. Same settings, same parsed files as a build in this process.
    const options = policyCompilerOptions(path.dirname(file));
    program = ts.createProgram({
      rootNames: [file],
      options,
      oldProgram: lastProgram,
      host: sharedCompilerHost(options),
    });
    programsBuilt++;
    // A program holds its type checker: keeping one per test file of a long run (a worker that
    // runs many files) grows without bound. The last few are enough, as the next program reuses
    // the parsed files of the last one (oldProgram) and verdicts are cached per function.
    if (programs.size >= KEPT_PROGRAMS) programs.delete(programs.keys().next().value!);
    programs.set(file, program);
    lastProgram = program;
  }
  return program;
}

/**
 * The settings a verdict on a function of `file` depends on beyond its program's files: the
 * tsconfig files of its compiler options, and the apim-ts.config.json naming the policy folder
 * whose files moduleTypeErrors checks (where it would be, when there is none).
 */
function settingsFiles(file: string): string[] {
  const projectConfig =
    findProjectConfig(process.cwd()) ?? path.join(process.cwd(), PROJECT_CONFIG_FILE);
  return [...projectConfigFiles(path.dirname(file)), projectConfig];
}

/** Translates an expression function written in a tagged source file (policy-src, tests). */
export function translateExpressionFunction(fn: Function): HarnessTranslation {
  const known = knownTranslation(fn);
  if (known) return known;
  const verdict = translateUncached(fn);
  rememberTranslation(fn, verdict);
  return verdict;
}

function translateUncached(fn: Function): HarnessTranslation {
  const tag = sourceTagOf(fn);
  if (!tag) {
    return {
      ok: false,
      diagnostics:
        "error APIM2005: this expression function carries no source tag: it was not compiled by the apim-ts transform " +
        '(add `plugins: [apimTs()]` to vitest.config.ts, with `import { apimTs } from "apim-ts/vitest"`; ' +
        "and write the expression in the policy source folder or test/, or list its folder in apimTs({ include }))",
    };
  }
  const program = programFor(tag.file);
  // As the build: a module TypeScript refuses is refused before anything is translated, with
  // the same APIM2001 diagnostics. The verdict depends on no capture, only on the program's files.
  const typeErrors = moduleTypeErrors(program, tag.file);
  if (typeErrors !== undefined) {
    const refused: HarnessTranslation = { ok: false, diagnostics: typeErrors };
    storeVerdict(program, tag, [], refused, settingsFiles(tag.file));
    return refused;
  }
  const node = findFunctionAt(program, tag.file, tag.start);
  if (!node) {
    return {
      ok: false,
      diagnostics: `error APIM2005: no function starts at ${tag.file}:${tag.start} (was the file changed after it was loaded?)`,
    };
  }
  const { result: verdict, reads } = observingCaptures(tag, () =>
    translateFound(program, node, tag),
  );
  if (reads) storeVerdict(program, tag, reads, verdict, settingsFiles(tag.file));
  return verdict;
}

function translateFound(
  program: ts.Program,
  node: NonNullable<ReturnType<typeof findFunctionAt>>,
  tag: SourceTag,
): HarnessTranslation {
  const result = translateFunction(program, node, tag);
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.expression || errors.length) {
    return { ok: false, diagnostics: errors.map((d) => formatDiagnostic(d)).join("\n\n") };
  }
  const csharp = printPolicyExpression(result.expression);
  if (!result.resultType) {
    return {
      ok: false,
      diagnostics: `${formatDiagnostic({ code: "APIM1013", category: "error", message: "the C# type of this expression's value is not known", file: node.getSourceFile(), start: node.getStart(), length: node.getWidth(), hint: "type it as string, boolean, int, double, bytes or a .NET type" })}`,
    };
  }
  return { ok: true, csharp, resultType: result.resultType, integerSites: result.integerSites };
}
