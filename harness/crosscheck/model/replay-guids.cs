// Guid.NewGuid() in the replay. The harness's Guid.NewGuid() is a seeded sequence (harness/dotnet/
// guid.ts), so tests are deterministic; the evaluation records the GUIDs it returned (the case's
// "guids") and in the cross-check program the token `Guid` of `Guid.NewGuid()` is rewritten to
// `Uuid` (harness/crosscheck/guid-rewrite.ts: same length, so diagnostics keep their line and
// column, whatever the spacing), whose NewGuid() returns them in order. Asking for more GUIDs than the harness made, or fewer, means the C#
// did not do what the TypeScript did: the case ends in GuidReplayMismatchException, which the
// replay reports as a divergence (the TypeScript side never throws it).
using System;
using System.Collections.Generic;

namespace ApimModel
{
    /// <summary>The recorded GUIDs of the case being run, in place of System.Guid.NewGuid().</summary>
    public static class Uuid
    {
        private static IList<Guid> recorded = new List<Guid>();
        private static int next;

        /// <summary>Starts a case: `guids` are what the harness's Guid.NewGuid() returned, in order.</summary>
        public static void Start(IList<Guid> guids)
        {
            recorded = guids;
            next = 0;
        }

        /// <summary>Guid.NewGuid(): the next recorded GUID.</summary>
        public static Guid NewGuid()
        {
            if (next >= recorded.Count)
                throw new GuidReplayMismatchException(
                    "the C# called Guid.NewGuid() " + (next + 1) + " time(s), the harness's TypeScript " + recorded.Count);
            return recorded[next++];
        }

        /// <summary>After the expression: the C# must have used every GUID the harness made.</summary>
        public static void CheckAllUsed()
        {
            if (next < recorded.Count)
                throw new GuidReplayMismatchException(
                    "the C# called Guid.NewGuid() " + next + " time(s), the harness's TypeScript " + recorded.Count);
        }
    }

    /// <summary>The C# and the harness called Guid.NewGuid() a different number of times.</summary>
    public sealed class GuidReplayMismatchException : Exception
    {
        public GuidReplayMismatchException(string message) : base(message) { }
    }
}
