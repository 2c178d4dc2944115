// <trace source severity><message/><metadata/></trace>: source and severity are literal-only;
// the message and metadata values accept expressions.
import type { Value } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, oneOf, required } from "./rules.ts";
import { slot, type StatementBase } from "./statement-base.ts";

/** trace-policy.md, Attributes: severity is one of these (default verbose). */
export const TRACE_SEVERITIES = ["verbose", "information", "error"] as const;
export type TraceSeverity = (typeof TRACE_SEVERITIES)[number];

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
  return checked(tracePolicy, { kind: "trace", metadata, ...rest });
}

export const tracePolicy = definePolicy({
  element: "trace",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["trace"],
  reference: "https://learn.microsoft.com/azure/api-management/trace-policy",
  summary: "Records a message, with a severity and metadata, in the request trace.",
  toXml: (statement: Trace): XmlNode =>
    element("trace", { id: statement.id, source: statement.source, severity: statement.severity }, [
      element("message", {}, [text(slot(statement.message)!)]),
      ...statement.metadata.map((entry) =>
        element("metadata", { name: entry.name, value: slot(entry.value) }),
      ),
    ]),
  // trace-policy.md, Attributes and Elements: `source` (required) and `severity` (verbose,
  // information or error) take no policy expressions; `message` is required; each metadata has a name.
  validate: (statement, check): void => {
    if (literalOnly(check, statement.source, "trace source"))
      nonEmpty(check, statement.source, "trace source");
    if (literalOnly(check, statement.severity, "trace severity"))
      oneOf(check, statement.severity, TRACE_SEVERITIES, "trace severity");
    required(check, statement.message, "trace message");
    for (const entry of statement.metadata ?? []) {
      if (literalOnly(check, entry.name, "trace metadata name"))
        nonEmpty(check, entry.name, "trace metadata name");
    }
  },
});
