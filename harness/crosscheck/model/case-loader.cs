// Builds the model's context (ProxyRequestContext) and the per-case runtime state (clock, CA
// store) from a case's JSON context description. The schema is documented in
// harness/crosscheck/context-description.ts; every member is optional except "now".
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using ApimModel;

namespace ApimHarness
{
    public sealed class LoadedCase
    {
        public ProxyRequestContext Context;
        public DateTime UtcNow;
        public List<X509Certificate2> TrustAnchors;
        /// <summary>What Guid.NewGuid() returned in the harness during the evaluation, in order.</summary>
        public List<Guid> Guids;
        /// <summary>What Random.Next returned in the harness, in order: [min, max, value] each.</summary>
        public List<int[]> Randoms;
    }

    public static class CaseLoader
    {
        // Certificates recur across cases (same client, same CA): parse each DER once.
        private static readonly Dictionary<string, X509Certificate2> certificates = new Dictionary<string, X509Certificate2>();

        public static LoadedCase Load(Dictionary<string, object> d)
        {
            var utcNow = Instant(Str(d, "now", null) ?? throw new FormatException("context.now is required"));
            var context = new ProxyRequestContext
            {
                Timestamp = Str(d, "timestamp", null) == null ? utcNow : Instant(Str(d, "timestamp", null)),
                RequestId = Guid.Parse(Str(d, "requestId", "00000000-0000-0000-0000-000000000000")),
                Elapsed = new TimeSpan(long.Parse(Str(d, "elapsed", "0"), CultureInfo.InvariantCulture)),
                Tracing = Bool(d, "tracing", false),
            };
            var request = Obj(d, "request");
            if (request != null) context.Request = LoadRequest(request);
            if (Has(d, "response")) context.Response = Obj(d, "response") == null ? null : LoadResponse(Obj(d, "response"));
            else context.Response = new Response();
            var variables = Obj(d, "variables");
            if (variables != null)
                context.Variables = Dictionaries.Of(variables.ToDictionary(p => p.Key, p => TypedValues.Read(p.Value)), StringComparer.Ordinal);
            var deployment = Obj(d, "deployment");
            if (deployment != null) context.Deployment = LoadDeployment(deployment);
            var api = Obj(d, "api");
            if (api != null)
                context.Api = new Api
                {
                    Id = Str(api, "id", ""), Name = Str(api, "name", ""), Path = Str(api, "path", ""),
                    Revision = Str(api, "revision", "1"), Version = Str(api, "version", null),
                    IsCurrentRevision = Bool(api, "isCurrentRevision", true),
                    ServiceUrl = Obj(api, "serviceUrl") == null ? new Url() : LoadUrl(Obj(api, "serviceUrl")),
                };
            var operation = Obj(d, "operation");
            if (operation != null)
                context.Operation = new Operation { Id = Str(operation, "id", ""), Method = Str(operation, "method", "GET"), Name = Str(operation, "name", ""), UrlTemplate = Str(operation, "urlTemplate", "/") };
            var product = Obj(d, "product");
            if (product != null)
                context.Product = new Product
                {
                    Id = Str(product, "id", ""), Name = Str(product, "name", ""),
                    ApprovalRequired = Bool(product, "approvalRequired", false), SubscriptionRequired = Bool(product, "subscriptionRequired", false),
                    SubscriptionLimit = Has(product, "subscriptionLimit") && product["subscriptionLimit"] != null ? (int?)checked((int)(double)product["subscriptionLimit"]) : null,
                };
            var subscription = Obj(d, "subscription");
            if (subscription != null)
                context.Subscription = new Subscription
                {
                    Id = Str(subscription, "id", ""), Key = Str(subscription, "key", ""), Name = Str(subscription, "name", ""),
                    PrimaryKey = Str(subscription, "primaryKey", ""), SecondaryKey = Str(subscription, "secondaryKey", ""),
                    CreatedDate = Instant(Str(subscription, "createdDate", "0001-01-01T00:00:00Z")),
                };
            var user = Obj(d, "user");
            if (user != null)
                context.User = new User
                {
                    Id = Str(user, "id", ""), Email = Str(user, "email", ""), FirstName = Str(user, "firstName", ""),
                    LastName = Str(user, "lastName", ""), Note = Str(user, "note", ""),
                    RegistrationDate = Instant(Str(user, "registrationDate", "0001-01-01T00:00:00Z")),
                };
            var workspace = Obj(d, "workspace");
            if (workspace != null) context.Workspace = new Workspace { Id = Str(workspace, "id", ""), Name = Str(workspace, "name", "") };
            var lastError = Obj(d, "lastError");
            if (lastError != null)
                context.LastError = new LastError
                {
                    Source = Str(lastError, "source", null), Reason = Str(lastError, "reason", null), Message = Str(lastError, "message", null),
                    Scope = Str(lastError, "scope", null), Section = Str(lastError, "section", null), Path = Str(lastError, "path", null),
                    PolicyId = Str(lastError, "policyId", null),
                };
            var anchors = new List<X509Certificate2>();
            object trusted;
            if (d.TryGetValue("trustedCaCertificates", out trusted) && trusted != null)
                foreach (var der in (List<object>)trusted) anchors.Add(Certificate((string)der));
            var guids = new List<Guid>();
            object recorded;
            if (d.TryGetValue("guids", out recorded) && recorded != null)
                foreach (var text in (List<object>)recorded) guids.Add(Guid.Parse((string)text));
            var randoms = new List<int[]>();
            object drawn;
            if (d.TryGetValue("randoms", out drawn) && drawn != null)
                foreach (var draw in (List<object>)drawn)
                {
                    var parts = (List<object>)draw;
                    randoms.Add(new[] { (int)(double)parts[0], (int)(double)parts[1], (int)(double)parts[2] });
                }
            return new LoadedCase { Context = context, UtcNow = utcNow, TrustAnchors = anchors, Guids = guids, Randoms = randoms };
        }

        private static Request LoadRequest(Dictionary<string, object> r)
        {
            var url = Obj(r, "url") == null ? new Url() : LoadUrl(Obj(r, "url"));
            return new Request
            {
                Method = Str(r, "method", "GET"),
                Url = url,
                OriginalUrl = Obj(r, "originalUrl") == null ? url : LoadUrl(Obj(r, "originalUrl")),
                Headers = Headers(Obj(r, "headers")),
                IpAddress = Str(r, "ipAddress", "127.0.0.1"),
                Certificate = Str(r, "certificate", null) == null ? null : Certificate(Str(r, "certificate", null)),
                Body = Body(r),
                MatchedParameters = Dictionaries.Of(Strings(Obj(r, "matchedParameters")), StringComparer.OrdinalIgnoreCase),
            };
        }

        /// <summary>context.Response, and the IResponse a send-request variable holds (TypedValues).</summary>
        public static Response LoadResponse(Dictionary<string, object> r)
        {
            return new Response
            {
                StatusCode = Has(r, "statusCode") ? checked((int)(double)r["statusCode"]) : 200,
                StatusReason = Str(r, "statusReason", "OK"),
                Headers = Headers(Obj(r, "headers")),
                Body = Body(r),
            };
        }

        private static MessageBody Body(Dictionary<string, object> message)
        {
            var text = Str(message, "body", null);
            return text == null ? null : new MessageBody(text, Bool(message, "bodyConsumed", false));
        }

        private static Deployment LoadDeployment(Dictionary<string, object> r)
        {
            var certs = new Dictionary<string, X509Certificate2>();
            var source = Obj(r, "certificates");
            if (source != null) foreach (var pair in source) certs[pair.Key] = Certificate((string)pair.Value);
            return new Deployment
            {
                GatewayId = Str(r, "gatewayId", "managed"), Region = Str(r, "region", "West Europe"),
                ServiceId = Str(r, "serviceId", ""), ServiceName = Str(r, "serviceName", ""),
                Certificates = Dictionaries.Of(certs, StringComparer.Ordinal),
            };
        }

        private static Url LoadUrl(Dictionary<string, object> u)
        {
            var query = Obj(u, "query");
            var url = new Url
            {
                Scheme = Str(u, "scheme", "https"), Host = Str(u, "host", "localhost"),
                Port = Has(u, "port") ? checked((int)(double)u["port"]) : (Str(u, "scheme", "https") == "http" ? 80 : 443),
                Path = Str(u, "path", "/"), Query = Headers(query),
            };
            // The recorded QueryString wins; otherwise it is rebuilt from the parameters.
            url.QueryString = Str(u, "queryString", null) ?? (query == null || query.Count == 0 ? "" :
                "?" + string.Join("&", query.SelectMany(p => ((List<object>)p.Value).Select(v => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString((string)v)))));
            return url;
        }

        // Names that differ only in case are one header: their values are appended in order.
        private static IReadOnlyDictionary<string, string[]> Headers(Dictionary<string, object> source)
        {
            var merged = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (source != null)
                foreach (var pair in source)
                {
                    var values = ((List<object>)pair.Value).Select(v => (string)v).ToArray();
                    string[] existing;
                    merged[pair.Key] = merged.TryGetValue(pair.Key, out existing) ? existing.Concat(values).ToArray() : values;
                }
            return Dictionaries.Headers(merged);
        }

        private static Dictionary<string, string> Strings(Dictionary<string, object> source)
        {
            return source == null ? null : source.ToDictionary(p => p.Key, p => (string)p.Value);
        }

        public static X509Certificate2 Certificate(string derBase64)
        {
            X509Certificate2 certificate;
            if (!certificates.TryGetValue(derBase64, out certificate))
            {
                certificate = new X509Certificate2(Convert.FromBase64String(derBase64));
                certificates[derBase64] = certificate;
            }
            return certificate;
        }

        /// <summary>An ISO 8601 UTC instant ("Z" suffix, up to 7 fractional digits) as a Utc DateTime.</summary>
        public static DateTime Instant(string iso)
        {
            return DateTime.ParseExact(iso, new[] { "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ" }, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }

        private static bool Has(Dictionary<string, object> d, string name) { return d.ContainsKey(name); }

        private static Dictionary<string, object> Obj(Dictionary<string, object> d, string name)
        {
            object value;
            return d.TryGetValue(name, out value) ? value as Dictionary<string, object> : null;
        }

        private static string Str(Dictionary<string, object> d, string name, string fallback)
        {
            object value;
            return d.TryGetValue(name, out value) && value != null ? (string)value : fallback;
        }

        private static bool Bool(Dictionary<string, object> d, string name, bool fallback)
        {
            object value;
            return d.TryGetValue(name, out value) && value != null ? (bool)value : fallback;
        }
    }
}
