// A minimal JSON reader and writer for the runner's input (cases) and output (JSON lines).
// mono's default profile here has no System.Runtime.Serialization, and the runner keeps its wire
// format independent of Json.NET (which the expressions reference, in the version Debian ships),
// so this small hand-written pair is the whole wire format support.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ApimHarness
{
    /// <summary>Parses JSON into Dictionary&lt;string, object&gt;, List&lt;object&gt;, string, double, bool and null.</summary>
    public sealed class JsonReader
    {
        private readonly string text;
        private int position;

        private JsonReader(string text) { this.text = text; }

        public static object Parse(string text)
        {
            var reader = new JsonReader(text);
            var value = reader.ReadValue();
            reader.SkipWhitespace();
            if (reader.position != text.Length) throw reader.Error("trailing characters");
            return value;
        }

        private Exception Error(string what) { return new FormatException("JSON: " + what + " at offset " + position); }

        private void SkipWhitespace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        }

        private object ReadValue()
        {
            SkipWhitespace();
            if (position >= text.Length) throw Error("unexpected end");
            var c = text[position];
            if (c == '{') return ReadObject();
            if (c == '[') return ReadArray();
            if (c == '"') return ReadString();
            if (Consume("true")) return true;
            if (Consume("false")) return false;
            if (Consume("null")) return null;
            return ReadNumber();
        }

        private bool Consume(string word)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0) return false;
            position += word.Length;
            return true;
        }

        private void Expect(char c)
        {
            SkipWhitespace();
            if (position >= text.Length || text[position] != c) throw Error("expected '" + c + "'");
            position++;
        }

        private Dictionary<string, object> ReadObject()
        {
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            Expect('{');
            SkipWhitespace();
            if (position < text.Length && text[position] == '}') { position++; return result; }
            while (true)
            {
                SkipWhitespace();
                var key = ReadString();
                Expect(':');
                result[key] = ReadValue();
                SkipWhitespace();
                if (position < text.Length && text[position] == ',') { position++; continue; }
                Expect('}');
                return result;
            }
        }

        private List<object> ReadArray()
        {
            var result = new List<object>();
            Expect('[');
            SkipWhitespace();
            if (position < text.Length && text[position] == ']') { position++; return result; }
            while (true)
            {
                result.Add(ReadValue());
                SkipWhitespace();
                if (position < text.Length && text[position] == ',') { position++; continue; }
                Expect(']');
                return result;
            }
        }

        private string ReadString()
        {
            if (position >= text.Length || text[position] != '"') throw Error("expected a string");
            position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (position >= text.Length) throw Error("unterminated string");
                var c = text[position++];
                if (c == '"') return builder.ToString();
                if (c != '\\') { builder.Append(c); continue; }
                var e = text[position++];
                switch (e)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        builder.Append((char)int.Parse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        position += 4;
                        break;
                    default: throw Error("bad escape");
                }
            }
        }

        private double ReadNumber()
        {
            var start = position;
            while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0) position++;
            if (start == position) throw Error("unexpected character");
            return double.Parse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes JSON text; strings are escaped so that every UTF-16 unit survives (lone surrogates as \u escapes).</summary>
    public sealed class JsonWriter
    {
        private readonly StringBuilder builder = new StringBuilder();
        private bool needComma;

        public override string ToString() { return builder.ToString(); }

        public JsonWriter BeginObject() { Separate(); builder.Append('{'); needComma = false; return this; }
        public JsonWriter EndObject() { builder.Append('}'); needComma = true; return this; }
        public JsonWriter BeginArray() { Separate(); builder.Append('['); needComma = false; return this; }
        public JsonWriter EndArray() { builder.Append(']'); needComma = true; return this; }

        public JsonWriter Name(string name)
        {
            Separate();
            WriteString(name);
            builder.Append(':');
            needComma = false;
            return this;
        }

        public JsonWriter String(string value)
        {
            Separate();
            if (value == null) builder.Append("null"); else WriteString(value);
            needComma = true;
            return this;
        }

        public JsonWriter Bool(bool value) { Separate(); builder.Append(value ? "true" : "false"); needComma = true; return this; }
        public JsonWriter Null() { Separate(); builder.Append("null"); needComma = true; return this; }

        public JsonWriter Number(double value)
        {
            // NaN and infinities are not JSON numbers: written as strings, read back by the TS side.
            if (double.IsNaN(value) || double.IsInfinity(value)) return String(value.ToString(CultureInfo.InvariantCulture) == "NaN" ? "NaN" : (value > 0 ? "Infinity" : "-Infinity"));
            Separate();
            builder.Append(value.ToString("R", CultureInfo.InvariantCulture));
            needComma = true;
            return this;
        }

        public JsonWriter Integer(long value) { Separate(); builder.Append(value.ToString(CultureInfo.InvariantCulture)); needComma = true; return this; }

        private void Separate()
        {
            if (needComma) builder.Append(',');
        }

        private void WriteString(string value)
        {
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20 || char.IsSurrogate(c) || c > 0x7e) builder.Append("\\u").Append(((int)c).ToString("x4"));
                        else builder.Append(c);
                        break;
                }
            }
            builder.Append('"');
        }
    }
}
