// Members of Json.NET 13.x (the version APIM runs) that Debian's Json.NET 6.0.8, which the
// cross-check compiles against, lacks: supplied as extension methods, which C# uses only where
// the library has no instance member of that name (so on 13.x the library's own member wins).
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace ApimModel
{
    public static class JsonVersionExtensions
    {
        /// <summary>JObject.ContainsKey (Json.NET 11.0.1+): whether a property of exactly that name exists.</summary>
        public static bool ContainsKey(this JObject o, string propertyName)
        {
            return ((IDictionary<string, JToken>)o).ContainsKey(propertyName);
        }
    }
}
