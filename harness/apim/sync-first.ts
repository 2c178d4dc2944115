// Values that are ready now or later. The pipeline runs synchronously until something really
// waits (a mock that returns a Promise, send-request): an `await` per statement cost a Promise, a
// microtask and, because the .NET environment lives in an AsyncLocalStorage, a promise hook per
// statement, which made up a large part of the harness's per-request cost (issue 4's benchmark).

/** A value, or a promise of it once something in the pipeline went asynchronous. */
export type MaybePromise<T> = T | Promise<T>;

/** Whether a value is a promise (any thenable: mocks may return their own promise types). */
export function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
