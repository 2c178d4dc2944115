// What send() returns: the response the caller gets, whether and how the backend was called, and
// everything the execution recorded (traces, variables, LastError, log, expression evaluations).
import type { TypedValue } from "./csharp-values.ts";
import { notifyEvaluations } from "./evaluation-sink.ts";
import type { Execution } from "./execution.ts";
import { wireHeaders } from "./wire.ts";
import type { OutgoingRequest } from "./gateway-options.ts";
import {
  renderLog,
  type EventHubEventRecord,
  type MetricRecord,
  type OneWayRequestRecord,
  type EvaluationRecord,
  type LastErrorRecord,
  type LogEntry,
  type TraceRecord,
} from "./records.ts";

/** The outcome of one request through the simulated gateway. */
export interface SendResult {
  readonly status: number;
  readonly reason: string;
  /** Response headers, names as first written. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  /** A response header's values joined with "," (case-insensitive name), or null. */
  header(name: string): string | null;
  readonly body: string;
  /** The requests forward-request sent to the backend (none: the backend was not reached). */
  readonly backendCalls: readonly OutgoingRequest[];
  /** The requests send-request sent to services. */
  readonly serviceCalls: readonly OutgoingRequest[];
  /** The requests send-one-way-request sent (fire and forget: not in serviceCalls). */
  readonly oneWayRequests: readonly OneWayRequestRecord[];
  /** The messages log-to-eventhub sent, in order. */
  readonly eventHubEvents: readonly EventHubEventRecord[];
  /** The custom metrics emit-metric sent, in order. */
  readonly metrics: readonly MetricRecord[];
  readonly traces: readonly TraceRecord[];
  /** Policy variables at the end, with their C# types. */
  readonly variables: Readonly<Record<string, TypedValue>>;
  /** context.LastError if an error occurred, else null. */
  readonly lastError: LastErrorRecord | null;
  /** Which statements ran and which branches matched. */
  readonly log: readonly LogEntry[];
  /** The log as text (what failing matchers print). */
  readonly logText: string;
  /** Every expression evaluation, in order (for the C# replay). */
  readonly evaluations: readonly EvaluationRecord[];
  /**
   * Configuration or input the service does not use, e.g. CA certificates on a v2 tier, a client
   * certificate on a host name that does not negotiate one, a set-header change APIM does not make.
   */
  readonly warnings: readonly string[];
}

// A class, so that logText is a getter on the prototype: an own accessor on a per-request object
// made V8 promote the whole execution it reaches out of the young generation (see context.ts).
class GatewayResult implements SendResult {
  readonly status: number;
  readonly reason: string;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly header: (name: string) => string | null;
  readonly body: string;
  readonly backendCalls: readonly OutgoingRequest[];
  readonly serviceCalls: readonly OutgoingRequest[];
  readonly oneWayRequests: readonly OneWayRequestRecord[];
  readonly eventHubEvents: readonly EventHubEventRecord[];
  readonly metrics: readonly MetricRecord[];
  readonly traces: readonly TraceRecord[];
  readonly variables: Readonly<Record<string, TypedValue>>;
  readonly lastError: LastErrorRecord | null;
  readonly log: readonly LogEntry[];
  readonly evaluations: readonly EvaluationRecord[];
  readonly warnings: readonly string[];
  #logText: string | undefined;

  constructor(execution: Execution) {
    const response = execution.response;
    this.status = response.statusCode;
    this.reason = response.statusReason;
    // As the caller receives them: CSV-joined values, the real Content-Length (wire.ts).
    this.headers = wireHeaders(response.headers, response.body.content);
    const wire = this.headers;
    this.header = (name) => {
      const key = name.toLowerCase();
      for (const [header, values] of Object.entries(wire))
        if (header.toLowerCase() === key) return values.join(",");
      return null;
    };
    this.body = response.body.content;
    this.backendCalls = execution.backendCalls;
    this.serviceCalls = execution.serviceCalls;
    this.oneWayRequests = execution.oneWayRequests;
    this.eventHubEvents = execution.eventHubEvents;
    this.metrics = execution.metrics;
    this.traces = execution.traces;
    this.variables = execution.variables.snapshot();
    this.lastError = execution.lastError;
    this.log = execution.log;
    this.evaluations = execution.evaluations;
    this.warnings = execution.warnings;
  }

  /** Rendered on first read: most results are never printed. */
  get logText(): string {
    return (this.#logText ??= renderLog(this.log));
  }
}

export function buildResult(execution: Execution): SendResult {
  const response = execution.response;
  for (const [name, value] of execution.finalHeaders)
    if (!response.headers.has(name)) response.headers.set(name, [value]);
  notifyEvaluations(execution.evaluations);
  return new GatewayResult(execution);
}
