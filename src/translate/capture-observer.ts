// Who watches the build-time captures a translation reads: verdict-cache.ts keys cached verdicts
// by them. Its own module, free of TypeScript, because the harness loads the verdict cache
// statically and the translator (and TypeScript) only when an expression needs it
// (test/compile/lazy-loading.test.ts).
import type { SourceTag } from "../model/source-tag.ts";

export type BuildTimeLookup = { found: true; value: unknown } | { found: false };

/** Sees every capture a translation reads. */
export type CaptureObserver = (tag: SourceTag, name: string, result: BuildTimeLookup) => void;

let observer: CaptureObserver | undefined;

export function setCaptureObserver(next: CaptureObserver | undefined): void {
  observer = next;
}

/** Tells the observer, if any, that a translation read `name` from `tag`. */
export function observeCapture(tag: SourceTag, name: string, result: BuildTimeLookup): void {
  observer?.(tag, name, result);
}
