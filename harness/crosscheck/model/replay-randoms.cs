// System.Random in the replay. The harness's Random draws from a seeded sequence (harness/dotnet/
// random.ts), so tests are deterministic; the evaluation records each Next call's range and value
// (the case's "randoms") and in the cross-check program the type token `Random` is rewritten to
// `Chance` (harness/crosscheck/random-rewrite.ts: same length, so diagnostics keep their line and
// column). Chance checks its arguments as System.Random does (ArgumentOutOfRangeException, an
// empty range gives its bound without a draw, as the harness) and returns the recorded values in
// order. Drawing more or fewer times than the harness, or from another range, means the C# did
// not do what the TypeScript did: RandomReplayMismatchException, a divergence.
using System;
using System.Collections.Generic;

namespace ApimModel
{
    /// <summary>The recorded draws of the case being run, in place of System.Random.</summary>
    public sealed class Chance
    {
        private static IList<int[]> recorded = new List<int[]>();
        private static int next;

        /// <summary>Starts a case: `draws` are [min, max, value] of the harness's Next calls, in order.</summary>
        public static void Start(IList<int[]> draws)
        {
            recorded = draws;
            next = 0;
        }

        /// <summary>After the expression: the C# must have drawn every number the harness drew.</summary>
        public static void CheckAllUsed()
        {
            if (next < recorded.Count)
                throw new RandomReplayMismatchException(
                    "the C# called Random.Next " + next + " time(s), the harness's TypeScript " + recorded.Count);
        }

        /// <summary>Random.Next(): in [0, int.MaxValue).</summary>
        public int Next()
        {
            return Draw(0, int.MaxValue);
        }

        /// <summary>Random.Next(maxValue): in [0, maxValue).</summary>
        public int Next(int maxValue)
        {
            if (maxValue < 0)
                throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return maxValue == 0 ? 0 : Draw(0, maxValue);
        }

        /// <summary>Random.Next(minValue, maxValue): in [minValue, maxValue).</summary>
        public int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue)
                throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            return minValue == maxValue ? minValue : Draw(minValue, maxValue);
        }

        private static int Draw(int min, int max)
        {
            if (next >= recorded.Count)
                throw new RandomReplayMismatchException(
                    "the C# called Random.Next " + (next + 1) + " time(s), the harness's TypeScript " + recorded.Count);
            var draw = recorded[next++];
            if (draw[0] != min || draw[1] != max)
                throw new RandomReplayMismatchException(
                    "the C# drew from [" + min + ", " + max + "), the harness's TypeScript from [" + draw[0] + ", " + draw[1] + ")");
            return draw[2];
        }
    }

    /// <summary>The C# and the harness called Random.Next a different number of times or with other ranges.</summary>
    public sealed class RandomReplayMismatchException : Exception
    {
        public RandomReplayMismatchException(string message) : base(message) { }
    }
}
