// The `context` object TypeScript expressions receive: APIM's member names and types
// (src/context/context.ts), read live from the execution so that a policy sees the changes made
// by the statements before it. .NET values (DateTime, Guid, X509Certificate2) come from the
// runtime in harness/dotnet and are built on first read.
// Why classes with getters on the prototype, not object literals with `get X()`: V8 (Node 20)
// allocates the accessor pairs of a per-request object in old space, so everything they reach
// (the execution, its request, every record) survived the young-generation collections and was
// promoted; garbage collection was the largest item of a simulated request's profile (issue 4).
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
import type { CertificateRecord } from "./certificate-input.ts";
import { newRequestId } from "./dotnet-bridge.ts";
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

/** IRequest over the execution's request. */
class RequestView implements Request {
  readonly IpAddress: string;
  readonly OriginalUrl: UrlView;
  readonly #source: ContextSource;
  readonly #request: Execution["request"];
  readonly #matched: Record<string, string>;
  #matchedView: Request["MatchedParameters"] | undefined;
  #certificate: X509Certificate2 | null | undefined;
  #url: { href: string; view: UrlView } | undefined;

  constructor(source: ContextSource, request: Execution["request"]) {
    this.#source = source;
    this.#request = request;
    this.IpAddress = request.ipAddress;
    // Both are still made here, not on first read, so that a path they cannot decode fails the
    // send as before rather than an expression; only their dictionaries wait for a reader.
    this.OriginalUrl = new UrlView(request.originalUrl);
    this.#matched = source.matchedParameters(request.originalUrl.pathname);
  }

  get Headers(): Request["Headers"] {
    // The request's HeaderMap is never replaced (RequestState.headers is readonly), so reading
    // its view here is the view the constructor used to take.
    return this.#request.headers.view;
  }

  get MatchedParameters(): Request["MatchedParameters"] {
    return (this.#matchedView ??= new ReadOnlyDictionary(Object.entries(this.#matched), {
      ignoreCase: true,
    }).view as Request["MatchedParameters"]);
  }

  get Body(): Request["Body"] {
    // Null for a request without a body (azure-docs#30657), like the response's below.
    return this.#request.body.view;
  }

  get Certificate(): X509Certificate2 | null {
    if (this.#certificate === undefined) {
      const record = this.#request.certificate;
      this.#certificate = record ? this.#source.x509(record) : null;
    }
    return this.#certificate;
  }

  get Method(): string {
    return this.#request.method;
  }

  get Url(): UrlView {
    const url = this.#request.url;
    if (this.#url?.href !== url.href) this.#url = { href: url.href, view: new UrlView(url) };
    return this.#url.view;
  }
}

/** IResponse over the execution's current response (forward-request and errors replace it). */
class ResponseView implements Response {
  readonly #execution: Execution;

  constructor(execution: Execution) {
    this.#execution = execution;
  }

  get Body(): Response["Body"] {
    return this.#execution.response.body.view;
  }

  get Headers(): Response["Headers"] {
    return this.#execution.response.headers.view;
  }

  get StatusCode(): number {
    return this.#execution.response.statusCode;
  }

  get StatusReason(): string {
    return this.#execution.response.statusReason;
  }
}

class SubscriptionView implements Subscription {
  readonly Id: string;
  readonly Key: string;
  readonly Name: string;
  readonly PrimaryKey: string;
  readonly SecondaryKey = "";

  constructor(source: ContextSource, id: string) {
    this.Id = id;
    this.Key = source.subscriptionKey;
    this.Name = source.subscriptionName;
    this.PrimaryKey = source.subscriptionKey;
  }

  get CreatedDate(): DateTimeValue {
    return DateTime.MinValue;
  }
}

// context.Deployment holds only the gateway's configuration, so one object per source serves
// every request (it was spread anew for each).
const deployments = new WeakMap<ContextSource, Deployment>();

function deploymentOf(source: ContextSource): Deployment {
  let deployment = deployments.get(source);
  if (!deployment) {
    deployment = { ...source.deployment, Certificates: source.deploymentCertificates };
    deployments.set(source, deployment);
  }
  return deployment;
}

class RequestContext implements Context {
  readonly Api: Api;
  readonly Deployment: Deployment;
  readonly Operation: Operation;
  readonly Product: Product;
  readonly Request: RequestView;
  readonly Response: ResponseView;
  readonly Subscription: SubscriptionView;
  readonly Tracing: boolean;
  readonly User: User;
  readonly Variables: Context["Variables"];
  readonly Workspace: Workspace;
  readonly #source: ContextSource;
  readonly #execution: Execution;
  readonly #location: () => Location;

  constructor(source: ContextSource, execution: Execution, location: () => Location) {
    this.#source = source;
    this.#execution = execution;
    this.#location = location;
    this.Api = source.api;
    this.Deployment = deploymentOf(source);
    this.Operation = source.operation;
    this.Product = source.product;
    this.Request = new RequestView(source, execution.request);
    this.Response = new ResponseView(execution);
    this.Subscription = new SubscriptionView(source, execution.subscriptionId);
    this.Tracing = source.tracingEnabled;
    this.User = source.user;
    this.Variables = execution.variables.view;
    this.Workspace = source.workspace;
  }

  get Elapsed(): TimeSpanValue {
    return TimeSpan.FromMilliseconds(this.#source.now() - this.#execution.startedAt);
  }

  get LastError(): LastError {
    return this.#execution.lastError as LastError;
  }

  get RequestId(): GuidValue {
    // From Guid.NewGuid's seeded sequence, but no call of the expression: not in its GUID log.
    return (this.#execution.requestId ??= newRequestId());
  }

  get Timestamp(): DateTimeValue {
    return DateTime.UtcNow.AddMilliseconds(this.#execution.startedAt - this.#source.now());
  }

  Trace(message: string): void {
    this.#execution.trace("context.Trace", "verbose", String(message), {}, this.#location());
  }
}

/** Builds the context of one request; `location` tells context.Trace where it was called. */
export function createContext(
  source: ContextSource,
  execution: Execution,
  location: () => Location,
): Context {
  return new RequestContext(source, execution, location);
}
