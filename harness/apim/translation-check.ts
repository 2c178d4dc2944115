// The one place the harness asks the TS→C# translator whether an expression function can be
// deployed (architecture rule: the harness refuses to run what `build` would reject). Verdicts are
// cached per function (the translator also caches per source file).
import { translateExpressionFunction } from "../../src/translate/for-harness.ts";

/** What the translator says about one expression function. */
export type TranslationVerdict =
  | { readonly ok: true; readonly csharp: string; readonly resultType: string }
  | { readonly ok: false; readonly diagnostics: string };

/** The translator's entry point for the harness (src/translate/for-harness.ts). */
export type TranslateExpressionFunction = (fn: Function) => TranslationVerdict;

let verdicts = new WeakMap<Function, TranslationVerdict>();
let override: TranslateExpressionFunction | undefined;

/**
 * Replaces the translator (tests of the harness's own typing rules; tools that bring their own).
 * `undefined` restores the project's translator. Clears the cache.
 */
export function setTranslatorForHarness(fn: TranslateExpressionFunction | undefined): void {
  override = fn;
  verdicts = new WeakMap();
}

/** Whether a test or tool has replaced the project's translator. */
export function translatorOverridden(): boolean {
  return override !== undefined;
}

/** The translator's verdict on an expression function (cached per function). */
export function checkTranslation(fn: Function): TranslationVerdict {
  const cached = verdicts.get(fn);
  if (cached) return cached;
  const verdict = (override ?? translateExpressionFunction)(fn);
  verdicts.set(fn, verdict);
  return verdict;
}
