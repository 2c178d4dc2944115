// The log of what an evaluation drew from the harness's seeded sources: the GUIDs Guid.NewGuid()
// returned and the integers Random.Next returned, in order. The C# replay feeds them back
// (harness/crosscheck/guid-rewrite.ts, random-rewrite.ts), so a run with GUIDs or random numbers
// is still compared value for value. Expressions are synchronous, so one slot suffices.

/** One Random.Next call: the range it drew from ([min, max), Next() is [0, int.MaxValue)) and the value. */
export type RandomDraw = [min: number, max: number, value: number];

/** What one evaluation drew, in order. */
export interface DrawLog {
  /** Guid.NewGuid()'s results, "D" format. */
  readonly guids: string[];
  /** Random.Next's results with their ranges. */
  readonly randoms: RandomDraw[];
}

let current: DrawLog | undefined;

/** An empty log. */
export function newDrawLog(): DrawLog {
  return { guids: [], randoms: [] };
}

/**
 * Runs `fn` with `log` receiving every draw meanwhile; the previous log is restored afterwards,
 * also when `fn` throws.
 */
export function withDrawLog<T>(log: DrawLog, fn: () => T): T {
  const previous = current;
  current = log;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The log of the evaluation running now, if any is being recorded. */
export function currentDrawLog(): DrawLog | undefined {
  return current;
}

/** The log's fields for a context description: only those with draws, so most stay unchanged. */
export function drawFields(log: DrawLog): { guids?: string[]; randoms?: RandomDraw[] } {
  return {
    ...(log.guids.length > 0 ? { guids: [...log.guids] } : {}),
    ...(log.randoms.length > 0 ? { randoms: log.randoms.map((d) => [...d] as RandomDraw) } : {}),
  };
}
