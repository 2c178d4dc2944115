// What an execution records for the test and for the later C# replay: traces, expression
// evaluations, the error APIM reports as context.LastError, and the execution log.
import type { SourceTag } from "../../src/model/source-tag.ts";
import type { SectionName } from "../../src/model/statement.ts";
import type { TraceSeverity } from "../../src/policies/trace.ts";
import type { OutgoingRequest, ScopeName } from "./gateway-options.ts";
import type { EvaluationInputs } from "./input-recording.ts";
import type { LastError } from "../../src/context/context.ts";

/** Where a statement stands: scope, section and its container path (`choose[1]\when[2]`). */
export interface Location {
  readonly scope: ScopeName;
  readonly section: SectionName;
  /** Container elements from the section down, 1-based per element name. */
  readonly path: readonly string[];
}

/** A plain location (frames carry more than a location; records keep only this). */
export function locationOf(location: Location): Location {
  return { scope: location.scope, section: location.section, path: location.path };
}

export function pathText(path: readonly string[]): string {
  return path.join("\\");
}

/** context.LastError as APIM fills it: the context model's own shape. */
export type LastErrorRecord = LastError;

/** One trace (the `trace` policy or context.Trace). */
export interface TraceRecord {
  readonly source: string;
  readonly severity: TraceSeverity;
  readonly message: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** Whether it passes the configured severity threshold (what Application Insights would get). */
  readonly delivered: boolean;
  readonly location: Location;
}

/** An exception thrown inside an expression, by its .NET type name where known. */
export interface ExpressionException {
  /** e.g. `System.FormatException`; JavaScript errors from null member reads are NullReferenceException. */
  readonly type: string;
  readonly message: string;
  readonly error: unknown;
}

/** One expression evaluation: what ran, where, and what it gave. */
export interface EvaluationRecord {
  /** The TypeScript function (for raw C#, its twin). */
  readonly fn: Function;
  readonly sourceTag: SourceTag | undefined;
  /** The C# the translator produced (raw C# as written), when known. */
  readonly csharp: string | undefined;
  /** The translator's C# type of the value, when known. */
  readonly resultType: string | undefined;
  /** The policy element and attribute, e.g. `set-variable value`, `choose when[2] condition`. */
  readonly slot: string;
  readonly location: Location;
  /** The context state the expression saw, for the C# replay (harness/replay). */
  readonly inputs: EvaluationInputs;
  readonly outcome: { readonly value: unknown } | { readonly exception: ExpressionException };
  /** Messages the expression wrote with context.Trace, in order. */
  readonly traces: readonly string[];
}

/** A message log-to-eventhub sent (log-to-eventhub-policy.md). */
export interface EventHubEventRecord {
  readonly loggerId: string;
  /** As sent: truncated to 200 KB when longer (the page's Usage notes). */
  readonly message: string;
  /** Whether the message was longer than 200 KB and truncated. */
  readonly truncated: boolean;
  readonly partitionId: number | null;
  readonly partitionKey: string | null;
  readonly location: Location;
}

/** A custom metric emit-metric sent to Application Insights (emit-metric-policy.md). */
export interface MetricRecord {
  readonly name: string;
  /** "API Management" when the policy names none. */
  readonly namespace: string;
  readonly value: number;
  /** Dimension name → value, in the policy's order. */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly location: Location;
}

/** A request send-one-way-request sent (its response, if any, is not waited for). */
export interface OneWayRequestRecord {
  readonly request: OutgoingRequest;
  /** The timeout in seconds the policy gave (default 60); the harness does not wait. */
  readonly timeoutSeconds: number;
  /** Whether a service mock was configured for its URL (the request reached it). */
  readonly delivered: boolean;
  readonly location: Location;
}

/** One line of the execution log. */
export interface LogEntry {
  readonly location: Location;
  readonly depth: number;
  readonly text: string;
}

export function renderLog(entries: readonly LogEntry[]): string {
  const lines: string[] = [];
  let heading = "";
  for (const entry of entries) {
    const next = `${entry.location.section} @ ${entry.location.scope}`;
    if (next !== heading) {
      heading = next;
      lines.push(`[${heading}]`);
    }
    lines.push(`${"  ".repeat(entry.depth + 1)}${entry.text}`);
  }
  return lines.join("\n");
}
