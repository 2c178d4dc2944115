// APIM's Jwt and the string extensions AsJwt() / TryParseJwt(out Jwt) for the C# cross-check,
// member for member as Microsoft's expression reference lists them (api-management-policy-
// expressions.md: Jwt, AsJwt, TryParseJwt, Jwt.Claims.GetValueOrDefault, which is the model's
// GetValueOrDefault over IReadOnlyDictionary<string, string[]> in extensions.cs). Parsing follows
// the harness twin (harness/dotnet/jwt.ts): a compact JWS of three Base64url parts whose header
// and payload are JSON objects, else null; claims as strings (arrays one per element, other
// values as their JSON text); iat/nbf/exp as UTC DateTimes of whole seconds.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ApimHarness;

namespace ApimModel
{
    public sealed class Jwt
    {
        public string Algorithm { get; private set; }
        public string Type { get; private set; }
        public string Id { get; private set; }
        public string Issuer { get; private set; }
        public string Subject { get; private set; }
        public IEnumerable<string> Audiences { get; private set; }
        public DateTime? IssuedAt { get; private set; }
        public DateTime? NotBefore { get; private set; }
        public DateTime? ExpirationTime { get; private set; }
        public IReadOnlyDictionary<string, string[]> Claims { get; private set; }

        private Jwt() { }

        private static bool IsBase64Url(string part)
        {
            foreach (var c in part)
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                    return false;
            return true;
        }

        private static Dictionary<string, object> DecodeObject(string part)
        {
            if (part.Length == 0 || !IsBase64Url(part) || part.Length % 4 == 1) return null;
            var base64 = part.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
                return JsonReader.Parse(text) as Dictionary<string, object>;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        internal static Jwt Parse(string text)
        {
            if (text == null) return null;
            var parts = text.Split('.');
            if (parts.Length != 3) return null;
            var header = DecodeObject(parts[0]);
            var payload = DecodeObject(parts[1]);
            if (header == null || payload == null || !IsBase64Url(parts[2])) return null;
            var claims = new Dictionary<string, string[]>();
            foreach (var pair in payload) claims[pair.Key] = ClaimStrings(pair.Value).ToArray();
            object aud;
            return new Jwt
            {
                Algorithm = StringOf(header, "alg"),
                Type = StringOf(header, "typ"),
                Id = StringOf(payload, "jti"),
                Issuer = StringOf(payload, "iss"),
                Subject = StringOf(payload, "sub"),
                Audiences = payload.TryGetValue("aud", out aud) ? ClaimStrings(aud).ToArray() : new string[0],
                IssuedAt = DateOf(payload, "iat"),
                NotBefore = DateOf(payload, "nbf"),
                ExpirationTime = DateOf(payload, "exp"),
                Claims = claims,
            };
        }

        private static string StringOf(Dictionary<string, object> json, string name)
        {
            object value;
            return json.TryGetValue(name, out value) ? value as string : null;
        }

        private static DateTime? DateOf(Dictionary<string, object> json, string name)
        {
            object value;
            if (!json.TryGetValue(name, out value) || !(value is double)) return null;
            var seconds = (long)Math.Truncate((double)value);
            return new DateTime(621355968000000000L + seconds * 10000000L, DateTimeKind.Utc);
        }

        private static IEnumerable<string> ClaimStrings(object value)
        {
            var list = value as List<object>;
            if (list != null) return list.SelectMany(ClaimStrings);
            if (value is string) return new[] { (string)value };
            if (value == null) return new[] { "" };
            return new[] { JsonText(value) };
        }

        // JSON text as JavaScript's JSON.stringify writes it (numbers: shortest round trip).
        private static string JsonText(object value)
        {
            if (value == null) return "null";
            if (value is bool) return (bool)value ? "true" : "false";
            if (value is double) return ((double)value).ToString("R", CultureInfo.InvariantCulture);
            var text = value as string;
            if (text != null)
            {
                var builder = new StringBuilder("\"");
                foreach (var c in text)
                {
                    if (c == '"') builder.Append("\\\"");
                    else if (c == '\\') builder.Append("\\\\");
                    else if (c == '\n') builder.Append("\\n");
                    else if (c == '\r') builder.Append("\\r");
                    else if (c == '\t') builder.Append("\\t");
                    else if (c == '\b') builder.Append("\\b");
                    else if (c == '\f') builder.Append("\\f");
                    else if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4"));
                    else builder.Append(c);
                }
                return builder.Append('"').ToString();
            }
            var list = value as List<object>;
            if (list != null) return "[" + string.Join(",", list.Select(JsonText)) + "]";
            var map = (Dictionary<string, object>)value;
            return "{" + string.Join(",", map.Select(pair => JsonText(pair.Key) + ":" + JsonText(pair.Value))) + "}";
        }
    }

    public static class JwtExtensions
    {
        /// <summary>The token as a Jwt when the string is a valid JWT, otherwise null.</summary>
        public static Jwt AsJwt(this string input)
        {
            return Jwt.Parse(input);
        }

        /// <summary>true and the Jwt when the string is a valid JWT; otherwise false and null.</summary>
        public static bool TryParseJwt(this string input, out Jwt result)
        {
            result = Jwt.Parse(input);
            return result != null;
        }
    }
}
