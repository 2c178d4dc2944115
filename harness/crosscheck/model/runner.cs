// The cross-check program's entry point. `run <cases.json> <timeZone>` evaluates each case's
// expression against a context built from its JSON description and prints one JSON line per
// case (value with type tag, or exception type + message); `inspect` prints, per expression,
// the .NET types and members its compiled IL references (for the allow-list check).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using ApimModel;

namespace ApimHarness
{
    public static class Runner
    {
        public static int Main(string[] args)
        {
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            try
            {
                if (args.Length == 1 && args[0] == "inspect") { IlInspector.Report(output); return 0; }
                if (args.Length == 3 && args[0] == "run") return Run(args[1], args[2], output);
                Console.Error.WriteLine("usage: run <cases.json> <timeZone> | inspect");
                return 2;
            }
            finally { output.Flush(); }
        }

        private static int Run(string casesPath, string timeZone, StreamWriter output)
        {
            // mono silently falls back to UTC for an unknown TZ: refuse to run in the wrong zone.
            if (TimeZoneInfo.Local.Id != timeZone)
            {
                Console.Error.WriteLine("time zone '" + timeZone + "' is not available here (mono uses '" + TimeZoneInfo.Local.Id + "')");
                return 3;
            }
            var expressionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < ApimGenerated.Expressions.Ids.Length; i++) expressionIndex[ApimGenerated.Expressions.Ids[i]] = i;
            var cases = (List<object>)JsonReader.Parse(File.ReadAllText(casesPath, Encoding.UTF8));
            var clock = Stopwatch.StartNew();
            foreach (Dictionary<string, object> item in cases)
            {
                var caseId = (string)item["caseId"];
                var writer = new JsonWriter().BeginObject().Name("caseId").String(caseId);
                ProxyRequestContext context = null;
                try
                {
                    int index;
                    var expressionId = (string)item["expressionId"];
                    if (!expressionIndex.TryGetValue(expressionId, out index)) throw new HarnessError("unknown expression id '" + expressionId + "'");
                    LoadedCase loaded;
                    try { loaded = CaseLoader.Load((Dictionary<string, object>)item["context"]); }
                    catch (Exception e) { throw new HarnessError("bad context description: " + e.GetType().Name + ": " + e.Message); }
                    context = loaded.Context;
                    ApimRuntime.UtcNow = loaded.UtcNow;
                    ApimRuntime.TrustAnchors = loaded.TrustAnchors;
                    Uuid.Start(loaded.Guids);
                    Chance.Start(loaded.Randoms);
                    object value;
                    try
                    {
                        value = ApimGenerated.Expressions.Table[index](context);
                        Uuid.CheckAllUsed();
                        Chance.CheckAllUsed();
                    }
                    catch (Exception e)
                    {
                        writer.Name("exception").BeginObject().Name("type").String(e.GetType().FullName).Name("message").String(e.Message).EndObject();
                        value = null;
                        goto traces;
                    }
                    writer.Name("value");
                    TypedValues.Write(writer, value);
                }
                catch (HarnessError e)
                {
                    // A fault of the description or the harness, never of the expression: reported apart.
                    writer.Name("harnessError").String(e.Message);
                }
            traces:
                if (context != null && context.Traces.Count > 0)
                {
                    writer.Name("traces").BeginArray();
                    foreach (var message in context.Traces) writer.String(message);
                    writer.EndArray();
                }
                output.WriteLine(writer.EndObject().ToString());
            }
            output.WriteLine(new JsonWriter().BeginObject().Name("summary").BeginObject()
                .Name("cases").Integer(cases.Count).Name("chainsBuilt").Integer(ChainVerifier.ChainsBuilt)
                .Name("elapsedMs").Number(clock.Elapsed.TotalMilliseconds).EndObject().EndObject().ToString());
            return 0;
        }
    }

    public sealed class HarnessError : Exception
    {
        public HarnessError(string message) : base(message) { }
    }
}
