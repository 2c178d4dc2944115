// Conformance cases: the members of APIM's context (src/context) read 1:1, against generated
// context descriptions (headers with case variants, query strings with '+' and '%', absent parts).
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { strings } from "../generators.ts";

const NOW = "2030-06-15T12:00:00Z";
const values = strings(60, 71);

const contexts: ContextDescription[] = values.map((value, i): ContextDescription => ({
  now: NOW,
  timestamp: i % 2 ? "2030-06-15T11:59:59.1234567Z" : undefined,
  elapsed: String(i * 12_345_678),
  requestId: i % 3 ? "3f2504e0-4f89-11d3-9a0c-0305e82c3301" : undefined,
  tracing: i % 2 === 0,
  request: {
    method: i % 2 ? "POST" : "GET",
    url: {
      scheme: i % 4 ? "https" : "http",
      host: "api.contoso.com",
      port: i % 5 ? undefined : 8443,
      path: `/items/${i}`,
      query: i % 3 ? { q: [value], Q2: ["a+b", "%41"] } : undefined,
    },
    headers: i % 4 === 1 ? {} : { "X-Value": [value], "x-value": ["second"], Accept: ["*/*"] },
    ipAddress: `10.0.0.${i}`,
    body: i % 3 === 0 ? null : value,
    matchedParameters: { id: String(i) },
  },
  response:
    i % 7 === 0
      ? null
      : {
          statusCode: 200 + i,
          statusReason: value,
          headers: { "Content-Type": ["text/plain"] },
          body: value,
        },
  variables:
    i % 5 === 0
      ? {}
      : {
          s: { type: "string", value },
          n: { type: "int", value: i },
          d: { type: "double", value: i / 4 },
          b: { type: "bool", value: i % 2 === 0 },
          t: { type: "string", value: "20" },
        },
  deployment: {
    gatewayId: i % 2 ? "managed" : "self-hosted",
    region: "West Europe",
    serviceId: "svc",
    serviceName: `apim-${i}`,
  },
  api: {
    id: "echo",
    name: value,
    path: "/echo",
    revision: "2",
    version: i % 2 ? null : "v1",
    isCurrentRevision: i % 3 !== 0,
    serviceUrl: { host: "backend", path: "/" },
  },
  operation: { id: "get", method: "GET", name: value, urlTemplate: "/items/{id}" },
  product:
    i % 4 === 0
      ? null
      : {
          id: "p",
          name: value,
          approvalRequired: i % 2 === 0,
          subscriptionRequired: true,
          subscriptionLimit: i % 3 ? i : null,
        },
  subscription:
    i % 4 === 0
      ? null
      : {
          id: "s",
          key: "k",
          name: value,
          primaryKey: "pk",
          secondaryKey: "sk",
          createdDate: "2029-01-01T00:00:00Z",
        },
  user:
    i % 4 === 0
      ? null
      : {
          id: "u",
          email: "a@b.c",
          firstName: value,
          lastName: "L",
          note: "",
          registrationDate: "2028-02-29T00:00:00Z",
        },
  workspace: i % 4 === 0 ? null : { id: "w", name: value },
  lastError:
    i % 4 === 0
      ? null
      : {
          source: "choose",
          reason: "ExpressionValueEvaluationFailure",
          message: value,
          scope: "operation",
          section: "inbound",
          path: "choose[1]",
          policyId: "",
        },
}));

const c = (id: string, source: string): SnippetSpec => ({ id, source, contexts });

export const contextCases: SnippetSpec[] = [
  c(
    "context.Request.Headers",
    '(context: Context) => `${context.Request.Headers.GetValueOrDefault("x-VALUE", "-")}|${context.Request.Headers.GetValueOrDefault("missing") ?? "null"}|${context.Request.Headers.Count}|${context.Request.Headers.ContainsKey("ACCEPT")}`',
  ),
  c(
    "context.Request.Headers.Any",
    '(context: Context) => context.Request.Headers.Any() && context.Request.Headers.All(kv => kv.Value.length > 0) && context.Request.Headers.Any(kv => kv.Key === "Accept")',
  ),
  c(
    "context.Request.Url",
    "(context: Context) => `${context.Request.Url.Scheme} ${context.Request.Url.Host} ${context.Request.Url.Port} ${context.Request.Url.Path} ${context.Request.Url.QueryString} ${context.Request.Url.ToString()}`",
  ),
  c(
    "context.Request.Url.Query",
    '(context: Context) => `${context.Request.Url.Query.GetValueOrDefault("q", "-")}|${context.Request.OriginalUrl.Query.GetValueOrDefault("q2") ?? ""}|${context.Request.Url.Query.ContainsKey("Q")}|${context.Request.Url.Query.Count}`',
  ),
  c(
    "context.Request.misc",
    '(context: Context) => `${context.Request.Method} ${context.Request.IpAddress} ${context.Request.MatchedParameters.GetValueOrDefault("ID", "?")} ${context.Request.Certificate == null}`',
  ),
  c(
    "context.Request.Body",
    '(context: Context) => context.Request.Body == null ? "none" : context.Request.Body.As(true) + context.Request.Body.As()',
  ),
  // A second read after a consuming one is not documented by APIM: the harness refuses it
  // (test/harness/context.test.ts), so it has no case here.
  c(
    "context.Response",
    '(context: Context) => context.Response == null ? "none" : `${context.Response.StatusCode} ${context.Response.StatusReason} ${context.Response.Headers.GetValueOrDefault("content-type", "")} ${context.Response.Body == null}`',
  ),
  c(
    "context.Api",
    '(context: Context) => `${context.Api.Id} ${context.Api.Name} ${context.Api.Path} ${context.Api.Revision} ${context.Api.Version ?? "-"} ${context.Api.IsCurrentRevision} ${context.Api.ServiceUrl.Host}`',
  ),
  c(
    "context.Deployment",
    '(context: Context) => `${context.Deployment.GatewayId} ${context.Deployment.Region} ${context.Deployment.ServiceId} ${context.Deployment.ServiceName} ${context.Deployment.Certificates.Count} ${context.Deployment.Certificates.ContainsKey("X")}`',
  ),
  c(
    "context.LastError",
    '(context: Context) => context.LastError == null ? "none" : `${context.LastError.Source} ${context.LastError.Reason} ${context.LastError.Message} ${context.LastError.Scope} ${context.LastError.Section} ${context.LastError.Path} ${context.LastError.PolicyId}`',
  ),
  c(
    "context.Operation",
    "(context: Context) => `${context.Operation.Id} ${context.Operation.Method} ${context.Operation.Name} ${context.Operation.UrlTemplate}`",
  ),
  c(
    "context.Product",
    '(context: Context) => context.Product == null ? "none" : `${context.Product.Id} ${context.Product.Name} ${context.Product.ApprovalRequired} ${context.Product.SubscriptionRequired} ${context.Product.SubscriptionLimit ?? -1}`',
  ),
  c(
    "context.Subscription",
    '(context: Context) => context.Subscription == null ? "none" : `${context.Subscription.Id} ${context.Subscription.Key} ${context.Subscription.Name} ${context.Subscription.PrimaryKey} ${context.Subscription.SecondaryKey} ${context.Subscription.CreatedDate.ToString("o")}`',
  ),
  c(
    "context.User",
    '(context: Context) => context.User == null ? "none" : `${context.User.Id} ${context.User.Email} ${context.User.FirstName} ${context.User.LastName} ${context.User.Note} ${context.User.RegistrationDate.Year}`',
  ),
  c(
    "context.Workspace",
    '(context: Context) => context.Workspace == null ? "none" : context.Workspace.Id + context.Workspace.Name',
  ),
  c(
    "context.scalars",
    '(context: Context) => `${context.Timestamp.ToString("o")} ${context.Elapsed.TotalMilliseconds > 0} ${context.RequestId.ToString()} ${context.Tracing}`',
  ),
  c(
    "context.Trace",
    "(context: Context) => { context.Trace(context.Request.Method); return context.Request.Url.Path; }",
  ),
  c(
    "context.Variables",
    '(context: Context) => `${context.Variables.GetValueOrDefault<string>("s", "-")} ${context.Variables.GetValueOrDefault<int>("n", -1)} ${context.Variables.ContainsKey("b")} ${context.Variables.Count}`',
  ),
  c(
    "context.Variables.double",
    '(context: Context) => context.Variables.GetValueOrDefault<double>("d", 0.5)',
  ),
  c(
    "context.Variables.bool",
    '(context: Context) => context.Variables.GetValueOrDefault<boolean>("b", false)',
  ),
  c(
    "context.Variables.wrong-type",
    '(context: Context) => context.Variables.GetValueOrDefault<int>("t", 0)',
  ),
];
