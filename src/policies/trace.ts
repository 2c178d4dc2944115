// <trace source severity><message/><metadata/></trace>: source and severity are literal-only;
// the message and metadata values accept expressions.
import type { Value } from "../model/expression.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type StatementBase } from "./statement-base.ts";

export type TraceSeverity = "verbose" | "information" | "error";

export interface TraceMetadata {
  readonly name: string;
  readonly value: Value<string>;
}

export interface Trace extends StatementBase<"trace"> {
  readonly source: string;
  readonly severity?: TraceSeverity;
  readonly message: Value<string>;
  readonly metadata: readonly TraceMetadata[];
}

export interface TraceOptions {
  /** Literal only (APIM accepts no expression here). */
  readonly source: string;
  /** Literal only; APIM's default is "verbose". */
  readonly severity?: TraceSeverity;
  readonly message: Value<string>;
  readonly metadata?: readonly TraceMetadata[];
  readonly id?: string;
}

/** `<trace>`: records a message in the request trace (and Application Insights). */
export function trace(options: TraceOptions): Trace {
  const { metadata = [], ...rest } = options;
  return { kind: "trace", metadata, ...rest };
}

export function traceToXml(statement: Trace): XmlElement {
  return element("trace", { id: statement.id, source: statement.source, severity: statement.severity }, [
    element("message", {}, [text(slot(statement.message)!)]),
    ...statement.metadata.map((entry) => element("metadata", { name: entry.name, value: slot(entry.value) })),
  ]);
}
