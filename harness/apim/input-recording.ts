// Records what each expression saw, for the C# replay (harness/replay): the context state at the
// moment the expression ran, in the cross-check's wire format (harness/crosscheck/context-description.ts).
// Why two stages: the parts of a request that policies change (request, response, variables,
// LastError) are copied before every evaluation, which costs a few shallow copies; the wire
// description (base64 DERs, URL parts, ISO instants) is built only when someone reads `context`,
// so a test or benchmark that never replays pays microseconds, not milliseconds.
import type {
  ContextDescription,
  TypedValue as WireValue,
  UrlDescription,
} from "../crosscheck/context-description.ts";
import { monoTimeZone } from "../crosscheck/time-zones.ts";
import type { CertificateRecord } from "./certificate-input.ts";
import type { ContextSource } from "./context.ts";
import type { TypedValue } from "./csharp-values.ts";
import type { Execution } from "./execution.ts";
import type { ResponseState } from "./messages.ts";
import { responseSnapshot, wireValue, type MessageSnapshot } from "./recorded-values.ts";
import { textMemo } from "./text-memo.ts";
import type { LastErrorRecord } from "./records.ts";
import { UrlView } from "./url.ts";
import { drawFields, type DrawLog } from "../dotnet/draw-log.ts";
import { namedValueTokens } from "../../src/model/named-value.ts";

/** The inputs of one expression evaluation. */
export interface EvaluationInputs {
  /** The context state the expression saw (request, variables, certificates, clock, ...). */
  readonly context: ContextDescription;
  /**
   * The named values the C# text references, with the text the gateway holds for them: APIM
   * substitutes `{{name}}` before compiling, so they are part of the C# program, not of `context`.
   */
  readonly namedValues: Readonly<Record<string, string>>;
  /** Why the C# replay cannot reproduce this state exactly (empty: it can). */
  readonly limitations: readonly string[];
}

/** What the gateway knows that does not change during a request. */
export interface GatewayInputs {
  readonly source: ContextSource;
  readonly uploadedCertificates: readonly CertificateRecord[];
  readonly trustedCaCertificates: readonly CertificateRecord[];
  readonly namedValues: Readonly<Record<string, string>>;
}

/** Per request: the instant and zone the .NET environment runs at. */
export interface RequestClock {
  readonly startedAt: number;
  readonly timeZone: string;
}

const base64Cache = new WeakMap<Uint8Array, string>();

function base64(der: Uint8Array): string {
  let text = base64Cache.get(der);
  if (text === undefined) {
    text = Buffer.from(der).toString("base64");
    base64Cache.set(der, text);
  }
  return text;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const MIN_INSTANT = "0001-01-01T00:00:00Z";

function urlDescription(url: URL): UrlDescription {
  const view = new UrlView(url);
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
  return {
    scheme: view.Scheme,
    host: view.Host,
    port: view.Port,
    path: view.Path,
    query,
    queryString: view.QueryString,
  };
}

function lastErrorDescription(error: LastErrorRecord | null): ContextDescription["lastError"] {
  if (!error) return null;
  return {
    source: error.Source,
    reason: error.Reason,
    message: error.Message,
    scope: error.Scope,
    section: error.Section,
    path: error.Path,
    policyId: error.PolicyId,
  };
}

/** The parts of the description that hold for every request of a gateway (built once). */
function gatewayDescription(gateway: GatewayInputs): Omit<ContextDescription, "now"> {
  const { source } = gateway;
  const api = source.api;
  return {
    trustedCaCertificates: gateway.trustedCaCertificates.map((record) => base64(record.der)),
    deployment: {
      gatewayId: source.deployment.GatewayId,
      region: source.deployment.Region,
      serviceId: source.deployment.ServiceId,
      serviceName: source.deployment.ServiceName,
      certificates: Object.fromEntries(
        gateway.uploadedCertificates.map((record) => [record.thumbprint, base64(record.der)]),
      ),
    },
    api: {
      id: api.Id,
      name: api.Name,
      path: api.Path,
      revision: api.Revision,
      version: api.Version,
      isCurrentRevision: api.IsCurrentRevision,
      serviceUrl: urlDescription(new URL(api.ServiceUrl.ToString())),
    },
    operation: {
      id: source.operation.Id,
      method: source.operation.Method,
      name: source.operation.Name,
      urlTemplate: source.operation.UrlTemplate,
    },
    product: {
      id: source.product.Id,
      name: source.product.Name,
      approvalRequired: source.product.ApprovalRequired,
      subscriptionRequired: source.product.SubscriptionRequired,
      subscriptionLimit: source.product.SubscriptionLimit,
    },
    user: {
      id: source.user.Id,
      email: source.user.Email,
      firstName: source.user.FirstName,
      lastName: source.user.LastName,
      note: source.user.Note,
      registrationDate: MIN_INSTANT,
    },
    workspace: { id: source.workspace.Id, name: source.workspace.Name },
    tracing: source.tracingEnabled,
  };
}

const gatewayDescriptions = new WeakMap<GatewayInputs, Omit<ContextDescription, "now">>();
const NAMED_VALUE = namedValueTokens("g");

/**
 * The variables, with each stored IResponse copied: the response object stays mutable in the
 * variable (a later read without preserveContent consumes its body), and the description is built
 * lazily, so without the copy an evaluation would be recorded with a later expression's state.
 */
function variablesSnapshot(variables: Record<string, TypedValue>): Record<string, TypedValue> {
  for (const [name, typed] of Object.entries(variables)) {
    if (typed.type === "IResponse" && typed.value)
      variables[name] = { type: typed.type, value: responseSnapshot(typed.value as ResponseState) };
  }
  return variables;
}

/** The copies taken before an expression runs: exactly what policies may have changed. */
interface Snapshot {
  readonly method: string;
  readonly url: URL;
  readonly requestHeaders: Record<string, string[]>;
  readonly requestBody: { readonly content: string | null; readonly consumed: boolean };
  readonly response: MessageSnapshot;
  readonly variables: Record<string, TypedValue>;
  readonly lastError: LastErrorRecord | null;
  readonly elapsedMs: number;
}

// The `{{name}}` tokens of a C# text, in order (a name may repeat), once per text (text-memo.ts
// says why). Only the names: the values are read from the gateway's named values at each evaluation.
const NO_TOKENS: readonly string[] = [];
const tokenList = textMemo(1_000, (csharp) =>
  [...csharp.matchAll(NAMED_VALUE)].map((match) => match[1]!),
);

function namedValueNames(csharp: string | undefined): readonly string[] {
  return csharp === undefined || !csharp.includes("{{") ? NO_TOKENS : tokenList(csharp);
}

/** Captures inputs for the evaluations of one request (installed on its Execution by the gateway). */
export function createInputRecorder(
  gateway: GatewayInputs,
  execution: Execution,
  clock: RequestClock,
): (csharp: string | undefined, draws: DrawLog) => EvaluationInputs {
  const recorder = new RequestRecorder(gateway, execution, clock);
  return (csharp, draws) => recorder.record(csharp, draws);
}

/** The recorder of one request: what its evaluations share (the matched parameters, read once). */
class RequestRecorder {
  #matched: Record<string, string> | undefined;

  constructor(
    readonly gateway: GatewayInputs,
    readonly execution: Execution,
    readonly clock: RequestClock,
  ) {}

  get matched(): Record<string, string> {
    return (this.#matched ??= this.gateway.source.matchedParameters(
      this.execution.request.originalUrl.pathname,
    ));
  }

  record(csharp: string | undefined, draws: DrawLog): EvaluationInputs {
    const { execution, gateway } = this;
    const request = execution.request;
    const response = execution.response;
    const snapshot: Snapshot = {
      method: request.method,
      // URL objects are replaced, not mutated, by the policies that change them.
      url: request.url,
      requestHeaders: request.headers.toRecord(),
      requestBody: request.body.snapshot(),
      response: responseSnapshot(response),
      variables: variablesSnapshot(execution.variables.snapshot()),
      lastError: execution.lastError,
      elapsedMs: gateway.source.now() - this.clock.startedAt,
    };
    const namedValues: Record<string, string> = {};
    const missing: string[] = [];
    for (const name of namedValueNames(csharp)) {
      const value = gateway.namedValues[name];
      if (value === undefined) missing.push(`named value '${name}' is not configured`);
      else namedValues[name] = value;
    }
    return new LazyInputs(this, snapshot, draws, namedValues, missing);
  }
}

// Only when true: the common case keeps the description (and the replay's dedupe key) unchanged.
function consumed(body: { readonly consumed: boolean }): { bodyConsumed?: true } {
  return body.consumed ? { bodyConsumed: true } : {};
}

function describe(
  gateway: GatewayInputs,
  execution: Execution,
  clock: RequestClock,
  snapshot: Snapshot,
  matchedParameters: Record<string, string>,
  draws: DrawLog,
): { context: ContextDescription; limitations: string[] } {
  const limitations: string[] = [];
  let shared = gatewayDescriptions.get(gateway);
  if (!shared) {
    shared = gatewayDescription(gateway);
    gatewayDescriptions.set(gateway, shared);
  }
  const zone = monoTimeZone(clock.timeZone, clock.startedAt);
  if (zone.limitation) limitations.push(zone.limitation);
  const variables: Record<string, WireValue> = {};
  for (const [name, typed] of Object.entries(snapshot.variables)) {
    const wire = wireValue(typed);
    if (typeof wire === "string") limitations.push(`variable '${name}' holds ${wire}`);
    else variables[name] = wire;
  }
  const request = execution.request;
  const now = iso(clock.startedAt);
  const context: ContextDescription = {
    ...shared,
    now,
    timeZone: zone.zone,
    request: {
      method: snapshot.method,
      url: urlDescription(snapshot.url),
      originalUrl: urlDescription(request.originalUrl),
      headers: snapshot.requestHeaders,
      ipAddress: request.ipAddress,
      certificate: request.certificate ? base64(request.certificate.der) : null,
      body: snapshot.requestBody.content,
      ...consumed(snapshot.requestBody),
      matchedParameters,
    },
    response: {
      statusCode: snapshot.response.statusCode,
      statusReason: snapshot.response.statusReason,
      headers: snapshot.response.headers,
      body: snapshot.response.body.content,
      ...consumed(snapshot.response.body),
    },
    variables,
    subscription: {
      id: execution.subscriptionId,
      key: gateway.source.subscriptionKey,
      name: gateway.source.subscriptionName,
      primaryKey: gateway.source.subscriptionKey,
      secondaryKey: "",
      createdDate: MIN_INSTANT,
    },
    lastError: lastErrorDescription(snapshot.lastError),
    // Read when the description is built, not when the expression ran: RequestId is generated on
    // first read, so if this expression read it, it already holds the value the expression saw;
    // if nothing had read it yet, the expression did not either and any value replays the same.
    requestId: execution.requestId?.ToString() ?? "00000000-0000-0000-0000-000000000000",
    timestamp: now,
    elapsed: String(BigInt(Math.round(snapshot.elapsedMs)) * 10_000n),
    // The GUIDs and random numbers the expression drew: the log is complete here, as the
    // description is built when first read, after the (synchronous) evaluation. Only when some
    // were made, so the common case keeps the description (and the dedupe key) unchanged.
    ...drawFields(draws),
  };
  return { context, limitations };
}

/** Inputs of an evaluation that ran outside a gateway (nothing to replay against). */
export function unrecordedInputs(): EvaluationInputs {
  return {
    context: { now: MIN_INSTANT },
    namedValues: {},
    limitations: ["the evaluation ran outside a gateway, which records no inputs"],
  };
}

// A class, not an object literal with `get context()`: V8 keeps a per-evaluation object's own
// accessors in old space, which promoted every execution out of the young generation (issue 4).
// It holds what the description is built from rather than a closure over it (one per evaluation).
class LazyInputs implements EvaluationInputs {
  readonly #recorder: RequestRecorder;
  readonly #snapshot: Snapshot;
  readonly #draws: DrawLog;
  readonly #missing: readonly string[];
  #built: Omit<EvaluationInputs, "namedValues"> | undefined;

  constructor(
    recorder: RequestRecorder,
    snapshot: Snapshot,
    draws: DrawLog,
    readonly namedValues: Readonly<Record<string, string>>,
    missing: readonly string[],
  ) {
    this.#recorder = recorder;
    this.#snapshot = snapshot;
    this.#draws = draws;
    this.#missing = missing;
  }

  #build(): Omit<EvaluationInputs, "namedValues"> {
    if (this.#built) return this.#built;
    const { gateway, execution, clock, matched } = this.#recorder;
    return (this.#built = describe(
      gateway,
      execution,
      clock,
      this.#snapshot,
      matched,
      this.#draws,
    ));
  }

  get context(): ContextDescription {
    return this.#build().context;
  }

  get limitations(): readonly string[] {
    return [...this.#missing, ...this.#build().limitations];
  }
}
