// The `context` object TypeScript expressions receive: APIM's member names and types
// (src/context/context.ts), read live from the execution so that a policy sees the changes made
// by the statements before it. .NET values (DateTime, Guid, X509Certificate2) come from the
// runtime in harness/dotnet and are built on first read.
import type {
  Api,
  Context,
  Deployment,
  LastError,
  Operation,
  Product,
  Request,
  Response,
  Subscription,
  User,
  Workspace,
} from "../../src/context/context.ts";
import type {
  DateTime as DateTimeValue,
  TimeSpan as TimeSpanValue,
} from "../../src/dotnet/date-time.ts";
import { DateTime, TimeSpan } from "../../src/dotnet/date-time.ts";
import type { Guid as GuidValue } from "../../src/dotnet/numeric.ts";
import type { X509Certificate2 } from "../../src/dotnet/x509-certificate2.ts";
import type { IReadOnlyDictionary } from "../../src/dotnet/collections.ts";
import { Guid } from "../../src/dotnet/numeric.ts";
import type { CertificateRecord } from "./certificate-input.ts";
import type { Execution } from "./execution.ts";
import type { Location } from "./records.ts";
import { ReadOnlyDictionary } from "./read-only-dictionary.ts";
import { UrlView } from "./url.ts";

/** What the context needs from the gateway (kept narrow so the two modules stay apart). */
export interface ContextSource {
  readonly api: Api;
  readonly operation: Operation;
  readonly product: Product;
  readonly user: User;
  readonly workspace: Workspace;
  readonly deployment: Omit<Deployment, "Certificates">;
  readonly deploymentCertificates: IReadOnlyDictionary<string, X509Certificate2>;
  readonly tracingEnabled: boolean;
  readonly subscriptionName: string;
  readonly subscriptionKey: string;
  readonly matchedParameters: (path: string) => Record<string, string>;
  readonly now: () => number;
  /** The runtime's X509Certificate2 for a certificate (cached: its members read the environment when called). */
  readonly x509: (record: CertificateRecord) => X509Certificate2;
}

/** Builds the context of one request; `location` tells context.Trace where it was called. */
export function createContext(
  source: ContextSource,
  execution: Execution,
  location: () => Location,
): Context {
  const request = execution.request;
  let certificate: X509Certificate2 | null | undefined;
  let url: { href: string; view: UrlView } | undefined;
  const originalUrl = new UrlView(request.originalUrl);
  const matched = new ReadOnlyDictionary(
    Object.entries(source.matchedParameters(request.originalUrl.pathname)),
    {
      ignoreCase: true,
    },
  );

  const requestView: Request = {
    get Body() {
      return request.body;
    },
    get Certificate() {
      if (certificate === undefined)
        certificate = request.certificate ? source.x509(request.certificate) : null;
      return certificate;
    },
    Headers: request.headers,
    IpAddress: request.ipAddress,
    MatchedParameters: matched as Request["MatchedParameters"],
    get Method() {
      return request.method;
    },
    OriginalUrl: originalUrl,
    get Url() {
      if (url?.href !== request.url.href)
        url = { href: request.url.href, view: new UrlView(request.url) };
      return url.view;
    },
  };

  const responseView: Response = {
    get Body() {
      return execution.response.body;
    },
    get Headers() {
      return execution.response.headers;
    },
    get StatusCode() {
      return execution.response.statusCode;
    },
    get StatusReason() {
      return execution.response.statusReason;
    },
  };

  const subscription: Subscription = {
    Id: execution.subscriptionId,
    Key: source.subscriptionKey,
    Name: source.subscriptionName,
    PrimaryKey: source.subscriptionKey,
    SecondaryKey: "",
    get CreatedDate(): DateTimeValue {
      return DateTime.MinValue;
    },
  };

  const deployment: Deployment = {
    ...source.deployment,
    Certificates: source.deploymentCertificates,
  };

  return {
    Api: source.api,
    Deployment: deployment,
    get Elapsed(): TimeSpanValue {
      return TimeSpan.FromMilliseconds(source.now() - execution.startedAt);
    },
    get LastError(): LastError {
      return execution.lastError as LastError;
    },
    Operation: source.operation,
    Product: source.product,
    Request: requestView,
    get RequestId(): GuidValue {
      return (execution.requestId ??= Guid.NewGuid());
    },
    Response: responseView,
    Subscription: subscription,
    get Timestamp(): DateTimeValue {
      return DateTime.UtcNow.AddMilliseconds(execution.startedAt - source.now());
    },
    Tracing: source.tracingEnabled,
    User: source.user,
    Variables: execution.variables,
    Workspace: source.workspace,
    Trace(message: string): void {
      execution.trace("context.Trace", "verbose", String(message), {}, location());
    },
  };
}
