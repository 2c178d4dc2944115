// <trace>: recorded with source, severity (default verbose), message and metadata. Every trace is
// recorded; `delivered` says whether it passes the configured severity threshold. A message or
// metadata value that an expression gives as null is refused (attribute-text.ts).
import type { Trace } from "../../../src/policies/trace.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { attributeText } from "./attribute-text.ts";

export const runTrace: PolicyHandler<Trace> = (run) => {
  const { statement } = run;
  const message = attributeText(run, statement.message, "message");
  const metadata: Record<string, string> = {};
  for (const entry of statement.metadata)
    metadata[entry.name] = attributeText(run, entry.value, `metadata ${entry.name}`);
  run.execution.trace(
    statement.source,
    statement.severity ?? "verbose",
    message,
    metadata,
    run.frame,
  );
};
