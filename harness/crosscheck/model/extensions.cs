// APIM's extension methods available in expressions: GetValueOrDefault on headers, query,
// matched parameters and variables, and X509Certificate2.VerifyNoRevocation(). Their inputs
// beyond the receiver (trust anchors, the instant) come from ApimRuntime, the per-case state.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace ApimModel
{
    public static class ContextExtensions
    {
        /// <summary>Headers and query parameters: values joined with "," (no space), or the default.</summary>
        public static string GetValueOrDefault(this IReadOnlyDictionary<string, string[]> dictionary, string name, string defaultValue = null)
        {
            string[] values;
            // The model's dictionaries compare names case-insensitively already; TryGetValue
            // keeps that comparer, so a dictionary built elsewhere keeps its own rule.
            if (name != null && dictionary.TryGetValue(name, out values) && values != null)
                return string.Join(",", values);
            return defaultValue;
        }

        /// <summary>Matched template parameters.</summary>
        public static string GetValueOrDefault(this IReadOnlyDictionary<string, string> dictionary, string name, string defaultValue = null)
        {
            string value;
            if (name != null && dictionary.TryGetValue(name, out value)) return value;
            return defaultValue;
        }

        /// <summary>
        /// Variables: the stored value as a T, the default when the name is missing. A stored value
        /// that is not a T throws InvalidCastException, as APIM does (an unboxing cast: an int is
        /// not a long, a string "20" is not an int).
        /// </summary>
        public static T GetValueOrDefault<T>(this IReadOnlyDictionary<string, object> dictionary, string name, T defaultValue = default(T))
        {
            object value;
            if (name == null || !dictionary.TryGetValue(name, out value)) return defaultValue;
            return (T)value;
        }

        /// <summary>
        /// APIM's VerifyNoRevocation(): a chain to one of the scenario's CA certificates (the only
        /// trust anchors), signatures and validity of every element at the virtual clock's instant,
        /// no revocation check. Memoized: mono's X509Chain.Build costs ~20-40 ms.
        /// </summary>
        public static bool VerifyNoRevocation(this X509Certificate2 certificate)
        {
            if (certificate == null) throw new ArgumentNullException("certificate");
            return ChainVerifier.Verify(certificate, ApimRuntime.TrustAnchors, ApimRuntime.UtcNow);
        }
    }

    /// <summary>Chain building with the scenario's anchors; results memoized per certificate, anchors and instant.</summary>
    public static class ChainVerifier
    {
        private static readonly Dictionary<string, bool> memo = new Dictionary<string, bool>();

        /// <summary>How many chains were actually built (the rest came from the memo).</summary>
        public static int ChainsBuilt;

        public static bool Verify(X509Certificate2 certificate, IList<X509Certificate2> anchors, DateTime utcNow)
        {
            var key = certificate.Thumbprint + "|" + utcNow.Ticks + "|" + string.Join(",", anchors.Select(a => a.Thumbprint));
            bool result;
            if (memo.TryGetValue(key, out result)) return result;
            result = Build(certificate, anchors, utcNow);
            memo[key] = result;
            return result;
        }

        private static bool Build(X509Certificate2 certificate, IList<X509Certificate2> anchors, DateTime utcNow)
        {
            // v2 tiers and Consumption: no CA certificates can be uploaded, nothing chains.
            if (anchors.Count == 0) return false;
            ChainsBuilt++;
            using (var chain = new X509Chain(false))
            {
                // mono has no CustomRootTrust: the anchors go into ExtraStore, an unknown root is
                // allowed, and the root actually reached must then be one of the anchors (a chain
                // that stops early or ends at a machine root is refused below).
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
                chain.ChainPolicy.VerificationTime = utcNow.ToLocalTime();
                foreach (var anchor in anchors) chain.ChainPolicy.ExtraStore.Add(anchor);
                if (!chain.Build(certificate)) return false;
                var elements = chain.ChainElements;
                var root = elements[elements.Count - 1].Certificate;
                return anchors.Any(a => a.Thumbprint == root.Thumbprint);
            }
        }
    }

    /// <summary>Per-case state the model reads: the virtual clock and the CA store.</summary>
    public static class ApimRuntime
    {
        /// <summary>The instant DateTime.Now / UtcNow stand for (Kind Utc).</summary>
        public static DateTime UtcNow = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>CA certificates uploaded to the service: the only trust anchors of VerifyNoRevocation.</summary>
        public static IList<X509Certificate2> TrustAnchors = new List<X509Certificate2>();
    }

    /// <summary>
    /// The virtual clock. The emitted C# is rewritten before compiling (harness/crosscheck/clock-rewrite.ts):
    /// the token `DateTime` in `DateTime.Now`, `DateTime.UtcNow` and `DateTime.Today` becomes
    /// `ApimTime` (same length, so diagnostics keep their columns), `DateTimeOffset.Now/UtcNow`
    /// becomes `ApimTimeOffset`. Local time is the process's time zone, which the runner sets
    /// from the case (TZ), so X509Certificate2.NotBefore/NotAfter are local to the same zone.
    /// </summary>
    public static class ApimTime
    {
        public static DateTime Now { get { return TimeZoneInfo.ConvertTimeFromUtc(ApimRuntime.UtcNow, TimeZoneInfo.Local); } }
        public static DateTime UtcNow { get { return ApimRuntime.UtcNow; } }
        public static DateTime Today { get { return Now.Date; } }
    }

    /// <summary>DateTimeOffset.Now / UtcNow on the virtual clock (see ApimTime).</summary>
    public static class ApimTimeOffset
    {
        public static DateTimeOffset Now { get { return new DateTimeOffset(ApimTime.Now); } }
        public static DateTimeOffset UtcNow { get { return new DateTimeOffset(ApimRuntime.UtcNow); } }
    }
}
