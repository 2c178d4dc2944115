// The one place the harness asks the TS→C# translator whether an expression function can be
// deployed (architecture rule: the harness refuses to run what `build` would reject). Verdicts are
// cached per function (the translator also caches per source file, and on disk).
// The translator (and with it the TypeScript compiler) is loaded only when a verdict is missing:
// prepareTranslation() loads it before a gateway's first request if any expression of its
// documents has no cached verdict, so a test run whose sources did not change never loads it.
import { knownTranslation } from "../../src/translate/harness-verdicts.ts";

/** What the translator says about one expression function. */
export type TranslationVerdict =
  | { readonly ok: true; readonly csharp: string; readonly resultType: string }
  | { readonly ok: false; readonly diagnostics: string };

/** The translator's entry point for the harness (src/translate/for-harness.ts). */
export type TranslateExpressionFunction = (fn: Function) => TranslationVerdict;

let verdicts = new WeakMap<Function, TranslationVerdict>();
let override: TranslateExpressionFunction | undefined;
let translator: TranslateExpressionFunction | undefined;

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

/** Loads the project's translator (and TypeScript) unless it is loaded. */
export async function loadTranslator(): Promise<void> {
  translator ??= (await import("../../src/translate/for-harness.ts")).translateExpressionFunction;
}

/**
 * Makes checkTranslation() answer for these functions: loads the translator when one of them has
 * no verdict in this process or on disk.
 */
export async function prepareTranslation(functions: Iterable<Function>): Promise<void> {
  if (override || translator) return;
  for (const fn of functions)
    if (!verdicts.has(fn) && !knownTranslation(fn)) return loadTranslator();
}

/**
 * The translator's verdict on an expression function (cached per function). Throws an Error when
 * the function has no cached verdict and the translator was not loaded (prepareTranslation).
 */
export function checkTranslation(fn: Function): TranslationVerdict {
  const cached = verdicts.get(fn);
  if (cached) return cached;
  const verdict = override ? override(fn) : (knownTranslation(fn) ?? loadedTranslator()(fn));
  verdicts.set(fn, verdict);
  return verdict;
}

function loadedTranslator(): TranslateExpressionFunction {
  if (!translator)
    throw new Error(
      "apim-ts: an expression without a cached translation was checked before the translator was loaded " +
        "(await prepareTranslation(functions) or loadTranslator() first)",
    );
  return translator;
}
