// The tagged JSON form of .NET values crossing the TS <-> C# boundary (variables in, results
// out): {"type":"int","value":5}, {"type":"bytes","value":"<base64>"}, {"type":"DateTime",
// "ticks":"638...","kind":"Utc"}, {"type":"IResponse","statusCode":200,...} (variables only) ...
// The TS twin and the schema live in harness/crosscheck/context-description.ts; keep both in step.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace ApimHarness
{
    public static class TypedValues
    {
        public static object Read(object json)
        {
            var tagged = json as Dictionary<string, object>;
            if (tagged == null) throw new FormatException("a typed value must be an object with a \"type\"");
            var type = (string)tagged["type"];
            switch (type)
            {
                case "null": return null;
                case "string": return (string)tagged["value"];
                case "bool": return (bool)tagged["value"];
                case "int":
                    var number = (double)tagged["value"];
                    if (number != Math.Floor(number)) throw new FormatException("an int value must be integral: " + number);
                    return checked((int)number);
                case "long": return long.Parse(Text(tagged["value"]), CultureInfo.InvariantCulture);
                case "double": return ReadDouble(tagged["value"]);
                case "char":
                    var s = (string)tagged["value"];
                    if (s.Length != 1) throw new FormatException("a char value is one UTF-16 unit");
                    return s[0];
                case "bytes": return Convert.FromBase64String((string)tagged["value"]);
                case "DateTime":
                    return new DateTime(long.Parse(Text(tagged["ticks"]), CultureInfo.InvariantCulture), ReadKind(tagged));
                case "TimeSpan": return new TimeSpan(long.Parse(Text(tagged["ticks"]), CultureInfo.InvariantCulture));
                case "Guid": return Guid.Parse((string)tagged["value"]);
                // What send-request stores: the same shape as context.Response, so one loader.
                case "IResponse": return CaseLoader.LoadResponse(tagged);
                // What validate-jwt stores (output-token-variable-name), carried as its compact token.
                case "Jwt": return ApimModel.Jwt.Parse((string)tagged["token"]);
                // What get-authorization-context stores: the access token and the token response's fields.
                case "Authorization":
                    return new ApimModel.Authorization(
                        (string)tagged["accessToken"], (Dictionary<string, object>)tagged["claims"]);
                default: throw new FormatException("unknown typed value \"" + type + "\"");
            }
        }

        // Large integers travel as decimal strings (JSON numbers lose precision above 2^53).
        private static string Text(object value)
        {
            return value is string ? (string)value : ((double)value).ToString("R", CultureInfo.InvariantCulture);
        }

        private static double ReadDouble(object value)
        {
            if (value is double) return (double)value;
            switch ((string)value)
            {
                case "NaN": return double.NaN;
                case "Infinity": return double.PositiveInfinity;
                case "-Infinity": return double.NegativeInfinity;
                default: throw new FormatException("bad double " + value);
            }
        }

        private static DateTimeKind ReadKind(Dictionary<string, object> tagged)
        {
            object kind;
            if (!tagged.TryGetValue("kind", out kind) || kind == null) return DateTimeKind.Utc;
            return (DateTimeKind)Enum.Parse(typeof(DateTimeKind), (string)kind);
        }

        /// <summary>Writes a result value with its type tag; values without a tag become "object".</summary>
        public static void Write(JsonWriter writer, object value)
        {
            writer.BeginObject();
            if (value == null) writer.Name("type").String("null");
            else if (value is string) writer.Name("type").String("string").Name("value").String((string)value);
            else if (value is bool) writer.Name("type").String("bool").Name("value").Bool((bool)value);
            else if (value is int) writer.Name("type").String("int").Name("value").Integer((int)value);
            else if (value is long) writer.Name("type").String("long").Name("value").String(((long)value).ToString(CultureInfo.InvariantCulture));
            else if (value is double) writer.Name("type").String("double").Name("value").Number((double)value);
            else if (value is char) writer.Name("type").String("char").Name("value").String(value.ToString());
            else if (value is byte[]) writer.Name("type").String("bytes").Name("value").String(Convert.ToBase64String((byte[])value));
            else if (value is DateTime)
            {
                var d = (DateTime)value;
                writer.Name("type").String("DateTime").Name("ticks").String(d.Ticks.ToString(CultureInfo.InvariantCulture)).Name("kind").String(d.Kind.ToString());
            }
            else if (value is TimeSpan) writer.Name("type").String("TimeSpan").Name("ticks").String(((TimeSpan)value).Ticks.ToString(CultureInfo.InvariantCulture));
            else if (value is DateTimeOffset)
            {
                var o = (DateTimeOffset)value;
                writer.Name("type").String("DateTimeOffset").Name("utcTicks").String(o.UtcTicks.ToString(CultureInfo.InvariantCulture))
                    .Name("offset").String(((long)o.Offset.TotalMinutes).ToString(CultureInfo.InvariantCulture));
            }
            else if (value is Guid) writer.Name("type").String("Guid").Name("value").String(((Guid)value).ToString("D"));
            else if (value is string[])
            {
                writer.Name("type").String("string[]").Name("value").BeginArray();
                foreach (var item in (string[])value) writer.String(item);
                writer.EndArray();
            }
            else writer.Name("type").String("object").Name("clrType").String(value.GetType().FullName).Name("text").String(value.ToString());
            writer.EndObject();
        }
    }
}
