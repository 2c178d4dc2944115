// The harness translator's verdicts that need no TypeScript compiler: those already given in this
// process and those kept on disk (verdict-cache.ts). A test run whose policy sources did not
// change answers every expression from here, so its workers never load TypeScript (about 0.6 s
// per worker, more on a busy machine); for-harness.ts translates the rest.
import { sourceTagOf } from "../model/source-tag.ts";
import { registerIntegerSite } from "../model/integer-sites.ts";
import { cachedVerdict, type CachedVerdict } from "./verdict-cache.ts";

/** The translator's answer for one expression function: its C# and type, or its diagnostics. */
export type HarnessTranslation = CachedVerdict;

const verdicts = new WeakMap<Function, HarnessTranslation>();

/** The verdict on this function if this process or the disk cache has it; undefined otherwise. */
export function knownTranslation(fn: Function): HarnessTranslation | undefined {
  const known = verdicts.get(fn);
  if (known) return known;
  const tag = sourceTagOf(fn);
  const cached = tag && cachedVerdict(fn, tag);
  if (!cached) return undefined;
  // No translation ran in this process: the harness must still know its int/long operators.
  if (cached.ok) cached.integerSites?.forEach(registerIntegerSite);
  verdicts.set(fn, cached);
  return cached;
}

/** Keeps a verdict the translator gave for the rest of the process. */
export function rememberTranslation(fn: Function, verdict: HarnessTranslation): void {
  verdicts.set(fn, verdict);
}
