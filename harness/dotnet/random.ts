// System.Random with a deterministic sequence: the n-th Next call in an environment draws from
// SHA-256(randomSeed, n), so harness runs are reproducible (issue 13 item 5: "the harness takes a
// seed ... so tests are deterministic; the C# replay feeds the recorded values"). Every draw is
// written to the evaluation's log (draw-log.ts) with its range; the C# replay returns the same
// values (harness/crosscheck/random-rewrite.ts, model/replay-randoms.cs). The distribution is
// uniform over the range, as the "Random.Next" pages promise; .NET's own generator (and .NET
// Framework's habit of giving Randoms made in the same tick the same sequence) is not simulated:
// a policy cannot rely on either.
import { createHash } from "node:crypto";
import { currentDrawLog } from "./draw-log.ts";
import { currentEnvironment } from "./environment.ts";
import { ArgumentOutOfRangeException } from "./exceptions.ts";

const INT_MAX = 2147483647;

/** A number in [0, 1) from the environment's seeded sequence. */
function nextFraction(): number {
  const env = currentEnvironment();
  const index = env.randomCounter.value++;
  const digest = createHash("sha256").update(`${env.randomSeed}\u0000${index}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

function draw(min: number, max: number): number {
  const value = min + Math.floor(nextFraction() * (max - min));
  currentDrawLog()?.randoms.push([min, max, value]);
  return value;
}

/** A System.Random instance (`new Random()`); every instance draws from the environment's sequence. */
export class RandomValue {
  /**
   * Next() is in [0, int.MaxValue); Next(maxValue) in [0, maxValue) and throws
   * ArgumentOutOfRangeException for a negative maxValue; Next(minValue, maxValue) in
   * [minValue, maxValue) and throws ArgumentOutOfRangeException when minValue > maxValue; an
   * empty range gives its bound ("Random.Next Method", learn.microsoft.com, each overload's
   * Returns and Exceptions sections).
   */
  Next(first?: number, second?: number): number {
    if (first === undefined) return draw(0, INT_MAX);
    if (second === undefined) {
      if (first < 0)
        throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
      return first === 0 ? 0 : draw(0, first);
    }
    if (first > second)
      throw new ArgumentOutOfRangeException(
        "minValue",
        "'minValue' cannot be greater than maxValue.",
      );
    return first === second ? first : draw(first, second);
  }
}
