// The JSON wire format between TypeScript and the C# runner: how a case describes the APIM
// context an expression sees, and how a result comes back. The harness records these from TS
// runs and replays them here. model/case-loader.cs and model/typed-values.cs read and write
// exactly this; keep them in step. Every member is optional except `now`; omitted parts take
// the defaults noted (those of a plain managed-gateway GET without subscription or user).

/**
 * A .NET value with its type, for variables (in) and results (out). Ticks are 100 ns units as
 * decimal strings (they exceed 2^53); doubles that are not finite travel as strings.
 */
export type TypedValue =
  | { type: "null" }
  | { type: "string"; value: string }
  | { type: "bool"; value: boolean }
  | { type: "int"; value: number }
  | { type: "long"; value: string }
  | { type: "double"; value: number | "NaN" | "Infinity" | "-Infinity" }
  | { type: "char"; value: string }
  /** byte[], base64. */
  | { type: "bytes"; value: string }
  /** System.DateTime: ticks since 0001-01-01 and Kind (input default "Utc"). */
  | { type: "DateTime"; ticks: string; kind?: "Utc" | "Local" | "Unspecified" }
  | { type: "TimeSpan"; ticks: string }
  | { type: "DateTimeOffset"; utcTicks: string; offset: string }
  /** "D" format, lower case. */
  | { type: "Guid"; value: string }
  /**
   * Variables only: the IResponse send-request stores. Header names match case-insensitively as
   * in `RequestDescription.headers`; `body` null gives a null `Body`; `bodyConsumed` (default
   * false): the body was read without preserveContent; reading it again is not modelled
   * (NotSupportedException; the harness refuses it: APIM does not document it).
   */
  | {
      type: "IResponse";
      statusCode: number;
      statusReason: string;
      headers: Record<string, string[]>;
      body: string | null;
      bodyConsumed?: boolean;
    }
  /** Variables only: the Jwt validate-jwt stores, as its compact token (parsed again on each side). */
  | { type: "Jwt"; token: string }
  /** Variables only: the Authorization get-authorization-context stores (token response fields as text). */
  | { type: "Authorization"; accessToken: string; claims: Record<string, string> }
  /** Results only: a string[] (e.g. from Split). */
  | { type: "string[]"; value: (string | null)[] }
  /** Results only: any other value, by its CLR type and ToString(). */
  | { type: "object"; clrType: string; text: string | null };

/** An IUrl: `QueryString` is rebuilt from `query` (RFC 3986 escaping) unless recorded. */
export interface UrlDescription {
  /** Default "https". */
  scheme?: string;
  /** Default "localhost". */
  host?: string;
  /** Default 443 (80 for http). */
  port?: number;
  /** Default "/". */
  path?: string;
  query?: Record<string, string[]>;
  /** With its leading "?", or "". */
  queryString?: string;
}

export interface RequestDescription {
  /** Default "GET". */
  method?: string;
  url?: UrlDescription;
  /** Default: the same as `url`. */
  originalUrl?: UrlDescription;
  /** Names match case-insensitively; names differing only in case are merged in order. */
  headers?: Record<string, string[]>;
  /** Default "127.0.0.1". */
  ipAddress?: string;
  /** The client certificate, DER base64; absent/null: context.Request.Certificate is null. */
  certificate?: string | null;
  /** The body text; absent/null: context.Request.Body is null. */
  body?: string | null;
  /**
   * Default false. True: an earlier expression read the body without preserveContent, so any
   * read throws NotSupportedException: not modelled (`body` still holds the text, for the report).
   */
  bodyConsumed?: boolean;
  matchedParameters?: Record<string, string>;
}

export interface ResponseDescription {
  /** Default 200. */
  statusCode?: number;
  /** Default "OK". */
  statusReason?: string;
  headers?: Record<string, string[]>;
  body?: string | null;
  /** As in RequestDescription. */
  bodyConsumed?: boolean;
}

/** The context state of one expression evaluation. */
export interface ContextDescription {
  /**
   * The virtual clock: the UTC instant DateTime.UtcNow stands for, ISO 8601 with "Z" and up to
   * 7 fractional digits ("2026-03-01T12:00:00Z"). DateTime.Now is this instant in `timeZone`.
   * VerifyNoRevocation validates at this instant.
   */
  now: string;
  /**
   * The gateway's time zone (IANA id), default "UTC" (the managed gateway). It is the runner
   * process's TZ, so DateTime.Now and X509Certificate2.NotBefore/NotAfter agree; cases are run
   * in one mono process per distinct zone. The harness's fixed offsets are mapped to ids by
   * time-zones.ts.
   */
  timeZone?: string;
  /**
   * The CA certificates uploaded to the service (DER base64): the only trust anchors of
   * VerifyNoRevocation. Absent or empty: nothing verifies (v2 tiers, Consumption).
   */
  trustedCaCertificates?: string[];
  request?: RequestDescription;
  /** Absent: a default 200 response; null: context.Response is null. */
  response?: ResponseDescription | null;
  /** context.Variables; names are case-sensitive (chosen). */
  variables?: Record<string, TypedValue>;
  deployment?: {
    /** Default "managed". */
    gatewayId?: string;
    /** Default "West Europe". */
    region?: string;
    serviceId?: string;
    serviceName?: string;
    /** context.Deployment.Certificates: key (APIM: upper-case thumbprint) to DER base64. */
    certificates?: Record<string, string>;
  };
  api?: {
    id?: string;
    name?: string;
    path?: string;
    revision?: string;
    version?: string | null;
    isCurrentRevision?: boolean;
    serviceUrl?: UrlDescription;
  };
  operation?: { id?: string; method?: string; name?: string; urlTemplate?: string };
  /** Absent/null: context.Product is null. */
  product?: {
    id?: string;
    name?: string;
    approvalRequired?: boolean;
    subscriptionRequired?: boolean;
    subscriptionLimit?: number | null;
  } | null;
  /** Absent/null: context.Subscription is null. Dates: ISO 8601 UTC instants. */
  subscription?: {
    id?: string;
    key?: string;
    name?: string;
    primaryKey?: string;
    secondaryKey?: string;
    createdDate?: string;
  } | null;
  /** Absent/null: context.User is null. */
  user?: {
    id?: string;
    email?: string;
    firstName?: string;
    lastName?: string;
    note?: string;
    registrationDate?: string;
  } | null;
  /** Absent/null: context.Workspace is null. */
  workspace?: { id?: string; name?: string } | null;
  /** What on-error sees; absent/null: context.LastError is null. */
  lastError?: {
    source?: string;
    reason?: string;
    message?: string;
    scope?: string;
    section?: string;
    path?: string;
    policyId?: string;
  } | null;
  /** Default the all-zero Guid. */
  requestId?: string;
  /** context.Timestamp, ISO 8601 UTC; default `now`. */
  timestamp?: string;
  /** context.Elapsed in ticks (decimal string); default "0". */
  elapsed?: string;
  /** context.Tracing; default false. */
  tracing?: boolean;
  /**
   * What `Guid.NewGuid()` returned in the harness during this evaluation, in order ("D" format):
   * the cross-check program's `Guid.NewGuid()` is rewritten to return them (guid-rewrite.ts).
   * A C# expression that asks for more, or for fewer, than the harness made diverges. Default none.
   */
  guids?: string[];
  /**
   * What `Random.Next` returned in the harness during this evaluation, in order, each with the
   * range it drew from: [min, max, value] (Next() is [0, int.MaxValue)). The cross-check
   * program's `Random` is rewritten to the model's replaying class (random-rewrite.ts); a C#
   * expression that draws more, fewer, or from another range diverges. Default none.
   */
  randoms?: [min: number, max: number, value: number][];
}

/** One evaluation to replay: which expression, against which context. */
export interface CSharpCase {
  caseId: string;
  expressionId: string;
  context: ContextDescription;
}

/** The outcome of one case. `traces` holds the messages of context.Trace(...), when any. */
export type CSharpCaseResult =
  | { caseId: string; value: TypedValue; traces?: string[] }
  /** The expression threw: the .NET exception's full type name and message. */
  | { caseId: string; exception: { type: string; message: string }; traces?: string[] }
  /** The case could not be run (bad description, unknown expression id): a harness fault. */
  | { caseId: string; harnessError: string };
