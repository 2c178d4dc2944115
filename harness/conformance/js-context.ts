// The JavaScript twin of harness/crosscheck/model/case-loader.cs: a `context` built from a context
// description, with the same defaults, from the harness's own implementations (HeaderMap,
// VariableStore, BodyStore, X509Certificate2) so a conformance case runs the code the gateway
// simulation runs. Traces are collected for comparison with the C# run's.
// The dictionaries (headers, query, certificates, matched parameters) and RequestId are getters
// that build their value on the first read and keep it, so every read sees the same object: a
// case reads one or two of them, and building them all was most of a context's cost (16,507
// contexts in the conformance batch).
import { AuthorizationValue } from "../dotnet/authorization.ts";
import { JwtValue } from "../dotnet/jwt.ts";
import type { Context, Url } from "../../src/context/context.ts";
import type {
  ContextDescription,
  ResponseDescription,
  TypedValue,
  UrlDescription,
} from "../crosscheck/context-description.ts";
import { HeaderMap } from "../apim/header-map.ts";
import { VariableStore } from "../apim/variables.ts";
import { BodyStore } from "../apim/message-body.ts";
import { ReadOnlyDictionary } from "../apim/read-only-dictionary.ts";
import { newX509Certificate2 } from "../apim/dotnet-bridge.ts";
import { DateTimeValue } from "../dotnet/date-time.ts";
import { TimeSpanValue } from "../dotnet/time-span.ts";
import { GuidValue } from "../dotnet/guid.ts";
import { UNIX_EPOCH_TICKS } from "../dotnet/environment.ts";

/** ISO 8601 UTC instant ("…Z", up to 7 fractional digits) as a Utc DateTime, like CaseLoader.Instant. */
export function instant(iso: string): DateTimeValue {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?Z$/.exec(iso);
  if (!match) throw new Error(`not an ISO 8601 UTC instant: ${iso}`);
  const date = new Date(`${match[1]}Z`);
  if (/^000[0-9]|^00[1-9]/.test(iso)) date.setUTCFullYear(Number(iso.slice(0, 4)));
  const fraction = BigInt((match[2] ?? "").padEnd(7, "0"));
  return DateTimeValue.fromTicks(
    UNIX_EPOCH_TICKS + BigInt(date.getTime()) * 10000n + fraction,
    "Utc",
  );
}

function headers(source: Record<string, string[]> | undefined): HeaderMap {
  const map = new HeaderMap();
  for (const [name, values] of Object.entries(source ?? {})) {
    // Names differing only in case are one header, values appended in order (as the loader does).
    map.append(name, values);
  }
  return map;
}

function url(description: UrlDescription | undefined): Url {
  const d = description ?? {};
  const scheme = d.scheme ?? "https";
  const port = d.port ?? (scheme === "http" ? 80 : 443);
  const query = d.query ?? {};
  const queryString =
    d.queryString ??
    (Object.keys(query).length === 0
      ? ""
      : "?" +
        Object.entries(query)
          .flatMap(([name, values]) => values.map((v) => `${escapeData(name)}=${escapeData(v)}`))
          .join("&"));
  const host = d.host ?? "localhost";
  const path = d.path ?? "/";
  const text = `${scheme}://${host}${(scheme === "https" && port === 443) || (scheme === "http" && port === 80) ? "" : `:${port}`}${path}${queryString}`;
  const queryMap = headers(query);
  return {
    Scheme: scheme,
    Host: host,
    Port: port,
    Path: path,
    // The HeaderMap keeps its one view: the same object on every read.
    get Query() {
      return queryMap.view;
    },
    QueryString: queryString,
    ToString: () => text,
  };
}

/** Uri.EscapeDataString (RFC 3986 unreserved characters kept). */
function escapeData(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function variableValue(value: TypedValue): { type: string; value: unknown } {
  switch (value.type) {
    case "null":
      return { type: "object", value: null };
    case "long":
      return { type: "long", value: Number(value.value) };
    case "double":
      return {
        type: "double",
        value: typeof value.value === "number" ? value.value : Number(value.value),
      };
    case "bytes":
      return { type: "byte[]", value: new Uint8Array(Buffer.from(value.value, "base64")) };
    case "DateTime":
      return {
        type: "DateTime",
        value: DateTimeValue.fromTicks(BigInt(value.ticks), value.kind ?? "Utc"),
      };
    case "TimeSpan":
      return { type: "TimeSpan", value: new TimeSpanValue(BigInt(value.ticks)) };
    case "Guid":
      return { type: "Guid", value: GuidValue.Parse(value.value) };
    case "IResponse":
      return { type: "IResponse", value: response(value) };
    case "Jwt":
      return { type: "Jwt", value: JwtValue.parse(value.token) };
    case "Authorization":
      return {
        type: "Authorization",
        value: new AuthorizationValue(value.accessToken, value.claims),
      };
    case "string[]":
    case "object":
    // A result type only here: no case passes a DateTimeOffset in (the snippets build it from a long).
    case "DateTimeOffset":
      throw new Error(`a variable cannot hold a ${value.type}`);
    default:
      return { type: value.type, value: value.value };
  }
}

/** A body as CaseLoader builds it: null when absent; consumed: already read once. */
function body(text: string | null | undefined, consumed: boolean | undefined): BodyStore | null {
  if (text === undefined || text === null) return null;
  const store = new BodyStore(text);
  if (consumed) store.As();
  return store;
}

/** context.Response and a stored IResponse, as CaseLoader.LoadResponse builds them. */
function response(d: ResponseDescription) {
  const headerMap = headers(d.headers);
  return {
    Body: body(d.body, d.bodyConsumed),
    get Headers() {
      return headerMap.view;
    },
    StatusCode: d.statusCode ?? 200,
    StatusReason: d.statusReason ?? "OK",
  };
}

function certificate(der: string | null | undefined) {
  return der ? newX509Certificate2(new Uint8Array(Buffer.from(der, "base64"))) : null;
}

/** The context a JavaScript expression sees for `description`, and the traces it writes. */
export function createJavaScriptContext(description: ContextDescription): {
  context: Context;
  traces: string[];
  /** The store behind context.Variables (whose view answers only the C# members and the indexer). */
  variables: VariableStore;
} {
  const traces: string[] = [];
  const r = description.request ?? {};
  const requestUrl = url(r.url);
  const variables = new VariableStore();
  for (const [name, value] of Object.entries(description.variables ?? {}))
    variables.set(name, variableValue(value) as never);
  const described = description.response;
  const product = description.product;
  const subscription = description.subscription;
  const user = description.user;
  const workspace = description.workspace;
  const lastError = description.lastError;
  const deployment = description.deployment ?? {};
  const api = description.api ?? {};
  const operation = description.operation ?? {};
  const requestHeaders = headers(r.headers);
  let certificates: Context["Deployment"]["Certificates"] | undefined;
  let matchedParameters: Context["Request"]["MatchedParameters"] | undefined;
  let requestId: GuidValue | undefined;
  const context: Context = {
    Api: {
      Id: api.id ?? "",
      Name: api.name ?? "",
      Path: api.path ?? "",
      Revision: api.revision ?? "1",
      ServiceUrl: url(api.serviceUrl),
      Version: api.version ?? (null as never),
      IsCurrentRevision: api.isCurrentRevision ?? true,
    },
    Deployment: {
      GatewayId: deployment.gatewayId ?? "managed",
      Region: deployment.region ?? "West Europe",
      ServiceId: deployment.serviceId ?? "",
      ServiceName: deployment.serviceName ?? "",
      get Certificates() {
        return (certificates ??= new ReadOnlyDictionary(
          Object.entries(deployment.certificates ?? {}).map(
            ([key, der]) => [key, certificate(der)!] as const,
          ),
        ).view);
      },
    },
    Elapsed: new TimeSpanValue(BigInt(description.elapsed ?? "0")) as never,
    LastError: (lastError
      ? {
          Source: lastError.source ?? null,
          Reason: lastError.reason ?? null,
          Message: lastError.message ?? null,
          Scope: lastError.scope ?? null,
          Section: lastError.section ?? null,
          Path: lastError.path ?? null,
          PolicyId: lastError.policyId ?? null,
        }
      : null) as never,
    Operation: {
      Id: operation.id ?? "",
      Method: operation.method ?? "GET",
      Name: operation.name ?? "",
      UrlTemplate: operation.urlTemplate ?? "/",
    },
    Product: (product
      ? {
          Id: product.id ?? "",
          Name: product.name ?? "",
          ApprovalRequired: product.approvalRequired ?? false,
          SubscriptionRequired: product.subscriptionRequired ?? false,
          SubscriptionLimit: product.subscriptionLimit ?? null,
        }
      : null) as never,
    Request: {
      Body: body(r.body, r.bodyConsumed),
      Certificate: certificate(r.certificate),
      get Headers() {
        return requestHeaders.view;
      },
      IpAddress: r.ipAddress ?? "127.0.0.1",
      get MatchedParameters() {
        return (matchedParameters ??= new ReadOnlyDictionary(
          Object.entries(r.matchedParameters ?? {}),
          { ignoreCase: true },
        ).view as never);
      },
      Method: r.method ?? "GET",
      OriginalUrl: r.originalUrl ? url(r.originalUrl) : requestUrl,
      Url: requestUrl,
    },
    get RequestId() {
      return (requestId ??= GuidValue.Parse(
        description.requestId ?? "00000000-0000-0000-0000-000000000000",
      ));
    },
    Response: (described === null ? null : response(described ?? {})) as never,
    Subscription: (subscription
      ? {
          Id: subscription.id ?? "",
          Key: subscription.key ?? "",
          Name: subscription.name ?? "",
          PrimaryKey: subscription.primaryKey ?? "",
          SecondaryKey: subscription.secondaryKey ?? "",
          CreatedDate: instant(subscription.createdDate ?? "0001-01-01T00:00:00Z"),
        }
      : null) as never,
    Timestamp: instant(description.timestamp ?? description.now) as never,
    Tracing: description.tracing ?? false,
    User: (user
      ? {
          Id: user.id ?? "",
          Email: user.email ?? "",
          FirstName: user.firstName ?? "",
          LastName: user.lastName ?? "",
          Note: user.note ?? "",
          RegistrationDate: instant(user.registrationDate ?? "0001-01-01T00:00:00Z"),
        }
      : null) as never,
    Variables: variables.view,
    Workspace: (workspace ? { Id: workspace.id ?? "", Name: workspace.name ?? "" } : null) as never,
    Trace: (message: string) => void traces.push(message),
  };
  return { context, traces, variables };
}
