// The C# model of APIM's expression `context` (IProxyRequestContext and the interfaces it
// exposes), member for member as src/context/context.ts declares it, with APIM's own interface
// names (Microsoft's I-prefixed names, so the emitted C# compiles against the same shapes it
// meets on a gateway). Plain C# 7 for mono's mcs; embedded into every cross-check compile.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Security.Cryptography.X509Certificates;

namespace ApimModel
{
    public interface IUrl
    {
        string Host { get; }
        string Path { get; }
        int Port { get; }
        IReadOnlyDictionary<string, string[]> Query { get; }
        string QueryString { get; }
        string Scheme { get; }
    }

    public interface IMessageBody
    {
        T As<T>(bool preserveContent = false);
    }

    public interface IRequest
    {
        IMessageBody Body { get; }
        X509Certificate2 Certificate { get; }
        IReadOnlyDictionary<string, string[]> Headers { get; }
        string IpAddress { get; }
        IReadOnlyDictionary<string, string> MatchedParameters { get; }
        string Method { get; }
        IUrl OriginalUrl { get; }
        IUrl Url { get; }
    }

    public interface IResponse
    {
        IMessageBody Body { get; }
        IReadOnlyDictionary<string, string[]> Headers { get; }
        int StatusCode { get; }
        string StatusReason { get; }
    }

    public interface IApi
    {
        string Id { get; }
        string Name { get; }
        string Path { get; }
        string Revision { get; }
        IUrl ServiceUrl { get; }
        string Version { get; }
        bool IsCurrentRevision { get; }
    }

    public interface IDeployment
    {
        string GatewayId { get; }
        string Region { get; }
        string ServiceId { get; }
        string ServiceName { get; }
        IReadOnlyDictionary<string, X509Certificate2> Certificates { get; }
    }

    public interface ILastError
    {
        string Source { get; }
        string Reason { get; }
        string Message { get; }
        string Scope { get; }
        string Section { get; }
        string Path { get; }
        string PolicyId { get; }
    }

    public interface IOperation
    {
        string Id { get; }
        string Method { get; }
        string Name { get; }
        string UrlTemplate { get; }
    }

    public interface IProduct
    {
        string Id { get; }
        string Name { get; }
        bool ApprovalRequired { get; }
        bool SubscriptionRequired { get; }
        int? SubscriptionLimit { get; }
    }

    public interface ISubscription
    {
        string Id { get; }
        string Key { get; }
        string Name { get; }
        string PrimaryKey { get; }
        string SecondaryKey { get; }
        DateTime CreatedDate { get; }
    }

    public interface IUser
    {
        string Id { get; }
        string Email { get; }
        string FirstName { get; }
        string LastName { get; }
        string Note { get; }
        DateTime RegistrationDate { get; }
    }

    public interface IWorkspace
    {
        string Id { get; }
        string Name { get; }
    }

    public interface IProxyRequestContext
    {
        IApi Api { get; }
        IDeployment Deployment { get; }
        TimeSpan Elapsed { get; }
        ILastError LastError { get; }
        IOperation Operation { get; }
        IProduct Product { get; }
        IRequest Request { get; }
        Guid RequestId { get; }
        IResponse Response { get; }
        ISubscription Subscription { get; }
        DateTime Timestamp { get; }
        bool Tracing { get; }
        IUser User { get; }
        IReadOnlyDictionary<string, object> Variables { get; }
        IWorkspace Workspace { get; }
        void Trace(string message);
    }

    // ---- Implementations: plain data filled by the case loader (ApimHarness.CaseLoader). ----

    public sealed class Url : IUrl
    {
        public string Host { get; set; } = "localhost";
        public string Path { get; set; } = "/";
        public int Port { get; set; } = 443;
        public IReadOnlyDictionary<string, string[]> Query { get; set; } = Dictionaries.Headers(null);
        public string QueryString { get; set; } = "";
        public string Scheme { get; set; } = "https";

        // IUrl.ToString() in APIM prints the absolute URL; the default port is left out.
        public override string ToString()
        {
            var defaultPort = (Scheme == "https" && Port == 443) || (Scheme == "http" && Port == 80);
            return Scheme + "://" + Host + (defaultPort ? "" : ":" + Port) + Path + QueryString;
        }
    }

    public sealed class MessageBody : IMessageBody
    {
        private readonly string content;
        private bool consumed;

        // `consumed`: the case describes a body an earlier expression already read (the replay
        // starts each evaluation from the recorded state, so the first read happened elsewhere).
        public MessageBody(string content, bool consumed = false)
        {
            this.content = content;
            this.consumed = consumed;
        }

        // APIM: reading without preserveContent consumes the body. What a second read does is not
        // documented (harness/apim/message-body.ts): the harness refuses it, and so does the model.
        // JSON: Json.NET's reader; APIM's message for text that is not JSON (azure-docs#95956).
        public T As<T>(bool preserveContent = false)
        {
            if (consumed) throw new NotSupportedException("apim-ts does not model a second read of a consumed body (APIM does not document it).");
            if (!preserveContent) consumed = true;
            if (typeof(T) == typeof(string)) return (T)(object)content;
            if (typeof(T) == typeof(byte[])) return (T)(object)System.Text.Encoding.UTF8.GetBytes(content);
            try
            {
                if (typeof(T) == typeof(Newtonsoft.Json.Linq.JObject)) return (T)(object)Newtonsoft.Json.Linq.JObject.Parse(content);
                if (typeof(T) == typeof(Newtonsoft.Json.Linq.JArray)) return (T)(object)Newtonsoft.Json.Linq.JArray.Parse(content);
                if (typeof(T) == typeof(Newtonsoft.Json.Linq.JToken)) return (T)(object)Newtonsoft.Json.Linq.JToken.Parse(content);
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                throw new Newtonsoft.Json.JsonReaderException("The message body is not a valid JSON. " + e.Message);
            }
            // XML with LoadOptions.None (white space between elements dropped), as the harness
            // reads it (harness/apim/message-body.ts); malformed XML is refused there, not compared.
            if (typeof(T) == typeof(System.Xml.Linq.XDocument)) return (T)(object)System.Xml.Linq.XDocument.Parse(content);
            if (typeof(T) == typeof(System.Xml.Linq.XElement)) return (T)(object)System.Xml.Linq.XElement.Parse(content);
            throw new NotSupportedException("Body.As<" + typeof(T).Name + ">: the C# model reads bodies as string, byte[], JObject, JArray, JToken, XDocument or XElement.");
        }
    }

    public sealed class Request : IRequest
    {
        public IMessageBody Body { get; set; }
        public X509Certificate2 Certificate { get; set; }
        public IReadOnlyDictionary<string, string[]> Headers { get; set; } = Dictionaries.Headers(null);
        public string IpAddress { get; set; } = "127.0.0.1";
        public IReadOnlyDictionary<string, string> MatchedParameters { get; set; } = Dictionaries.Of<string>(null, StringComparer.OrdinalIgnoreCase);
        public string Method { get; set; } = "GET";
        public IUrl OriginalUrl { get; set; } = new Url();
        public IUrl Url { get; set; } = new Url();
    }

    public sealed class Response : IResponse
    {
        public IMessageBody Body { get; set; }
        public IReadOnlyDictionary<string, string[]> Headers { get; set; } = Dictionaries.Headers(null);
        public int StatusCode { get; set; } = 200;
        public string StatusReason { get; set; } = "OK";
    }

    public sealed class Api : IApi
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Path { get; set; } = "";
        public string Revision { get; set; } = "1";
        public IUrl ServiceUrl { get; set; } = new Url();
        public string Version { get; set; }
        public bool IsCurrentRevision { get; set; } = true;
    }

    public sealed class Deployment : IDeployment
    {
        public string GatewayId { get; set; } = "managed";
        public string Region { get; set; } = "West Europe";
        public string ServiceId { get; set; } = "";
        public string ServiceName { get; set; } = "";
        public IReadOnlyDictionary<string, X509Certificate2> Certificates { get; set; } = Dictionaries.Of<X509Certificate2>(null, StringComparer.Ordinal);
    }

    public sealed class LastError : ILastError
    {
        public string Source { get; set; }
        public string Reason { get; set; }
        public string Message { get; set; }
        public string Scope { get; set; }
        public string Section { get; set; }
        public string Path { get; set; }
        public string PolicyId { get; set; }
    }

    public sealed class Operation : IOperation
    {
        public string Id { get; set; } = "";
        public string Method { get; set; } = "GET";
        public string Name { get; set; } = "";
        public string UrlTemplate { get; set; } = "/";
    }

    public sealed class Product : IProduct
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public bool ApprovalRequired { get; set; }
        public bool SubscriptionRequired { get; set; }
        public int? SubscriptionLimit { get; set; }
    }

    public sealed class Subscription : ISubscription
    {
        public string Id { get; set; } = "";
        public string Key { get; set; } = "";
        public string Name { get; set; } = "";
        public string PrimaryKey { get; set; } = "";
        public string SecondaryKey { get; set; } = "";
        public DateTime CreatedDate { get; set; }
    }

    public sealed class User : IUser
    {
        public string Id { get; set; } = "";
        public string Email { get; set; } = "";
        public string FirstName { get; set; } = "";
        public string LastName { get; set; } = "";
        public string Note { get; set; } = "";
        public DateTime RegistrationDate { get; set; }
    }

    public sealed class Workspace : IWorkspace
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
    }

    public sealed class ProxyRequestContext : IProxyRequestContext
    {
        public IApi Api { get; set; } = new Api();
        public IDeployment Deployment { get; set; } = new Deployment();
        public TimeSpan Elapsed { get; set; }
        public ILastError LastError { get; set; }
        public IOperation Operation { get; set; } = new Operation();
        public IProduct Product { get; set; }
        public IRequest Request { get; set; } = new Request();
        public Guid RequestId { get; set; }
        public IResponse Response { get; set; }
        public ISubscription Subscription { get; set; }
        public DateTime Timestamp { get; set; }
        public bool Tracing { get; set; }
        public IUser User { get; set; }
        public IReadOnlyDictionary<string, object> Variables { get; set; } = Dictionaries.Of<object>(null, StringComparer.Ordinal);
        public IWorkspace Workspace { get; set; }

        /// <summary>Messages written with context.Trace, reported with the case's result.</summary>
        public readonly List<string> Traces = new List<string>();

        public void Trace(string message) { Traces.Add(message); }
    }

    /// <summary>Read-only dictionaries with the key comparison APIM uses for each collection.</summary>
    public static class Dictionaries
    {
        // Header and query names match case-insensitively (docs/context.md; chosen).
        public static IReadOnlyDictionary<string, string[]> Headers(IDictionary<string, string[]> source)
        {
            return Of<string[]>(source, StringComparer.OrdinalIgnoreCase);
        }

        public static IReadOnlyDictionary<string, T> Of<T>(IDictionary<string, T> source, StringComparer comparer)
        {
            var copy = new Dictionary<string, T>(comparer);
            if (source != null) foreach (var pair in source) copy[pair.Key] = pair.Value;
            return new ReadOnlyDictionary<string, T>(copy);
        }
    }
}
