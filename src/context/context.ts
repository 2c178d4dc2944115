// The typed model of APIM's `context` object (read-only), with APIM's member names and types.
// Members are declared, never implemented here: the harness supplies the object a test runs
// against, and the translator maps each member 1:1 to the C# `context` APIM provides.
import type { DateTime, TimeSpan } from "../dotnet/date-time.ts";
import type { Guid } from "../dotnet/numeric.ts";
import type { X509Certificate2 } from "../dotnet/x509-certificate2.ts";
import type { IReadOnlyDictionary, Indexed } from "../dotnet/collections.ts";
import type { bytes, int } from "../dotnet/types.ts";
import type { JArray, JObject, JToken } from "../dotnet/json.ts";
import type { XDocument, XElement } from "../dotnet/xml.ts";
import type { Variables } from "./variables.ts";

/** Request or response headers: case-insensitive names, each with one or more values. */
export interface Headers extends IReadOnlyDictionary<string, string[]> {
  /** The header's values joined with "," (no space), or null when it is absent. */
  GetValueOrDefault(headerName: string): string | null;
  /** The header's values joined with ",", or `defaultValue` when it is absent. */
  GetValueOrDefault(headerName: string, defaultValue: string): string;
}

/** Query parameters of a URL, matched like headers. */
export interface QueryParameters extends IReadOnlyDictionary<string, string[]> {
  GetValueOrDefault(queryParameterName: string): string | null;
  GetValueOrDefault(queryParameterName: string, defaultValue: string): string;
}

/** The template parameters the operation's URL template matched (case-insensitive names). */
export interface MatchedParameters extends IReadOnlyDictionary<string, string> {
  GetValueOrDefault(name: string): string | null;
  GetValueOrDefault(name: string, defaultValue: string): string;
}

/** IUrl. */
export interface Url {
  readonly Host: string;
  readonly Path: string;
  readonly Port: int;
  readonly Query: Indexed<QueryParameters, string[]>;
  /** The query string with its leading "?", or "" when there is none. */
  readonly QueryString: string;
  readonly Scheme: string;
  ToString(): string;
}

/** What `Body.As<T>()` reads a body as: text, its bytes, Json.NET's tokens, or System.Xml.Linq's tree. */
export type BodyType = string | bytes | JObject | JArray | JToken | XDocument | XElement;

/** IMessageBody. */
export interface MessageBody {
  /**
   * Reads the body as text (`As()`, `As<string>()`), as its bytes (`As<bytes>()`, C#'s
   * `As<byte[]>()`: the harness holds bodies as text, so these are the text's UTF-8 bytes) or as JSON (`As<JObject>()`, `As<JArray>()`,
   * `As<JToken>()`: Json.NET's reader; text that is not JSON of that kind throws
   * JsonReaderException "The message body is not a valid JSON. ..."). Without
   * `preserveContent: true` the body is consumed: APIM documents that it is then unavailable but
   * not what a second read does, so the harness refuses a second read. `As<XDocument>()` and
   * `As<XElement>()` parse XML as XDocument.Parse does (white space between elements dropped);
   * what APIM throws for a body that is not XML is undocumented, so the harness refuses it.
   */
  As(preserveContent?: boolean): string;
  // Without a type argument the body is text, whatever the slot expects: a lone generic
  // signature would infer T from the context (string | bytes in a variable slot).
  As<T extends BodyType>(preserveContent?: boolean): T;
}

/** IRequest. */
export interface Request {
  readonly Body: MessageBody | null;
  /** The certificate the caller presented in the TLS handshake with APIM; null behind Application Gateway. */
  readonly Certificate: X509Certificate2 | null;
  readonly Headers: Indexed<Headers, string[]>;
  readonly IpAddress: string;
  readonly MatchedParameters: Indexed<MatchedParameters, string>;
  readonly Method: string;
  readonly OriginalUrl: Url;
  readonly Url: Url;
}

/** IResponse. */
export interface Response {
  readonly Body: MessageBody | null;
  readonly Headers: Indexed<Headers, string[]>;
  readonly StatusCode: int;
  readonly StatusReason: string;
}

/** IApi. */
export interface Api {
  readonly Id: string;
  readonly Name: string;
  readonly Path: string;
  readonly Revision: string;
  readonly ServiceUrl: Url;
  readonly Version: string;
  readonly IsCurrentRevision: boolean;
}

/** IDeployment. */
export interface Deployment {
  /** "managed" on the managed gateway. */
  readonly GatewayId: string;
  readonly Region: string;
  readonly ServiceId: string;
  readonly ServiceName: string;
  /** Certificates uploaded to the service (not the CA store), keyed by upper-case thumbprint. */
  readonly Certificates: IReadOnlyDictionary<string, X509Certificate2>;
}

/** ILastError: what `on-error` sees after a failure. */
export interface LastError {
  readonly Source: string;
  readonly Reason: string;
  readonly Message: string;
  readonly Scope: string;
  readonly Section: string;
  /** e.g. `choose[1]\when[2]`, 1-based. */
  readonly Path: string;
  readonly PolicyId: string;
}

/** IOperation. */
export interface Operation {
  readonly Id: string;
  readonly Method: string;
  readonly Name: string;
  readonly UrlTemplate: string;
}

/** IProduct. */
export interface Product {
  readonly Id: string;
  readonly Name: string;
  readonly ApprovalRequired: boolean;
  readonly SubscriptionRequired: boolean;
  readonly SubscriptionLimit: int | null;
}

/** ISubscription. */
export interface Subscription {
  readonly Id: string;
  readonly Key: string;
  readonly Name: string;
  readonly PrimaryKey: string;
  readonly SecondaryKey: string;
  readonly CreatedDate: DateTime;
}

/** IUser. */
export interface User {
  readonly Id: string;
  readonly Email: string;
  readonly FirstName: string;
  readonly LastName: string;
  readonly Note: string;
  readonly RegistrationDate: DateTime;
}

/** IWorkspace. */
export interface Workspace {
  readonly Id: string;
  readonly Name: string;
}

/** The `context` variable of APIM policy expressions. */
export interface Context {
  readonly Api: Api;
  readonly Deployment: Deployment;
  readonly Elapsed: TimeSpan;
  readonly LastError: LastError;
  readonly Operation: Operation;
  readonly Product: Product;
  readonly Request: Request;
  readonly RequestId: Guid;
  readonly Response: Response;
  readonly Subscription: Subscription;
  readonly Timestamp: DateTime;
  readonly Tracing: boolean;
  readonly User: User;
  readonly Variables: Variables;
  readonly Workspace: Workspace;
  /** Writes a message to the request trace (as the `trace` policy with source "context.Trace"). */
  Trace(message: string): void;
}

export type { bytes };
