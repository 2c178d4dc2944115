// APIM's Authorization for the C# cross-check, as get-authorization-context-policy.md ("Authorization
// object") declares it: `string AccessToken { get; }` and `IReadOnlyDictionary<string, object>
// Claims { get; }`. The harness twin is harness/dotnet/authorization.ts; the token response's
// fields travel as text, so every Claims value is a string here.
using System.Collections.Generic;

namespace ApimModel
{
    public sealed class Authorization
    {
        public string AccessToken { get; private set; }
        public IReadOnlyDictionary<string, object> Claims { get; private set; }

        public Authorization(string accessToken, IDictionary<string, object> claims)
        {
            AccessToken = accessToken;
            Claims = new Dictionary<string, object>(claims);
        }
    }
}
