// The one place the harness asks the TS→C# translator whether an expression function can be
// deployed (architecture rule: the harness refuses to run what `build` would reject). Only this
// file knows where the translator lives. Verdicts are cached per function.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What the translator says about one expression function. */
export type TranslationVerdict =
  | { readonly ok: true; readonly csharp: string; readonly resultType: string }
  | { readonly ok: false; readonly diagnostics: string }
  /** The translator is not installed in this checkout: the expression runs unchecked. */
  | { readonly ok: "unchecked"; readonly reason: string };

/** The translator's entry point for the harness (src/translate/for-harness.ts). */
export type TranslateExpressionFunction = (
  fn: Function,
) => { ok: true; csharp: string; resultType: string } | { ok: false; diagnostics: string };

const TRANSLATOR_MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/translate/for-harness.ts");

// Loaded once at module load; a missing module (translator not written yet) leaves it undefined.
// The specifier is computed so that the type checker and bundler do not require the file.
let translator: TranslateExpressionFunction | undefined;
let loadFailure = "src/translate/for-harness.ts is not present";
try {
  const loaded = (await import(/* @vite-ignore */ TRANSLATOR_MODULE)) as {
    translateExpressionFunction?: TranslateExpressionFunction;
  };
  translator = loaded.translateExpressionFunction;
  if (!translator) loadFailure = "src/translate/for-harness.ts exports no translateExpressionFunction";
} catch (error) {
  const code = (error as { code?: string }).code;
  const missing = code === "ERR_MODULE_NOT_FOUND" || /Cannot find module|Failed to load url|does not exist/i.test(String(error));
  if (!missing) throw error;
}

let verdicts = new WeakMap<Function, TranslationVerdict>();
let override: TranslateExpressionFunction | undefined;

/** Whether expressions are checked by the real translator (false until src/translate lands). */
export function translatorAvailable(): boolean {
  return translator !== undefined || override !== undefined;
}

/**
 * Replaces the translator (tests of the refusal path; tools that bring their own). `undefined`
 * restores the project's translator. Clears the cache.
 */
export function setTranslatorForHarness(fn: TranslateExpressionFunction | undefined): void {
  override = fn;
  verdicts = new WeakMap();
}

/** The translator's verdict on an expression function (cached per function). */
export function checkTranslation(fn: Function): TranslationVerdict {
  const cached = verdicts.get(fn);
  if (cached) return cached;
  const translate = override ?? translator;
  const verdict: TranslationVerdict = translate ? translate(fn) : { ok: "unchecked", reason: loadFailure };
  verdicts.set(fn, verdict);
  return verdict;
}
