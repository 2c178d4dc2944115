// The state of one request's trip through the gateway: request, response, variables, the
// backend target, and everything recorded on the way (traces, evaluations, log, calls).
import type { TraceSeverity } from "../../src/policies/trace.ts";
import type { CertificateRecord } from "./certificate-input.ts";
import type { OutgoingRequest, ProxySettings } from "./gateway-options.ts";
import type { RequestState, ResponseState } from "./messages.ts";
import {
  locationOf,
  type EventHubEventRecord,
  type MetricRecord,
  type OneWayRequestRecord,
  type EvaluationRecord,
  type LastErrorRecord,
  type Location,
  type LogEntry,
  type TraceRecord,
} from "./records.ts";
import { VariableStore } from "./variables.ts";
import type { Guid } from "../../src/dotnet/numeric.ts";
import type { DrawLog } from "../dotnet/draw-log.ts";
import { unrecordedInputs, type EvaluationInputs } from "./input-recording.ts";

const SEVERITY_RANK: Readonly<Record<TraceSeverity, number>> = {
  verbose: 0,
  information: 1,
  error: 2,
};

/** A policy waiting for the backend's answer (the token policies read the usage it reports). */
export interface BackendListener {
  /** forward-request is about to call the backend (in the backend section). */
  readonly calling?: () => void;
  /** The backend answered: `response` is context.Response, before outbound runs. */
  readonly answered: (response: ResponseState) => void;
}

export class Execution {
  readonly variables = new VariableStore();
  readonly traces: TraceRecord[] = [];
  readonly evaluations: EvaluationRecord[] = [];
  readonly log: LogEntry[] = [];
  readonly backendCalls: OutgoingRequest[] = [];
  readonly serviceCalls: OutgoingRequest[] = [];
  /** send-one-way-request's requests. */
  readonly oneWayRequests: OneWayRequestRecord[] = [];
  /** log-to-eventhub's messages. */
  readonly eventHubEvents: EventHubEventRecord[] = [];
  /** emit-metric's metrics. */
  readonly metrics: MetricRecord[] = [];
  /** What the gateway did not use or did differently from what the test may expect (never silent). */
  readonly warnings: string[] = [];
  response: ResponseState;
  lastError: LastErrorRecord | null = null;
  /** Where forward-request sends the request (set-backend-service changes it). */
  backendBaseUrl: string;
  /**
   * The configured backend (set-backend-service backend-id) forward-request resolves at each call
   * (a pool member, past tripped circuits); undefined for a base URL.
   */
  backendId: string | undefined;
  /** The HTTP proxy forward-request goes through (the proxy policy), or null. */
  proxy: ProxySettings | null = null;
  /** The certificate APIM presents to the backend (authentication-certificate). */
  backendCertificate: CertificateRecord | null = null;
  /** Headers added to the final response whatever it is (rate-limit's counters). */
  readonly finalHeaders = new Map<string, string>();
  /**
   * Work a policy postponed to the end of the request (rate-limit-by-key's increment with an
   * expression condition or count), run in order once outbound or on-error is done.
   */
  readonly endOfRequest: (() => void)[] = [];
  /** Called around each forward-request, in the order the policies registered. */
  readonly backendListeners: BackendListener[] = [];
  /** Nesting depth for the log. */
  depth = 0;
  /** The statement running now (context.Trace records it). */
  currentLocation: Location;
  /** context.RequestId once something read it (generated on first read). */
  requestId: Guid | undefined;
  /**
   * Captures the context state an expression is about to see (the gateway installs it); `draws`
   * is the evaluation's log of GUIDs and random numbers, filled while it runs and read when the description is built.
   */
  recordInputs: (csharp: string | undefined, draws: DrawLog) => EvaluationInputs = unrecordedInputs;

  constructor(
    readonly request: RequestState,
    response: ResponseState,
    backendBaseUrl: string,
    readonly subscriptionId: string,
    private readonly traceThreshold: TraceSeverity,
    /** Epoch ms when the request arrived (context.Timestamp, Elapsed). */
    readonly startedAt: number,
  ) {
    this.response = response;
    this.backendBaseUrl = backendBaseUrl;
    this.currentLocation = { scope: "operation", section: "inbound", path: [] };
  }

  trace(
    source: string,
    severity: TraceSeverity,
    message: string,
    metadata: Record<string, string>,
    location: Location,
  ): void {
    const delivered = SEVERITY_RANK[severity] >= SEVERITY_RANK[this.traceThreshold];
    this.traces.push({
      source,
      severity,
      message,
      metadata,
      delivered,
      location: locationOf(location),
    });
    this.note(location, `trace ${source} (${severity}): ${message}`);
  }

  note(location: Location, text: string): void {
    this.log.push({ location: locationOf(location), depth: this.depth, text });
  }
}
