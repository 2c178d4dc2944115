// Members of Json.NET 13.x (the version APIM runs) that Debian's Json.NET 6.0.8, which the
// cross-check compiles against, lacks: supplied as extension methods, which C# uses only where
// the library has no instance member of that name (so on 13.x the library's own member wins).
using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
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

    /// <summary>
    /// JsonConvert as Json.NET 13.x behaves for the members APIM's expressions call. Generated code
    /// resolves `JsonConvert` to this class (`using ApimModel` sits inside its namespace, before
    /// the file's `using Newtonsoft.Json`). SerializeObject is the library's. DeserializeObject of
    /// a token type follows 13.0.1-13.0.3's source on 6.0.8's JsonTextReader: JsonConvert checks
    /// additional content; JTokenWriter.WritePropertyName removes an earlier property of the same
    /// name before adding (the last duplicate wins, moved to the end; 6.0.8 throws
    /// ArgumentException); JsonWriter.WriteToken throws JsonWriterException on a text that ends
    /// inside a container (6.0.8 returns what it read); CreateJToken gives null for a JSON null
    /// unless T is JToken or JValue and throws JsonSerializationException for a token T cannot
    /// hold (6.0.8: InvalidCastException; Json.NET issue 2484).
    /// </summary>
    public static class JsonConvert
    {
        public static string SerializeObject(object value)
        {
            return Newtonsoft.Json.JsonConvert.SerializeObject(value);
        }

        public static T DeserializeObject<T>(string value) where T : JToken
        {
            if (value == null) throw new ArgumentNullException("value");
            var reader = new JsonTextReader(new StringReader(value));
            if (!reader.Read()) return null;
            JToken token = ReadToken(reader);
            // CreateJToken checks the kind while creating the value (a JSON null is no mismatch),
            // before JsonSerializerInternalReader.Deserialize reads on for additional content.
            bool isNull = token.Type == JTokenType.Null && typeof(T) != typeof(JToken) && typeof(T) != typeof(JValue);
            if (!isNull && !(token is T))
                throw new JsonSerializationException(
                    "Deserialized JSON type '" + token.GetType().FullName + "' is not compatible with expected type '" + typeof(T).FullName + "'.");
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
                throw new JsonSerializationException("Additional text found in JSON string after finishing deserializing object.");
            if (isNull) return null;
            return (T)token;
        }

        static JToken ReadToken(JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonToken.StartObject:
                    var o = new JObject();
                    while (Next(reader) != JsonToken.EndObject)
                    {
                        string name = (string)reader.Value;
                        Next(reader);
                        JToken item = ReadToken(reader);
                        o.Remove(name);
                        o.Add(new JProperty(name, item));
                    }
                    return o;
                case JsonToken.StartArray:
                    var a = new JArray();
                    while (Next(reader) != JsonToken.EndArray) a.Add(ReadToken(reader));
                    return a;
                case JsonToken.Null:
                    return JValue.CreateNull();
                default:
                    return new JValue(reader.Value);
            }
        }

        static JsonToken Next(JsonReader reader)
        {
            if (!reader.Read()) throw new JsonWriterException("Unexpected end when reading token.");
            return reader.TokenType;
        }
    }
}
