// System.Random in the harness. The twin promises what the "Random.Next Method" page promises
// (each overload's Returns: Next() in [0, Int32.MaxValue), Next(maxValue) in [0, maxValue),
// Next(minValue, maxValue) in [minValue, maxValue), "If minValue equals maxValue, minValue is
// returned"; Exceptions: ArgumentOutOfRangeException for a negative maxValue and for minValue >
// maxValue, with .NET Framework's texts from referencesource mscorlib/system/random.cs and
// mscorlib.txt: ArgumentOutOfRange_MustBePositive, Argument_MinMaxValue), drawn from a seeded
// sequence rather than .NET's generator (harness/dotnet/random.ts: a policy cannot rely on the
// generator, and the C# replay feeds the recorded draws back, model/replay-randoms.cs, which gives
// an empty range's bound without a draw). So these tests check ranges, uniformity, the seed and
// the log, never particular values. Each bound and exception was also printed by mono 6.8.
import { describe, expect, it } from "vitest";
import { ArgumentOutOfRangeException, runInDotnetEnvironment } from "../../harness/dotnet/index.ts";
import { newDrawLog, withDrawLog } from "../../harness/dotnet/draw-log.ts";
import { RandomValue } from "../../harness/dotnet/random.ts";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

function draws(seed: string | number, n: number, call: (r: RandomValue) => number): number[] {
  return runInDotnetEnvironment({ instant: 0, randomSeed: seed }, () => {
    const random = new RandomValue();
    return Array.from({ length: n }, () => call(random));
  });
}

describe("Random.Next ranges", () => {
  it("Next() is in [0, int.MaxValue) and spreads over it", () => {
    const values = draws("a", 400, (r) => r.Next());
    for (const v of values) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(INT_MAX);
    }
    expect(Math.max(...values)).toBeGreaterThan(INT_MAX * 0.95);
    expect(Math.min(...values)).toBeLessThan(INT_MAX * 0.05);
  });

  it("Next(maxValue) is in [0, maxValue): each of 10 values about a tenth of 5000 draws", () => {
    const counts = new Array(10).fill(0);
    for (const v of draws(1, 5000, (r) => r.Next(10))) counts[v]++;
    expect(counts.reduce((a, b) => a + b)).toBe(5000);
    for (const c of counts) {
      expect(c).toBeGreaterThan(400);
      expect(c).toBeLessThan(600);
    }
  });

  it("Next(minValue, maxValue) is in [minValue, maxValue), also across zero and the whole int range", () => {
    const small = draws(2, 2000, (r) => r.Next(-3, 2));
    expect(new Set(small)).toEqual(new Set([-3, -2, -1, 0, 1]));
    const wide = draws(3, 400, (r) => r.Next(INT_MIN, INT_MAX));
    for (const v of wide) {
      expect(v).toBeGreaterThanOrEqual(INT_MIN);
      expect(v).toBeLessThan(INT_MAX);
    }
    expect(wide.some((v) => v < INT_MIN / 2)).toBe(true);
    expect(wide.some((v) => v > INT_MAX / 2)).toBe(true);
    expect(draws(4, 50, (r) => r.Next(100, 101))).toEqual(new Array(50).fill(100));
  });

  it("an empty range gives its bound without a draw; Next(1) is always 0", () => {
    const log = newDrawLog();
    const values = runInDotnetEnvironment({ instant: 0 }, () =>
      withDrawLog(log, () => {
        const r = new RandomValue();
        return [r.Next(0), r.Next(5, 5), r.Next(-7, -7), r.Next(1)];
      }),
    );
    expect(values).toEqual([0, 5, -7, 0]);
    expect(log.randoms).toEqual([[0, 1, 0]]);
  });

  it("throws ArgumentOutOfRangeException for a negative maxValue and for minValue > maxValue", () => {
    const r = new RandomValue();
    expect(() => r.Next(-1)).toThrow(
      new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero."),
    );
    expect(() => r.Next(6, 5)).toThrow(
      new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue."),
    );
    expect(() => r.Next(0, -1)).toThrow(ArgumentOutOfRangeException);
  });
});

describe("Random's seeded sequence", () => {
  it("is the same for the same seed, other for another seed, and shared by every instance", () => {
    const first = draws("s", 20, (r) => r.Next(1000));
    expect(draws("s", 20, (r) => r.Next(1000))).toEqual(first);
    expect(draws("t", 20, (r) => r.Next(1000))).not.toEqual(first);
    // Two instances in one environment continue one sequence (no two Randoms repeat each other).
    const interleaved = runInDotnetEnvironment({ instant: 0, randomSeed: "s" }, () => {
      const [a, b] = [new RandomValue(), new RandomValue()];
      return Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).Next(1000));
    });
    expect(interleaved).toEqual(first.slice(0, 10));
  });

  it("logs every draw with its range and value, in order", () => {
    const log = newDrawLog();
    const values = runInDotnetEnvironment({ instant: 0, randomSeed: 9 }, () =>
      withDrawLog(log, () => {
        const r = new RandomValue();
        return [r.Next(), r.Next(100), r.Next(50, 150)];
      }),
    );
    expect(log.randoms).toEqual([
      [0, INT_MAX, values[0]],
      [0, 100, values[1]],
      [50, 150, values[2]],
    ]);
  });
});
