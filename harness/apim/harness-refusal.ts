// The harness's refusal to run something APIM would not deploy (an expression the translator
// rejects, a raw-xml element, a missing named value or fragment, a variable of a type APIM cannot
// store). It is thrown, not returned as a response: a test must never observe a refusal as if it
// were gateway behaviour (a test expecting 500 would otherwise pass over an undeployable policy).
//
// A refusal raised inside an expression (a .NET twin refusing an input it does not simulate) can
// be caught by the expression's own `try { } catch { }`, which would turn "not simulated" into
// whatever the catch block returns. So every refusal made while an expression runs is witnessed,
// and the evaluator rethrows it after the expression returns, caught or not.

// The refusal lists of the expressions running now, innermost last. Pushed and popped in place
// (evaluations nest strictly: expressions are synchronous), not copied for every evaluation.
const witnesses: HarnessRefusal[][] = [];

/** Thrown by `send()` when the configured policies cannot be deployed to APIM as they are. */
export class HarnessRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HarnessRefusal";
    witnesses.at(-1)?.push(this);
  }
}

/**
 * Runs `body` (an expression) and returns the first refusal made while it ran, even one its own
 * catch block swallowed, beside its value or the exception it threw.
 */
export function witnessRefusals<T>(
  body: () => T,
):
  | { ok: true; value: T; refusal?: HarnessRefusal }
  | { ok: false; error: unknown; refusal?: HarnessRefusal } {
  const seen: HarnessRefusal[] = [];
  const depth = witnesses.push(seen);
  try {
    const value = body();
    return { ok: true, value, refusal: seen[0] };
  } catch (error) {
    return { ok: false, error, refusal: seen[0] };
  } finally {
    witnesses.length = depth - 1;
  }
}
