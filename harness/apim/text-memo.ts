// A bounded memo keyed by a text: what the harness works out from an expression's C# (where its
// named values stand, which ones it names) is the same on every request, and the same few
// expressions run again and again, so working it out once per text keeps it off the per-request
// path (bench/harness.bench.ts). Keyed by the whole text, so equal texts share one answer and
// different texts never do; emptied when full, so a long run of generated expressions (property
// tests, the replay's seed matrix) cannot grow it without bound. Nothing in it depends on time.

/** `compute(text)`, remembered for up to `limit` distinct texts at a time. */
export function textMemo<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = compute(text);
      if (memo.size >= limit) memo.clear();
      memo.set(text, value);
    }
    return value;
  };
}
